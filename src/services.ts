import { RecordEditor } from "./editing/record-editor";
import type { Database } from "./db/database";
import { type DomainServices, REGISTRY, type Registry } from "./domains";
import type { Services } from "./graphql/context";

/**
 * The services of every domain (`Services`, declared in graphql/context.ts and filled in by each
 * domain's module), made once per process. Services are stateless (per-request state lives in the
 * loaders); one that nests another domain's filter gets that domain's service here.
 */
export type { Services };

/**
 * Creates the services over a database: every domain's of the registry (the hub's by default),
 * and the record editor mutations use. The services keep the registry, so that what is made from
 * them (a request's loaders, node lookup, federation's references, export) knows the same domains.
 */
export function createServices(db: Database, registry: Registry = REGISTRY): Services {
  const services = { db, registry } as Services;
  for (const domain of registry.modules) Object.assign(services, domain.services(db, services));
  services.editor = new RecordEditor(db, registry.recordTypes);
  return services;
}

declare module "./graphql/context" {
  interface Services {
    /** The domains these services were made from. */
    registry: Registry;
  }
}

/**
 * A compile-time check: every service a domain declares in `Services` is made by its module (or
 * here). A name left out fails to compile, naming it.
 */
type Unmade = Exclude<keyof Services, keyof DomainServices | "db" | "editor" | "registry">;
export const EVERY_SERVICE_MADE: [Unmade] extends [never] ? true : Unmade = true;
