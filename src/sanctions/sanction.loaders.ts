import { byIdLoader, connectionLoader } from "../graphql/loaders";
import type { Services } from "../services";

/** The per-request loaders of sanctions and designations. */
export function createSanctionLoaders({ sanctions, designations }: Services) {
  const byDate = { field: "ANNOUNCED_ON" };
  const byListing = { field: "LISTED_ON" };
  return {
    byId: byIdLoader(sanctions),
    byAuthority: connectionLoader(sanctions, sanctions.byAuthority, byDate),
    respondingTo: connectionLoader(sanctions, sanctions.respondingTo, byDate),
    citingSource: connectionLoader(sanctions, sanctions.citingSource, byDate),
    designationById: byIdLoader(designations),
    designationsOfSanction: connectionLoader(designations, designations.ofSanction, byListing),
    designationsOfTarget: connectionLoader(designations, designations.ofTarget, byListing),
    designationsCitingSource: connectionLoader(designations, designations.citingSource, byListing),
  };
}
