import { byIdLoader, connectionLoader, loadersOnFirstUse } from "../graphql/loaders";

const byDate = { field: "ANNOUNCED_ON" };

/** The per-request loaders of sanctions. */
export const createSanctionLoaders = loadersOnFirstUse({
  byId: ({ sanctions }) => byIdLoader(sanctions),
  byAuthority: ({ sanctions }) => connectionLoader(sanctions, sanctions.byAuthority, byDate),
  respondingTo: ({ sanctions }) => connectionLoader(sanctions, sanctions.respondingTo, byDate),
  citingSource: ({ sanctions }) => connectionLoader(sanctions, sanctions.citingSource, byDate),
});
