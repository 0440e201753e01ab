import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../graphql/scalars";
import { Role } from "./role";

/** An API key as admins see it: never the key itself. */
@ObjectType({ description: "An API key as admins see it: who holds it and what it may do, never the key itself." })
export class ApiKeyInfo {
  @Field({ description: "The key's ID (`key:3fa9…`)." })
  id: string;

  @Field({ description: "Who the key was issued to; the audit trail names writes made with it so." })
  name: string;

  @Field(() => Role, { description: "What the key may do." })
  role: Role;

  @Field({ description: "The key's first characters, to tell keys apart (`dsk_3fA9`)." })
  prefix: string;

  @Field(() => DateTimeScalar, { description: "When the key was issued." })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the key was revoked; null while it works." })
  revokedAt: Date | null;
}

/** A key just issued: the only time the key itself is shown. */
@ObjectType({ description: "A key just issued. `key` is shown this once: store it, it cannot be read again." })
export class IssuedApiKey {
  @Field({ description: "The key, to send as `Authorization: Bearer <key>`." })
  key: string;

  @Field(() => ApiKeyInfo, { description: "The key's record." })
  apiKey: ApiKeyInfo;
}
