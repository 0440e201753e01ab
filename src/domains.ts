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

/**
 * What the hub is made of, derived from a list of domain modules: the tables, resolvers, Node
 * types, exports and record types. The hub's own is `REGISTRY`, from the list above; a test can
 * make one with a domain of its own added (test/architecture/fixture-domain.test.ts), and every
 * part that enumerates types (the data source, the services, a request's loaders, the schema,
 * node lookup and federation's references, export, seeding, editing) takes it from there.
 */
export interface Registry {
  readonly modules: readonly DomainModule[];
  /** Every TypeORM entity: the tables the migrations create. */
  readonly entities: readonly EntityClass[];
  /** Every type-graphql resolver class of the domains, for the schema. */
  readonly resolvers: readonly ResolverClass[];
  /** Every connection `dossier export` can write, by name. */
  readonly exportKinds: ReadonlyMap<string, ExportKind>;
  /** Every Node type, by the prefix of its IDs (`actor` → actors): `node(id)` and `_entities`. */
  readonly nodeKinds: ReadonlyMap<string, NodeKind>;
  /** Every record type the write path knows (each domain's `writer`), with the seed files and their write order. */
  readonly recordTypes: RecordTypes;
}

/** The registry of a list of domain modules. */
export function createRegistry(modules: readonly DomainModule[]): Registry {
  return {
    modules,
    entities: modules.flatMap((domain) => domain.entities),
    resolvers: modules.flatMap((domain) => domain.resolvers),
    exportKinds: new Map(modules.flatMap((domain) => domain.exports ?? []).map((kind) => [kind.name, kind])),
    nodeKinds: new Map(modules.flatMap((domain) => domain.nodes ?? []).map((kind) => [kind.prefix, kind])),
    recordTypes: new RecordTypes(modules.flatMap((domain) => (domain.writer ? [domain.writer] : []))),
  };
}

/** The hub's registry: every domain of `DOMAIN_LIST`. */
export const REGISTRY = createRegistry(DOMAIN_LIST);

export const DOMAINS = REGISTRY.modules;
export const ENTITIES = REGISTRY.entities;
export const DOMAIN_RESOLVERS = REGISTRY.resolvers;
export const EXPORT_KINDS = REGISTRY.exportKinds;
export const NODE_KINDS = REGISTRY.nodeKinds;
export const RECORD_TYPES = REGISTRY.recordTypes;

/**
 * Creates (does not connect) the hub's data source: the database the configuration names, with
 * every domain's entities (the registry's) and the migrations.
 */
export function createDataSource(database: DatabaseConfig, options: DataSourceOptions = {}, registry = REGISTRY) {
  return newDataSource(database, registry.entities, options);
}

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void ? I : never;
type Made<M, K extends "services" | "loaders"> = M extends { [P in K]: (...args: never[]) => infer R } ? R : never;

/** What the domains' `services` make, all together. */
export type DomainServices = Intersection<Made<(typeof DOMAIN_LIST)[number], "services">>;
/** What the domains' `loaders` make, all together. */
export type DomainLoaders = Intersection<Made<(typeof DOMAIN_LIST)[number], "loaders">>;
