import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { ActorFilter } from "../actors/actor.inputs";
import { DateRange } from "../graphql/common";
import { INPUT_NOTE } from "../graphql/mutations";
import { Connection, ConnectionArgs, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { DateScalar } from "../graphql/scalars";
import { EventParticipant } from "./event-participant.entity";
import { EventRelation } from "./event-relation.type";
import { EventRelationType, EventType, ParticipantRole, RelationDirection } from "./event.enums";
import { Event } from "./event.entity";

/** Which participations (actor, role, event) to return or require. */
@InputType({
  description:
    "Which participations to match: an actor taking part in an event with a role. Every field given narrows the match.",
})
export class ParticipantFilter {
  @Field(() => [ParticipantRole], { nullable: true, description: "Only these roles." })
  roles?: ParticipantRole[] | null;

  @Field(() => [ID], { nullable: true, description: "Only these actors." })
  actorIds?: string[] | null;

  @Field(() => ActorFilter, { nullable: true, description: "Only actors that match this filter (e.g. `{ isOfficial: true }`)." })
  actor?: ActorFilter | null;

  @Field(() => [ID], { nullable: true, description: "Only these events." })
  eventIds?: string[] | null;

  // Typed as Partial<> so that the emitted metadata does not name EventFilter, declared below.
  @Field(() => EventFilter, { nullable: true, description: "Only events that match this filter." })
  event?: Partial<EventFilter> | null;
}

/** Which events to return. */
@InputType({
  description: "Which events to return. Every field given narrows the result (they are ANDed); lists match any of their values.",
})
export class EventFilter {
  @Field(() => [ID], { nullable: true, description: "Only these events." })
  ids?: string[] | null;

  @Field(() => [EventType], { nullable: true, description: "Only events of these types." })
  types?: EventType[] | null;

  @Field(() => DateRange, { nullable: true, description: "Only events that occurred in this range (by `occurredOn`)." })
  occurredOn?: DateRange | null;

  @Field(() => [String], { nullable: true, description: "Only events in these countries (ISO 3166-1 alpha-2 codes)." })
  countries?: string[] | null;

  @Field(() => ParticipantFilter, {
    nullable: true,
    description: "Only events with a participant that matches, e.g. `{ roles: [ATTRIBUTOR], actor: { isOfficial: true } }`.",
  })
  participant?: ParticipantFilter | null;

  @Field(() => String, {
    nullable: true,
    description: "Words that must each begin a word of the title or summary, in any case (`kor` finds Korea; full-text indexed).",
  })
  text?: string | null;
}

/** The fields events can be sorted by. */
export const EventOrderField = defineEnum("EventOrderField", "The fields events can be sorted by.", {
  OCCURRED_ON: "By date (`occurredOn`), then ID.",
  TITLE: "By title, then ID.",
});
export type EventOrderField = EnumValue<typeof EventOrderField>;

/** How to sort events. */
@InputType({ description: "How to sort events." })
export class EventOrder extends OrderInput<EventOrderField>(EventOrderField, "Event") {}

/** Arguments of an event connection. */
@ArgsType()
export class EventConnectionArgs extends FilteredConnectionArgs(EventFilter, EventOrder, "events", "by date") {}

/** A page of events. */
@ObjectType({ description: "A page of events, with cursors and the total count." })
export class EventConnection extends Connection(Event, "Event", "events") {}

/** Arguments of a participant connection (`Event.participants`, `Actor.events`). */
@ArgsType()
export class ParticipantConnectionArgs extends ConnectionArgs {
  @Field(() => ParticipantFilter, { nullable: true, description: "Which participations to return; all when left out." })
  filter?: ParticipantFilter | null;
}

/** A page of participations. */
@ObjectType({ description: "A page of participations (actor, role, event), with cursors and the total count." })
export class EventParticipantConnection extends Connection(EventParticipant, "EventParticipant", "participations") {}

/** Which relations of an event to return. */
@InputType({ description: "Which relations of an event to return. Every field given narrows the result." })
export class EventRelationFilter {
  @Field(() => [EventRelationType], { nullable: true, description: "Only relations of these types." })
  types?: EventRelationType[] | null;

  @Field(() => RelationDirection, { nullable: true, description: "Only relations pointing this way; both when left out." })
  direction?: RelationDirection | null;

  @Field(() => EventFilter, { nullable: true, description: "Only relations whose other event matches this filter." })
  event?: EventFilter | null;
}

/** Arguments of `Event.related`. */
@ArgsType()
export class EventRelationConnectionArgs extends ConnectionArgs {
  @Field(() => EventRelationFilter, { nullable: true, description: "Which relations to return; all when left out." })
  filter?: EventRelationFilter | null;
}

/** A page of event relations. */
@ObjectType({ description: "A page of an event's relations to other events, ordered by the other event's date." })
export class EventRelationConnection extends Connection(EventRelation, "EventRelation", "relations") {}

/** An actor's part in an event, as a mutation gives it. */
@InputType({ description: "An actor taking part in an event, with its role." })
export class ParticipantInput {
  @Field(() => ID, { description: "The actor." })
  actor: string;

  @Field(() => ParticipantRole, { description: "Its part in the event." })
  role: ParticipantRole;
}

/** A relation from the event being written to another event. */
@InputType({ description: "A relation from the event being written to another: `<this event> <type> <event>`." })
export class RelatedEventInput {
  @Field(() => EventRelationType, { description: "How this event relates to the other." })
  type: EventRelationType;

  @Field(() => ID, { description: "The other event." })
  event: string;
}

/** An event to create, or the fields of one to change. */
@InputType({ description: `An event to create, or the fields of one to change. ${INPUT_NOTE}` })
export class EventInput {
  @Field(() => ID, { nullable: true, description: "A stable ID (`event:…`); made from the title when left out of a create." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "A short headline. Required." })
  title?: string | null;

  @Field(() => EventType, { nullable: true, description: "What kind of thing happened. Required." })
  type?: EventType | null;

  @Field(() => String, { nullable: true, description: "What happened." })
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "When it happened: `2014-11-24`, or `2014-12` or `2014` when only the month or year is known. Required.",
  })
  occurredOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When it ended." })
  endedOn?: Date | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of where it happened." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "CAMEO event code." })
  cameoCode?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: "Who took part, with their roles (replaces the list)." })
  participants?: ParticipantInput[] | null;

  @Field(() => [RelatedEventInput], { nullable: true, description: "This event's relations to others (replaces the list)." })
  related?: RelatedEventInput[] | null;

  @Field(() => [ID], { nullable: true, description: "The sources that report it. At least one is required." })
  sources?: string[] | null;
}
