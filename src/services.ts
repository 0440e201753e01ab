import { RecordEditor } from "./editing/record-editor";
import type { Database } from "./db/database";
import { DOMAINS, type DomainServices, RECORD_TYPES } from "./domains";
import type { Services } from "./graphql/context";

/**
 * The services of every domain (`Services`, declared in graphql/context.ts and filled in by each
 * domain's module), made once per process. Services are stateless (per-request state lives in the
 * loaders); one that nests another domain's filter gets that domain's service here.
 */
export type { Services };

/** Creates the services over a database: every domain's, and the record editor mutations use. */
export function createServices(db: Database): Services {
  const services = { db } as Services;
  for (const domain of DOMAINS) Object.assign(services, domain.services(db, services));
  services.editor = new RecordEditor(db, RECORD_TYPES);
  return services;
}

/**
 * A compile-time check: every service a domain declares in `Services` is made by its module (or
 * here). A name left out fails to compile, naming it.
 */
type Unmade = Exclude<keyof Services, keyof DomainServices | "db" | "editor">;
export const EVERY_SERVICE_MADE: [Unmade] extends [never] ? true : Unmade = true;
