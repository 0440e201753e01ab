import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Actor } from "../actors/actor.entity";
import { Event } from "../events/event.entity";
import type { Context } from "../graphql/context";
import { rootConnection } from "../graphql/loaders";
import { Source } from "../sources/source.entity";
import { Sanction } from "./sanction.entity";
import { DesignationConnection, DesignationConnectionArgs, SanctionConnection, SanctionConnectionArgs } from "./sanction.inputs";

/** Queries for sanctions and the fields that lead to their authority, designations, events and sources. */
@Resolver(() => Sanction)
export class SanctionResolver {
  @Query(() => Sanction, { nullable: true, description: "The sanction with this ID, or null if there is none." })
  sanction(
    @Arg("id", () => ID, { description: "The sanction's ID, e.g. `sanction:eo-13687`." }) id: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.sanctions.byId.load(id);
  }

  @Query(() => SanctionConnection, {
    description: "Sanctions, filtered and sorted (by date unless told otherwise), a page at a time.",
  })
  sanctions(@Args() args: SanctionConnectionArgs, @Ctx() { services }: Context) {
    return rootConnection(services.sanctions, args, { field: "ANNOUNCED_ON" });
  }

  @FieldResolver(() => Actor, { description: "Who issued it (the President, the Treasury)." })
  authority(@Root() sanction: Sanction, @Ctx() { loaders }: Context) {
    return loaders.actors.byId.load(sanction.authorityId);
  }

  @FieldResolver(() => DesignationConnection, { description: "The targets it lists, each with reason and dates." })
  designations(@Root() sanction: Sanction, @Args() args: DesignationConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.sanctions.designationsOfSanction.load({ parentId: sanction.id, args });
  }

  @FieldResolver(() => [Event], { description: "The events it responds to, in date order." })
  respondsTo(@Root() sanction: Sanction, @Ctx() { loaders }: Context) {
    return loaders.events.respondedToBySanction.load(sanction.id);
  }

  @FieldResolver(() => [Source], { description: "The sources that report it." })
  sources(@Root() sanction: Sanction, @Ctx() { loaders }: Context) {
    return loaders.sources.citedBySanction.load(sanction.id);
  }
}
