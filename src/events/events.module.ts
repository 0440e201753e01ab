import type { DomainModule } from "../domain-module";
import { EventParticipant } from "./event-participant.entity";
import { EventRelationRecord } from "./event-relation.entity";
import { EventSource } from "./event-source.entity";
import { Event } from "./event.entity";
import type { EventRelationService } from "./event-relation.service";
import type { createEventLoaders } from "./event.loaders";
import type { EventService } from "./event.service";
import type { ParticipantService } from "./participant.service";

/** Events: what happened, who took part, how events relate, and their sources. */
export const eventsModule: DomainModule = {
  name: "events",
  entities: [Event, EventParticipant, EventRelationRecord, EventSource],
};

declare module "../graphql/context" {
  interface Services {
    events: EventService;
    participants: ParticipantService;
    eventRelations: EventRelationService;
  }
  interface Loaders {
    events: ReturnType<typeof createEventLoaders>;
  }
}
