import { byIdLoader, connectionLoader, listLoader, loadersOnFirstUse } from "../graphql/loaders";

/** The per-request loaders of actors. */
export const createActorLoaders = loadersOnFirstUse({
  byId: ({ actors }) => byIdLoader(actors),
  members: ({ actors }) => connectionLoader(actors, actors.members, { field: "NAME" }),
  mentionedInStatement: ({ actors }) => listLoader(actors, actors.mentionedInStatement, { field: "NAME" }),
  citingSource: ({ actors }) => connectionLoader(actors, actors.citingSource, { field: "NAME" }),
});
