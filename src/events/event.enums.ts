import { registerEnumType } from "type-graphql";

/** What kind of thing happened. */
export enum EventType {
  CYBERATTACK = "CYBERATTACK",
  DATA_LEAK = "DATA_LEAK",
  THREAT = "THREAT",
  ATTRIBUTION = "ATTRIBUTION",
  DISPUTE = "DISPUTE",
  SANCTIONS = "SANCTIONS",
  POLICY = "POLICY",
  OUTAGE = "OUTAGE",
  ANNOUNCEMENT = "ANNOUNCEMENT",
  OTHER = "OTHER",
}

registerEnumType(EventType, {
  name: "EventType",
  description: "What kind of thing happened.",
  valuesConfig: {
    CYBERATTACK: { description: "An intrusion into or attack on computer systems." },
    DATA_LEAK: { description: "Stolen or private data made public." },
    THREAT: { description: "A threat of violence or harm." },
    ATTRIBUTION: { description: "An actor publicly names who is responsible for another event." },
    DISPUTE: { description: "Actors publicly contest a claim or another event." },
    SANCTIONS: { description: "Sanctions are imposed: an order is signed, targets are designated." },
    POLICY: { description: "A government announces or changes a policy or a course of action." },
    OUTAGE: { description: "A service or network stops working." },
    ANNOUNCEMENT: { description: "An actor announces a decision (a film pulled from release, …)." },
    OTHER: { description: "Anything else." },
  },
});

/** The part an actor plays in an event. */
export enum ParticipantRole {
  PERPETRATOR = "PERPETRATOR",
  ALLEGED_PERPETRATOR = "ALLEGED_PERPETRATOR",
  TARGET = "TARGET",
  AFFECTED = "AFFECTED",
  ATTRIBUTOR = "ATTRIBUTOR",
  ACCUSED = "ACCUSED",
  SUPPORTER = "SUPPORTER",
  DISPUTANT = "DISPUTANT",
  RESPONDER = "RESPONDER",
  ISSUER = "ISSUER",
}

registerEnumType(ParticipantRole, {
  name: "ParticipantRole",
  description: "The part an actor plays in an event.",
  valuesConfig: {
    PERPETRATOR: { description: "Carried out the event, by its own admission or a court's finding." },
    ALLEGED_PERPETRATOR: { description: "Said by others to have carried out the event." },
    TARGET: { description: "The event was aimed at this actor (an attack's victim, a sanction's target)." },
    AFFECTED: { description: "Suffered the event's effects without being its stated target." },
    ATTRIBUTOR: { description: "Named who is responsible (in an ATTRIBUTION event)." },
    ACCUSED: { description: "Was named as responsible (in an ATTRIBUTION event)." },
    SUPPORTER: { description: "Publicly backed the event's claim or course (e.g. stands by an attribution)." },
    DISPUTANT: { description: "Publicly contested a claim (in a DISPUTE event)." },
    RESPONDER: { description: "Acted or promised to act in response to another event." },
    ISSUER: { description: "Issued an order, a designation or an announcement." },
  },
});

/** How one event relates to another. Read as `from <type> to`: the sanctions are a RESPONSE_TO the attack. */
export enum EventRelationType {
  RESPONSE_TO = "RESPONSE_TO",
  CAUSED_BY = "CAUSED_BY",
  PART_OF = "PART_OF",
  DISPUTES = "DISPUTES",
  ABOUT = "ABOUT",
}

registerEnumType(EventRelationType, {
  name: "EventRelationType",
  description: "How one event relates to another, read as `from <type> to` (the sanctions are a RESPONSE_TO the attack).",
  valuesConfig: {
    RESPONSE_TO: { description: "`from` was done in response to `to`." },
    CAUSED_BY: { description: "`from` happened because of `to`." },
    PART_OF: { description: "`from` is one part of the larger `to`." },
    DISPUTES: { description: "`from` contests `to` (the firms' dispute disputes the FBI's attribution)." },
    ABOUT: { description: "`from` concerns `to` (an attribution is about an attack)." },
  },
});

/** Which side of a relation an event is on, seen from the event whose `related` field is read. */
export enum RelationDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}

registerEnumType(RelationDirection, {
  name: "RelationDirection",
  description: "Which way a relation points, seen from the event whose `related` field is read.",
  valuesConfig: {
    OUTGOING: { description: "This event is the relation's `from` (this event RESPONSE_TO the other)." },
    INCOMING: { description: "This event is the relation's `to` (the other event RESPONSE_TO this one)." },
  },
});
