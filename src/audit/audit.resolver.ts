import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role";
import type { Context } from "../graphql/context";
import { OrderDirection } from "../graphql/common";
import { rootConnection } from "../graphql/loaders";
import { AuditConnectionArgs, AuditEntryConnection } from "./audit.types";

/** The audit trail, for admins. */
@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description:
      "Every write, newest first: who, when, which record, and each changed field's old and new value. Needs an ADMIN key.",
  })
  auditLog(@Args() args: AuditConnectionArgs, @Ctx() { services }: Context) {
    return rootConnection(services.audit, args, { field: "AT", direction: OrderDirection.DESC });
  }
}
