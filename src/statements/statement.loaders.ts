import { byIdLoader, connectionLoader } from "../graphql/loaders";
import type { Services } from "../services";

/** The per-request loaders of statements. */
export function createStatementLoaders({ statements }: Services) {
  const byDate = { field: "SAID_ON" };
  return {
    byId: byIdLoader(statements),
    bySpeaker: connectionLoader(statements, statements.bySpeaker, byDate),
    bySource: connectionLoader(statements, statements.bySource, byDate),
    mentioning: connectionLoader(statements, statements.mentioning, byDate),
    aboutEvent: connectionLoader(statements, statements.aboutEvent, byDate),
    onTopic: connectionLoader(statements, statements.onTopic, byDate),
  };
}
