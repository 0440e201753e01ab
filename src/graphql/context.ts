import type { Database } from "../db/database";

/**
 * What every resolver receives, declared here, in the kit, without naming a domain: each domain adds
 * its own services and loaders to `Services` and `Loaders` from its `<domain>.module.ts`
 * (TypeScript's declaration merging: `declare module "../graphql/context"`), and the auth domain
 * adds who a viewer is. The edge (`src/api/context.ts`) makes a context per request.
 */
export interface Context {
  services: Services;
  loaders: Loaders;
  /** The API key's holder, or null for an anonymous request. */
  viewer: Viewer | null;
  /** Loads any Node by its ID through the loader of its type; `null` for an unknown or malformed ID. */
  node(id: string): Promise<object | null>;
}

/**
 * Every domain service, made once per process (`createServices` in src/services.ts). Services are
 * stateless (per-request state lives in the loaders). Each domain adds its own.
 */
export interface Services {
  db: Database;
}

/** The per-request DataLoaders, by domain. Each domain adds its own. */
export interface Loaders {}

/** Who is asking. The auth domain says what a viewer is. */
export interface Viewer {}

/**
 * The edge of a hit that names its record by ID (a search hit, a timeline entry): its own fields,
 * its cursor, and its `node`, loaded only when the query asks for it.
 */
export function edgeWithNode<T extends { id: string }>(
  context: Pick<Context, "node">,
  cursor: string,
  hit: T,
): T & { cursor: string; node: Promise<object | null> } {
  return {
    cursor,
    ...hit,
    get node() {
      return context.node(hit.id);
    },
  };
}
