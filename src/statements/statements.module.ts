import type { DomainModule } from "../domain-module";
import { StatementEvent, StatementMention, StatementTopic } from "./statement-links.entity";
import { Statement } from "./statement.entity";
import type { createStatementLoaders } from "./statement.loaders";
import type { StatementService } from "./statement.service";

/** Statements: who said what, when, about which events and topics, and whom they mention. */
export const statementsModule: DomainModule = {
  name: "statements",
  entities: [Statement, StatementTopic, StatementEvent, StatementMention],
};

declare module "../graphql/context" {
  interface Services {
    statements: StatementService;
  }
  interface Loaders {
    statements: ReturnType<typeof createStatementLoaders>;
  }
}
