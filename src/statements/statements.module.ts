import type { DomainModule } from "../domain-module";
import { statementRecords } from "./statement.writer";
import { StatementEvent, StatementMention, StatementTopic } from "./statement-links.entity";
import { Statement } from "./statement.entity";
import { StatementFacetsResolver } from "./statement.facets";
import { createStatementLoaders } from "./statement.loaders";
import { StatementResolver } from "./statement.resolver";
import { StatementService } from "./statement.service";

/** Statements: who said what, when, about which events and topics, and whom they mention. */
export const statementsModule = {
  name: "statements",
  entities: [Statement, StatementTopic, StatementEvent, StatementMention],
  resolvers: [StatementResolver, StatementFacetsResolver],
  services: (db, services) => ({ statements: new StatementService(db, services) }),
  loaders: (services) => ({ statements: createStatementLoaders(services) }),
  exports: [{ name: "statements", entity: Statement, order: "SAID_ON", service: (services) => services.statements }],
  nodes: [
    {
      prefix: "statement",
      type: Statement,
      service: (services) => services.statements,
      byId: (loaders) => loaders.statements.byId,
    },
  ],
  writer: statementRecords,
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    statements: StatementService;
  }
  interface Loaders {
    statements: ReturnType<typeof createStatementLoaders>;
  }
}
