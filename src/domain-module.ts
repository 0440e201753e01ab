/**
 * What a domain declares about itself. Each domain folder exports one (`actors/actors.module.ts`),
 * and `src/domains.ts` lists them, once: what used to enumerate the domains by hand derives from
 * that list instead. Today the list gives the tables (TypeORM's entities); docs/ARCHITECTURE.md
 * says what derives from it and what is still to move.
 */
export interface DomainModule {
  /** The domain's name: its folder under src/. */
  name: string;
  /** Its TypeORM entities: the tables its migrations create. */
  entities: readonly EntityClass[];
}

/** A class TypeORM maps to a table (`@Entity`). */
export type EntityClass = abstract new (...args: never[]) => object;
