import { byIdLoader, listLoader } from "../graphql/loaders";
import type { Services } from "../services";

/** The per-request loaders of sources. */
export function createSourceLoaders({ sources }: Services) {
  const byDate = { field: "PUBLISHED_ON" };
  return {
    byId: byIdLoader(sources),
    citedByEvent: listLoader(sources, sources.citedByEvent, byDate),
    citedBySanction: listLoader(sources, sources.citedBySanction, byDate),
    citedByActor: listLoader(sources, sources.citedByActor, byDate),
  };
}
