import type { GraphQLResolveInfo } from "graphql";
import { sanctionRecords } from "./sanction.writer";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { Actor } from "../actors/actor.entity";
import { Event } from "../events/event.entity";
import { Deletion } from "../graphql/mutations";
import type { Context } from "../graphql/context";
import { listKey, reload, rootConnection, selecting } from "../graphql/loaders";
import { Source } from "../sources/source.entity";
import { Sanction } from "./sanction.entity";
import { DesignationConnection, DesignationConnectionArgs } from "../designations/designation.inputs";
import { SanctionConnection, SanctionConnectionArgs, SanctionInput } from "./sanction.inputs";

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
  sanctions(@Args() args: SanctionConnectionArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return rootConnection(services.sanctions, selecting(args, info, services.sanctions), { field: "ANNOUNCED_ON" });
  }

  @FieldResolver(() => Actor, { description: "Who issued it (the President, the Treasury)." })
  authority(@Root() sanction: Sanction, @Ctx() { loaders }: Context) {
    return loaders.actors.byId.load(sanction.authorityId);
  }

  @FieldResolver(() => DesignationConnection, { description: "The targets it lists, each with reason and dates." })
  designations(
    @Root() sanction: Sanction,
    @Args() args: DesignationConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.designations.ofSanction.load({
      parentId: sanction.id,
      args: selecting(args, info, services.designations),
    });
  }

  @FieldResolver(() => [Event], { description: "The events it responds to, in date order." })
  respondsTo(@Root() sanction: Sanction, @Ctx() { loaders, services }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.events.respondedToBySanction.load(listKey(sanction.id, info, services.events));
  }

  @FieldResolver(() => [Source], { description: "The sources that report it." })
  sources(@Root() sanction: Sanction, @Ctx() { loaders, services }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.sources.citedBySanction.load(listKey(sanction.id, info, services.sources));
  }
  @Mutation(() => Sanction, {
    description:
      "Creates a sanction and returns it. Needs an EDITOR key; every problem with the input is reported at once, per field, in `extensions.problems`.",
  })
  async createSanction(
    @Arg("input", () => SanctionInput, { description: "The new sanction." }) input: SanctionInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    const id = await services.editor.create(sanctionRecords, { ...input }, viewer);
    return reload(loaders.sanctions.byId, id);
  }

  @Mutation(() => Sanction, {
    description:
      "Changes the fields of a sanction that the input gives and returns it. Needs an EDITOR key; NOT_FOUND for an unknown ID.",
  })
  async updateSanction(
    @Arg("id", () => ID, { description: "The sanction to change." }) id: string,
    @Arg("input", () => SanctionInput, { description: "The fields to change." }) input: SanctionInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    await services.editor.update(sanctionRecords, id, { ...input }, viewer);
    return reload(loaders.sanctions.byId, id);
  }

  @Mutation(() => Deletion, {
    description: "Deletes a sanction with its own links; refused while anything else refers to it. Needs an EDITOR key.",
  })
  async deleteSanction(
    @Arg("id", () => ID, { description: "The sanction to delete." }) id: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Deletion> {
    await services.editor.delete(sanctionRecords, id, viewer);
    return { id };
  }
}
