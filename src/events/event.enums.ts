import { defineEnum, type EnumValue } from "../graphql/enums";

/** What kind of thing happened. */
export const EventType = defineEnum("EventType", "What kind of thing happened.", {
  CYBERATTACK: "An intrusion into or attack on computer systems.",
  DATA_LEAK: "Stolen or private data made public.",
  THREAT: "A threat of violence or harm.",
  ATTRIBUTION: "An actor publicly names who is responsible for another event.",
  DISPUTE: "Actors publicly contest a claim or another event.",
  SANCTIONS: "Sanctions are imposed: an order is signed, targets are designated.",
  POLICY: "A government announces or changes a policy or a course of action.",
  OUTAGE: "A service or network stops working.",
  ANNOUNCEMENT: "An actor announces a decision (a film pulled from release, …).",
  OTHER: "Anything else.",
});
export type EventType = EnumValue<typeof EventType>;

/** The part an actor plays in an event. */
export const ParticipantRole = defineEnum("ParticipantRole", "The part an actor plays in an event.", {
  PERPETRATOR: "Carried out the event, by its own admission or a court's finding.",
  ALLEGED_PERPETRATOR: "Said by others to have carried out the event.",
  TARGET: "The event was aimed at this actor (an attack's victim, a sanction's target).",
  AFFECTED: "Suffered the event's effects without being its stated target.",
  ATTRIBUTOR: "Named who is responsible (in an ATTRIBUTION event).",
  ACCUSED: "Was named as responsible (in an ATTRIBUTION event).",
  SUPPORTER: "Publicly backed the event's claim or course (e.g. stands by an attribution).",
  DISPUTANT: "Publicly contested a claim (in a DISPUTE event).",
  RESPONDER: "Acted or promised to act in response to another event.",
  ISSUER: "Issued an order, a designation or an announcement.",
});
export type ParticipantRole = EnumValue<typeof ParticipantRole>;

/** How one event relates to another. Read as `from <type> to`: the sanctions are a RESPONSE_TO the attack. */
export const EventRelationType = defineEnum(
  "EventRelationType",
  "How one event relates to another, read as `from <type> to` (the sanctions are a RESPONSE_TO the attack).",
  {
    RESPONSE_TO: "`from` was done in response to `to`.",
    CAUSED_BY: "`from` happened because of `to`.",
    PART_OF: "`from` is one part of the larger `to`.",
    DISPUTES: "`from` contests `to` (the firms' dispute disputes the FBI's attribution).",
    ABOUT: "`from` concerns `to` (an attribution is about an attack).",
  },
);
export type EventRelationType = EnumValue<typeof EventRelationType>;

/** Which side of a relation an event is on, seen from the event whose `related` field is read. */
export const RelationDirection = defineEnum(
  "RelationDirection",
  "Which way a relation points, seen from the event whose `related` field is read.",
  {
    OUTGOING: "This event is the relation's `from` (this event RESPONSE_TO the other).",
    INCOMING: "This event is the relation's `to` (the other event RESPONSE_TO this one).",
  },
);
export type RelationDirection = EnumValue<typeof RelationDirection>;
