import type { DomainModule } from "../domain-module";
import { EventParticipant } from "./event-participant.entity";
import { EventRelationRecord } from "./event-relation.entity";
import { EventSource } from "./event-source.entity";
import { Event } from "./event.entity";

/** Events: what happened, who took part, how events relate, and their sources. */
export const eventsModule: DomainModule = {
  name: "events",
  entities: [Event, EventParticipant, EventRelationRecord, EventSource],
};
