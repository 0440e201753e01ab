import { byIdLoader, connectionLoader, loadersOnFirstUse } from "../graphql/loaders";

const byDate = { field: "ANNOUNCED_ON" };
const byListing = { field: "LISTED_ON" };

/** The per-request loaders of sanctions and designations. */
export const createSanctionLoaders = loadersOnFirstUse({
  byId: ({ sanctions }) => byIdLoader(sanctions),
  byAuthority: ({ sanctions }) => connectionLoader(sanctions, sanctions.byAuthority, byDate),
  respondingTo: ({ sanctions }) => connectionLoader(sanctions, sanctions.respondingTo, byDate),
  citingSource: ({ sanctions }) => connectionLoader(sanctions, sanctions.citingSource, byDate),
  designationById: ({ designations }) => byIdLoader(designations),
  designationsOfSanction: ({ designations }) => connectionLoader(designations, designations.ofSanction, byListing),
  designationsOfTarget: ({ designations }) => connectionLoader(designations, designations.ofTarget, byListing),
  designationsCitingSource: ({ designations }) => connectionLoader(designations, designations.citingSource, byListing),
});
