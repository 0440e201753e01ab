import type { DomainModule } from "../domain-module";
import { eventRecords } from "./event.writer";
import { EventParticipant } from "./event-participant.entity";
import { EventRelationRecord } from "./event-relation.entity";
import { EventRelationResolver } from "./event-relation.resolver";
import { EventRelationService } from "./event-relation.service";
import { EventSource } from "./event-source.entity";
import { Event } from "./event.entity";
import { EventFacetsResolver } from "./event.facets";
import { createEventLoaders } from "./event.loaders";
import { EventResolver } from "./event.resolver";
import { EventService } from "./event.service";
import { ParticipantService } from "./participant.service";

/** Events: what happened, who took part, how events relate, and their sources. */
export const eventsModule = {
  name: "events",
  entities: [Event, EventParticipant, EventRelationRecord, EventSource],
  resolvers: [EventResolver, EventRelationResolver, EventFacetsResolver],
  services: (db, services) => ({
    events: new EventService(db, services),
    participants: new ParticipantService(db, services),
    eventRelations: new EventRelationService(db, services),
  }),
  loaders: (services) => ({ events: createEventLoaders(services) }),
  exports: [{ name: "events", entity: Event, order: "OCCURRED_ON", service: (services) => services.events }],
  nodes: [{ prefix: "event", type: Event, service: (services) => services.events, byId: (loaders) => loaders.events.byId }],
  writer: eventRecords,
} satisfies DomainModule;

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
