import { byIdLoader, connectionLoader, listLoader } from "../graphql/loaders";
import type { Services } from "../services";

/** The per-request loaders of actors. */
export function createActorLoaders({ actors }: Services) {
  return {
    byId: byIdLoader(actors),
    members: connectionLoader(actors, actors.members, { field: "NAME" }),
    mentionedInStatement: listLoader(actors, actors.mentionedInStatement, { field: "NAME" }),
    citingSource: connectionLoader(actors, actors.citingSource, { field: "NAME" }),
  };
}
