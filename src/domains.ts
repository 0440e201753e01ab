import { actorsModule } from "./actors/actors.module";
import { auditModule } from "./audit/audit.module";
import { authModule } from "./auth/auth.module";
import type { DatabaseConfig } from "./config";
import { type DataSourceOptions, newDataSource } from "./db/data-source";
import type { DomainModule, EntityClass } from "./domain-module";
import { eventsModule } from "./events/events.module";
import { sanctionsModule } from "./sanctions/sanctions.module";
import { searchModule } from "./search/search.module";
import { sourcesModule } from "./sources/sources.module";
import { statementsModule } from "./statements/statements.module";
import { timelineModule } from "./timeline/timeline.module";
import { topicsModule } from "./topics/topics.module";

/**
 * Every domain of the hub: the one list. A new domain is a folder with its `*.module.ts` and a line
 * here; what enumerates the domains (today: the tables) derives from this list.
 */
export const DOMAINS: readonly DomainModule[] = [
  sourcesModule,
  topicsModule,
  actorsModule,
  eventsModule,
  statementsModule,
  sanctionsModule,
  authModule,
  auditModule,
  searchModule,
  timelineModule,
];

/** Every TypeORM entity of the hub: the tables the migrations create. */
export const ENTITIES: readonly EntityClass[] = DOMAINS.flatMap((domain) => domain.entities);

/**
 * Creates (does not connect) the hub's data source: the database the configuration names, with
 * every domain's entities and the migrations.
 */
export function createDataSource(database: DatabaseConfig, options: DataSourceOptions = {}) {
  return newDataSource(database, ENTITIES, options);
}
