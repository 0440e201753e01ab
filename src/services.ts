import { ActorService } from "./actors/actor.service";
import { AuditService } from "./audit/audit.service";
import { ApiKeyService } from "./auth/api-key.service";
import { RecordEditor } from "./editing/record-editor";
import type { Database } from "./db/database";
import type { Services } from "./graphql/context";
import { EventRelationService } from "./events/event-relation.service";
import { EventService } from "./events/event.service";
import { ParticipantService } from "./events/participant.service";
import { DesignationService } from "./sanctions/designation.service";
import { SanctionService } from "./sanctions/sanction.service";
import { SearchService } from "./search/search.service";
import { SourceService } from "./sources/source.service";
import { StatementService } from "./statements/statement.service";
import { TimelineService } from "./timeline/timeline.service";
import { TopicService } from "./topics/topic.service";

/**
 * The services of every domain (`Services`, declared in graphql/context.ts and filled in by each
 * domain's module), made once per process. Services are stateless (per-request state lives in the
 * loaders); one that nests another domain's filter gets that domain's service here.
 */
export type { Services };

/** Creates the services over a database. */
export function createServices(db: Database): Services {
  const services = { db } as Services;
  services.actors = new ActorService(db);
  services.events = new EventService(db, services);
  services.participants = new ParticipantService(db, services);
  services.eventRelations = new EventRelationService(db, services);
  services.statements = new StatementService(db, services);
  services.topics = new TopicService(db);
  services.sources = new SourceService(db);
  services.sanctions = new SanctionService(db);
  services.designations = new DesignationService(db);
  services.search = new SearchService(db);
  services.timeline = new TimelineService(db);
  services.apiKeys = new ApiKeyService(db);
  services.editor = new RecordEditor(db);
  services.audit = new AuditService(db);
  return services;
}
