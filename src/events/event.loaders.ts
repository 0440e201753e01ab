import { byIdLoader, connectionLoader, listLoader } from "../graphql/loaders";
import type { Services } from "../services";

/** The per-request loaders of events, their participants and their relations. */
export function createEventLoaders({ events, participants, eventRelations }: Services) {
  return {
    byId: byIdLoader(events),
    aboutStatement: listLoader(events, events.aboutStatement, { field: "OCCURRED_ON" }),
    respondedToBySanction: listLoader(events, events.respondedToBySanction, { field: "OCCURRED_ON" }),
    citingSource: connectionLoader(events, events.citingSource, { field: "OCCURRED_ON" }),
    participantsOfEvent: connectionLoader(participants, participants.ofEvent, { field: "ROLE" }),
    eventsOfActor: connectionLoader(participants, participants.ofActor, { field: "EVENT_DATE" }),
    related: connectionLoader(eventRelations, eventRelations.ofEvent, { field: "OTHER_EVENT_DATE" }),
  };
}
