import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context";
import { BadUserInputError } from "../graphql/errors";
import type { ApiKey } from "./api-key.entity";
import { ApiKeyInfo, IssuedApiKey } from "./api-key.types";
import { Role } from "./role";

function info(key: ApiKey): ApiKeyInfo {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    prefix: key.keyPrefix,
    createdAt: key.createdAt,
    revokedAt: key.revokedAt,
  };
}

/** Key management for admins, as the `dossier keys` commands offer it. */
@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKeyInfo], { description: "Every key ever issued, revoked ones included, oldest first. Needs an ADMIN key." })
  async apiKeys(@Ctx() { services }: Context) {
    return (await services.apiKeys.list()).map(info);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IssuedApiKey, { description: "Issues a key and shows it, once: only its hash is stored. Needs an ADMIN key." })
  async createApiKey(
    @Arg("name", { description: "Who the key is for; recorded with every write made with it." }) name: string,
    @Arg("role", () => Role, { description: "What the key may do." }) role: Role,
    @Ctx() { services }: Context,
  ): Promise<IssuedApiKey> {
    if (name.trim() === "" || name.length > 255) throw new BadUserInputError("`name` must have 1 to 255 characters.", "name");
    const { key, record } = await services.apiKeys.create(name.trim(), role);
    return { key, apiKey: info(record) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Int, {
    description: "Revokes the key with this ID, or every active key with this name; returns how many. Needs an ADMIN key.",
  })
  revokeApiKey(
    @Arg("idOrName", { description: "A key's ID or its holder's name." }) idOrName: string,
    @Ctx() { services }: Context,
  ) {
    return services.apiKeys.revoke(idOrName);
  }
}
