import { byIdLoader, listLoader, loadersOnFirstUse } from "../graphql/loaders";

const byDate = { field: "PUBLISHED_ON" };

/** The per-request loaders of sources. */
export const createSourceLoaders = loadersOnFirstUse({
  byId: ({ sources }) => byIdLoader(sources),
  citedByEvent: ({ sources }) => listLoader(sources, sources.citedByEvent, byDate),
  citedBySanction: ({ sources }) => listLoader(sources, sources.citedBySanction, byDate),
  citedByActor: ({ sources }) => listLoader(sources, sources.citedByActor, byDate),
});
