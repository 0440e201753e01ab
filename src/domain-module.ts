import type { ObjectLiteral } from "typeorm";
import type { Collection } from "./db/collection";
import type { Database } from "./db/database";
import type { Loaders, Services } from "./graphql/context";
import type { RecordType } from "./records/record-type";

/**
 * What a domain declares about itself. Each domain folder exports one (`actors/actors.module.ts`),
 * and `src/domains.ts` lists them, once: the tables, the services, the per-request loaders, the
 * resolvers of the schema, the Node types (`node(id)`, federation's `_entities`) all derive from
 * that list. docs/ARCHITECTURE.md walks through adding one.
 */
export interface DomainModule {
  /** The domain's name: its folder under src/. */
  name: string;
  /** Its TypeORM entities: the tables its migrations create. */
  entities: readonly EntityClass[];
  /** Its type-graphql resolver classes: its queries, mutations and field resolvers. */
  resolvers: readonly ResolverClass[];
  /**
   * Makes its services, once per process. `services` is the registry being filled: a service that
   * nests another domain's filter keeps it and reads the other service when it runs, not now.
   */
  services(db: Database, services: Services): Partial<Services>;
  /** Makes its loaders, once per request (each loader itself made on first use). */
  loaders?(services: Services): Partial<Loaders>;
  /** The Node types it owns: what `node(id)` and `_entities` can return. */
  nodes?: readonly NodeKind[];
  /** Its connections that `dossier export` can write. */
  exports?: readonly ExportKind[];
  /**
   * How its records are written (`<domain>.writer.ts`): their seed shape, columns, references and
   * links, from which the one write path validates, writes, audits, reads back and deletes them
   * for mutations, data sets and imports. A type owned by another's records (designations, by
   * their sanction) is that one's child, not listed here.
   */
  writer?: RecordType;
}

/** A connection `dossier export <name>` writes: its records, in its default order, filtered as the connection is. */
export interface ExportKind {
  /** The name on the command line, the connection's (`actors`). */
  name: string;
  /** The records' class: the GraphQL type whose scalar fields are the columns, and whose `<Type>Filter` filters. */
  entity: EntityClass;
  /** The connection's default ordering (`NAME`). */
  order: string;
  /** Its service, which reads the pages. */
  service(services: Services): Collection<ObjectLiteral, unknown>;
}

/**
 * A type of object with a global ID (`actor:fbi`): found by `node(id)`, and a federation entity
 * (`@key(fields: "id")`) that partners' subgraphs can refer to.
 */
export interface NodeKind {
  /** The prefix of its IDs: `actor` in `actor:fbi`. */
  prefix: string;
  /** Its class: the GraphQL object type (named as the class) and the records it is loaded as. */
  type: EntityClass;
  /** Its service, which reads many records by ID in one statement (`_entities`). */
  service(services: Services): Collection<ObjectLiteral, unknown>;
  /** Its loader by ID for one request (`node`, `nodes`, the `node` of a search hit). */
  byId(loaders: Loaders): { load(id: string): Promise<object | null> };
}

/** A class TypeORM maps to a table (`@Entity`), or a GraphQL object type's class. */
export type EntityClass = abstract new (...args: never[]) => object;

/** A type-graphql resolver class (`@Resolver`). */
export type ResolverClass = new (...args: never[]) => object;
