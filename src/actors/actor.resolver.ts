import type { GraphQLResolveInfo } from "graphql";
import { actorRecords } from "./actor.writer";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { EventParticipantConnection, ParticipantConnectionArgs } from "../events/event.inputs";
import { Deletion } from "../graphql/mutations";
import type { Context } from "../graphql/context";
import { listKey, selecting, reload, rootConnection } from "../graphql/loaders";
import { DesignationConnection, DesignationConnectionArgs } from "../designations/designation.inputs";
import { SanctionConnection, SanctionConnectionArgs } from "../sanctions/sanction.inputs";
import { Source } from "../sources/source.entity";
import { StatementConnection, StatementConnectionArgs } from "../statements/statement.inputs";
import { Actor } from "./actor.entity";
import { ActorConnection, ActorConnectionArgs, ActorInput } from "./actor.inputs";

/** Queries for actors and the fields that lead from an actor to everything related to it. */
@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: "The actor with this ID, or null if there is none." })
  actor(@Arg("id", () => ID, { description: "The actor's ID, e.g. `actor:fbi`." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.actors.byId.load(id);
  }

  @Query(() => ActorConnection, { description: "Actors, filtered and sorted, a page at a time." })
  actors(@Args() args: ActorConnectionArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return rootConnection(services.actors, selecting(args, info, services.actors), { field: "NAME" });
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The actor this one belongs to (the FBI → the U.S. government)." })
  affiliation(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return actor.affiliationId ? loaders.actors.byId.load(actor.affiliationId) : null;
  }

  @FieldResolver(() => ActorConnection, { description: "The actors that belong to this one (whose `affiliation` it is)." })
  members(
    @Root() actor: Actor,
    @Args() args: ActorConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.actors.members.load({ parentId: actor.id, args: selecting(args, info, services.actors) });
  }

  @FieldResolver(() => StatementConnection, { description: "What this actor said." })
  statements(
    @Root() actor: Actor,
    @Args() args: StatementConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.statements.bySpeaker.load({ parentId: actor.id, args: selecting(args, info, services.statements) });
  }

  @FieldResolver(() => StatementConnection, { description: "Statements that mention this actor." })
  mentionedIn(
    @Root() actor: Actor,
    @Args() args: StatementConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.statements.mentioning.load({ parentId: actor.id, args: selecting(args, info, services.statements) });
  }

  @FieldResolver(() => EventParticipantConnection, {
    description: "The events this actor took part in, each with its role, in date order.",
  })
  events(
    @Root() actor: Actor,
    @Args() args: ParticipantConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.events.eventsOfActor.load({ parentId: actor.id, args: selecting(args, info, services.participants) });
  }

  @FieldResolver(() => DesignationConnection, { description: "This actor's designations under sanctions." })
  designations(
    @Root() actor: Actor,
    @Args() args: DesignationConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.designations.ofTarget.load({
      parentId: actor.id,
      args: selecting(args, info, services.designations),
    });
  }

  @FieldResolver(() => SanctionConnection, { description: "The sanctions this actor issued (as their authority)." })
  sanctionsIssued(
    @Root() actor: Actor,
    @Args() args: SanctionConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.sanctions.byAuthority.load({ parentId: actor.id, args: selecting(args, info, services.sanctions) });
  }

  @FieldResolver(() => [Source], { description: "The sources for what Dossier records about this actor." })
  sources(@Root() actor: Actor, @Ctx() { loaders, services }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.sources.citedByActor.load(listKey(actor.id, info, services.sources));
  }
  @Mutation(() => Actor, {
    description:
      "Creates an actor and returns it. Needs an EDITOR key; every problem with the input is reported at once, per field, in `extensions.problems`.",
  })
  async createActor(
    @Arg("input", () => ActorInput, { description: "The new actor." }) input: ActorInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    const id = await services.editor.create(actorRecords, { ...input }, viewer);
    return reload(loaders.actors.byId, id);
  }

  @Mutation(() => Actor, {
    description:
      "Changes the fields of an actor that the input gives and returns it. Needs an EDITOR key; NOT_FOUND for an unknown ID.",
  })
  async updateActor(
    @Arg("id", () => ID, { description: "The actor to change." }) id: string,
    @Arg("input", () => ActorInput, { description: "The fields to change." }) input: ActorInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    await services.editor.update(actorRecords, id, { ...input }, viewer);
    return reload(loaders.actors.byId, id);
  }

  @Mutation(() => Deletion, {
    description: "Deletes an actor with its own links; refused while anything else refers to it. Needs an EDITOR key.",
  })
  async deleteActor(
    @Arg("id", () => ID, { description: "The actor to delete." }) id: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Deletion> {
    await services.editor.delete(actorRecords, id, viewer);
    return { id };
  }
}
