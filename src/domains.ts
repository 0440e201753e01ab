import { actorsModule } from "./actors/actors.module";
import { auditModule } from "./audit/audit.module";
import { authModule } from "./auth/auth.module";
import type { DatabaseConfig } from "./config";
import { type DataSourceOptions, newDataSource } from "./db/data-source";
import { designationsModule } from "./designations/designations.module";
import type { DomainModule, EntityClass, ExportKind, NodeKind, ResolverClass } from "./domain-module";
import { eventsModule } from "./events/events.module";
import { sanctionsModule } from "./sanctions/sanctions.module";
import { searchModule } from "./search/search.module";
import { sourcesModule } from "./sources/sources.module";
import { statementsModule } from "./statements/statements.module";
import { timelineModule } from "./timeline/timeline.module";
import { topicsModule } from "./topics/topics.module";
import { RecordTypes } from "./writing/record-types";

/**
 * Every domain of the hub: the one list. A new domain is a folder with its `*.module.ts` and a line
 * here; the tables, services, loaders, resolvers and Node types derive from this list.
 */
/** The list with each module's own type, for the checks below and in services.ts and api/context.ts. */
const DOMAIN_LIST = [
  actorsModule,
  eventsModule,
  statementsModule,
  sanctionsModule,
  designationsModule,
  sourcesModule,
  topicsModule,
  authModule,
  auditModule,
  searchModule,
  timelineModule,
] as const;

export const DOMAINS: readonly DomainModule[] = DOMAIN_LIST;

/** Every TypeORM entity of the hub: the tables the migrations create. */
export const ENTITIES: readonly EntityClass[] = DOMAINS.flatMap((domain) => domain.entities);

/** Every type-graphql resolver class of the domains, for the schema. */
export const DOMAIN_RESOLVERS: readonly ResolverClass[] = DOMAINS.flatMap((domain) => domain.resolvers);

/** Every connection `dossier export` can write, by name. */
export const EXPORT_KINDS: ReadonlyMap<string, ExportKind> = new Map(
  DOMAINS.flatMap((domain) => domain.exports ?? []).map((kind) => [kind.name, kind]),
);

/** Every Node type, by the prefix of its IDs (`actor` → actors): `node(id)` and `_entities`. */
export const NODE_KINDS: ReadonlyMap<string, NodeKind> = new Map(
  DOMAINS.flatMap((domain) => domain.nodes ?? []).map((kind) => [kind.prefix, kind]),
);

/** Every record type the write path knows (each domain's `writer`), with the seed files and their write order. */
export const RECORD_TYPES = new RecordTypes(DOMAINS.flatMap((domain) => (domain.writer ? [domain.writer] : [])));

/**
 * Creates (does not connect) the hub's data source: the database the configuration names, with
 * every domain's entities and the migrations.
 */
export function createDataSource(database: DatabaseConfig, options: DataSourceOptions = {}) {
  return newDataSource(database, ENTITIES, options);
}

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void ? I : never;
type Made<M, K extends "services" | "loaders"> = M extends { [P in K]: (...args: never[]) => infer R } ? R : never;

/** What the domains' `services` make, all together. */
export type DomainServices = Intersection<Made<(typeof DOMAIN_LIST)[number], "services">>;
/** What the domains' `loaders` make, all together. */
export type DomainLoaders = Intersection<Made<(typeof DOMAIN_LIST)[number], "loaders">>;
