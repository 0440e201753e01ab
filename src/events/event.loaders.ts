import { byIdLoader, connectionLoader, listLoader, loadersOnFirstUse } from "../graphql/loaders";

/** The per-request loaders of events, their participants and their relations. */
export const createEventLoaders = loadersOnFirstUse({
  byId: ({ events }) => byIdLoader(events),
  aboutStatement: ({ events }) => listLoader(events, events.aboutStatement, { field: "OCCURRED_ON" }),
  respondedToBySanction: ({ events }) => listLoader(events, events.respondedToBySanction, { field: "OCCURRED_ON" }),
  citingSource: ({ events }) => connectionLoader(events, events.citingSource, { field: "OCCURRED_ON" }),
  participantsOfEvent: ({ participants }) => connectionLoader(participants, participants.ofEvent, { field: "ROLE" }),
  eventsOfActor: ({ participants }) => connectionLoader(participants, participants.ofActor, { field: "EVENT_DATE" }),
  related: ({ eventRelations }) => connectionLoader(eventRelations, eventRelations.ofEvent, { field: "OTHER_EVENT_DATE" }),
});
