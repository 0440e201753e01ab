import type { GraphQLResolveInfo } from "graphql";
import { eventRecords } from "./event.writer";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { Deletion } from "../graphql/mutations";
import type { Context } from "../graphql/context";
import { listKey, selecting, reload, rootConnection } from "../graphql/loaders";
import { SanctionConnection, SanctionConnectionArgs } from "../sanctions/sanction.inputs";
import { Source } from "../sources/source.entity";
import { StatementConnection, StatementConnectionArgs } from "../statements/statement.inputs";
import { Event } from "./event.entity";
import {
  EventConnection,
  EventConnectionArgs,
  EventParticipantConnection,
  EventRelationConnection,
  EventRelationConnectionArgs,
  ParticipantConnectionArgs,
  EventInput,
} from "./event.inputs";

/** Queries for events and the fields that lead from an event to its participants, relations, statements and sanctions. */
@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: "The event with this ID, or null if there is none." })
  event(
    @Arg("id", () => ID, { description: "The event's ID, e.g. `event:sony-pictures-hack`." }) id: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.events.byId.load(id);
  }

  @Query(() => EventConnection, { description: "Events, filtered and sorted (by date unless told otherwise), a page at a time." })
  events(@Args() args: EventConnectionArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return rootConnection(services.events, selecting(args, info, services.events), { field: "OCCURRED_ON" });
  }

  @FieldResolver(() => EventParticipantConnection, {
    description: "Who took part in the event and in which role, by role then name.",
  })
  participants(
    @Root() event: Event,
    @Args() args: ParticipantConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.events.participantsOfEvent.load({ parentId: event.id, args: selecting(args, info, services.participants) });
  }

  @FieldResolver(() => EventRelationConnection, {
    description:
      "Events this one relates to, in both directions (the attack's `related` includes the sanctions that respond to it).",
  })
  related(@Root() event: Event, @Args() args: EventRelationConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.events.related.load({ parentId: event.id, args });
  }

  @FieldResolver(() => StatementConnection, { description: "Statements about this event." })
  statements(
    @Root() event: Event,
    @Args() args: StatementConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.statements.aboutEvent.load({ parentId: event.id, args: selecting(args, info, services.statements) });
  }

  @FieldResolver(() => SanctionConnection, { description: "Sanctions that respond to this event." })
  sanctions(
    @Root() event: Event,
    @Args() args: SanctionConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.sanctions.respondingTo.load({ parentId: event.id, args: selecting(args, info, services.sanctions) });
  }

  @FieldResolver(() => [Source], { description: "The sources that report this event." })
  sources(@Root() event: Event, @Ctx() { loaders, services }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.sources.citedByEvent.load(listKey(event.id, info, services.sources));
  }
  @Mutation(() => Event, {
    description:
      "Creates an event and returns it. Needs an EDITOR key; every problem with the input is reported at once, per field, in `extensions.problems`.",
  })
  async createEvent(
    @Arg("input", () => EventInput, { description: "The new event." }) input: EventInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    const id = await services.editor.create(eventRecords, { ...input }, viewer);
    return reload(loaders.events.byId, id);
  }

  @Mutation(() => Event, {
    description:
      "Changes the fields of an event that the input gives and returns it. Needs an EDITOR key; NOT_FOUND for an unknown ID.",
  })
  async updateEvent(
    @Arg("id", () => ID, { description: "The event to change." }) id: string,
    @Arg("input", () => EventInput, { description: "The fields to change." }) input: EventInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    await services.editor.update(eventRecords, id, { ...input }, viewer);
    return reload(loaders.events.byId, id);
  }

  @Mutation(() => Deletion, {
    description: "Deletes an event with its own links; refused while anything else refers to it. Needs an EDITOR key.",
  })
  async deleteEvent(
    @Arg("id", () => ID, { description: "The event to delete." }) id: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Deletion> {
    await services.editor.delete(eventRecords, id, viewer);
    return { id };
  }
}
