import type { DomainLoaders } from "../domains";
import type { Context, Loaders, Services, Viewer } from "../graphql/context";

export type { Context, Loaders, Services, Viewer };

/** Every per-request DataLoader, by domain (the domains the services were made from). */
export function createLoaders(services: Services): Loaders {
  const loaders = {} as Loaders;
  for (const domain of services.registry.modules) if (domain.loaders) Object.assign(loaders, domain.loaders(services));
  return loaders;
}

/** Creates the context of one request. Loaders cache per request only, so no request sees another's data. */
export function createContext(services: Services, viewer: Viewer | null = null): Context {
  const loaders = createLoaders(services);
  const kinds = services.registry.nodeKinds;
  return { services, loaders, viewer, node: (id) => loadNode(kinds, loaders, id) };
}

/** Loads any Node by its ID through the loader of its type; `null` for an unknown or malformed ID. */
function loadNode(kinds: Services["registry"]["nodeKinds"], loaders: Loaders, id: string): Promise<object | null> {
  const kind = kinds.get(id.slice(0, id.indexOf(":")));
  return kind ? kind.byId(loaders).load(id) : Promise.resolve(null);
}

/** A compile-time check: every loader set a domain declares in `Loaders` is made by its module. */
type Unmade = Exclude<keyof Loaders, keyof DomainLoaders>;
export const EVERY_LOADER_MADE: [Unmade] extends [never] ? true : Unmade = true;
