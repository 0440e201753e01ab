import { byIdLoader, connectionLoader, loadersOnFirstUse } from "../graphql/loaders";

const byListing = { field: "LISTED_ON" };

/** The per-request loaders of designations. */
export const createDesignationLoaders = loadersOnFirstUse({
  byId: ({ designations }) => byIdLoader(designations),
  ofSanction: ({ designations }) => connectionLoader(designations, designations.ofSanction, byListing),
  ofTarget: ({ designations }) => connectionLoader(designations, designations.ofTarget, byListing),
  citingSource: ({ designations }) => connectionLoader(designations, designations.citingSource, byListing),
});
