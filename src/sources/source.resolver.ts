import type { GraphQLResolveInfo } from "graphql";
import { sourceRecords } from "./source.writer";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { ActorConnection, ActorConnectionArgs } from "../actors/actor.inputs";
import { EventConnection, EventConnectionArgs } from "../events/event.inputs";
import { Deletion } from "../graphql/mutations";
import type { Context } from "../graphql/context";
import { selecting, reload, rootConnection } from "../graphql/loaders";
import { DesignationConnection, DesignationConnectionArgs } from "../designations/designation.inputs";
import { SanctionConnection, SanctionConnectionArgs } from "../sanctions/sanction.inputs";
import { StatementConnection, StatementConnectionArgs } from "../statements/statement.inputs";
import { Source } from "./source.entity";
import { SourceConnection, SourceConnectionArgs, SourceInput } from "./source.inputs";

/** Queries for sources and everything a source is cited for. */
@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: "The source with this ID, or null if there is none." })
  source(
    @Arg("id", () => ID, { description: "The source's ID, e.g. `source:thewrap-2015-01-02`." }) id: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.sources.byId.load(id);
  }

  @Query(() => SourceConnection, {
    description: "Sources, filtered and sorted (by publication date unless told otherwise), a page at a time.",
  })
  sources(@Args() args: SourceConnectionArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return rootConnection(services.sources, selecting(args, info, services.sources), { field: "PUBLISHED_ON" });
  }

  @FieldResolver(() => StatementConnection, { description: "The statements this source reports." })
  statements(
    @Root() source: Source,
    @Args() args: StatementConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.statements.bySource.load({ parentId: source.id, args: selecting(args, info, services.statements) });
  }

  @FieldResolver(() => EventConnection, { description: "The events this source is cited for." })
  events(
    @Root() source: Source,
    @Args() args: EventConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.events.citingSource.load({ parentId: source.id, args: selecting(args, info, services.events) });
  }

  @FieldResolver(() => SanctionConnection, { description: "The sanctions this source is cited for." })
  sanctions(
    @Root() source: Source,
    @Args() args: SanctionConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.sanctions.citingSource.load({ parentId: source.id, args: selecting(args, info, services.sanctions) });
  }

  @FieldResolver(() => DesignationConnection, { description: "The designations recorded from this source." })
  designations(
    @Root() source: Source,
    @Args() args: DesignationConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.designations.citingSource.load({
      parentId: source.id,
      args: selecting(args, info, services.designations),
    });
  }

  @FieldResolver(() => ActorConnection, { description: "The actors this source is cited for." })
  actors(
    @Root() source: Source,
    @Args() args: ActorConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.actors.citingSource.load({ parentId: source.id, args: selecting(args, info, services.actors) });
  }
  @Mutation(() => Source, {
    description:
      "Creates a source and returns it. Needs an EDITOR key; every problem with the input is reported at once, per field, in `extensions.problems`.",
  })
  async createSource(
    @Arg("input", () => SourceInput, { description: "The new source." }) input: SourceInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    const id = await services.editor.create(sourceRecords, { ...input }, viewer);
    return reload(loaders.sources.byId, id);
  }

  @Mutation(() => Source, {
    description:
      "Changes the fields of a source that the input gives and returns it. Needs an EDITOR key; NOT_FOUND for an unknown ID.",
  })
  async updateSource(
    @Arg("id", () => ID, { description: "The source to change." }) id: string,
    @Arg("input", () => SourceInput, { description: "The fields to change." }) input: SourceInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    await services.editor.update(sourceRecords, id, { ...input }, viewer);
    return reload(loaders.sources.byId, id);
  }

  @Mutation(() => Deletion, {
    description: "Deletes a source with its own links; refused while anything else refers to it. Needs an EDITOR key.",
  })
  async deleteSource(
    @Arg("id", () => ID, { description: "The source to delete." }) id: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Deletion> {
    await services.editor.delete(sourceRecords, id, viewer);
    return { id };
  }
}
