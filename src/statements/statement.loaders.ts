import { byIdLoader, connectionLoader, loadersOnFirstUse } from "../graphql/loaders";

const byDate = { field: "SAID_ON" };

/** The per-request loaders of statements. */
export const createStatementLoaders = loadersOnFirstUse({
  byId: ({ statements }) => byIdLoader(statements),
  bySpeaker: ({ statements }) => connectionLoader(statements, statements.bySpeaker, byDate),
  bySource: ({ statements }) => connectionLoader(statements, statements.bySource, byDate),
  mentioning: ({ statements }) => connectionLoader(statements, statements.mentioning, byDate),
  aboutEvent: ({ statements }) => connectionLoader(statements, statements.aboutEvent, byDate),
  onTopic: ({ statements }) => connectionLoader(statements, statements.onTopic, byDate),
});
