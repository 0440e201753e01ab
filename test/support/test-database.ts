import type { DataSource, Logger } from "typeorm";
import { createConnection } from "mysql2/promise";
import { parseDatabaseUrl, type DatabaseConfig } from "../../src/config";
import type { DataSourceOptions } from "../../src/db/data-source";
import { createDataSource, type Registry } from "../../src/domains";

/**
 * Counts the SQL statements a data source runs (TypeORM's logger sees every one), so tests can
 * show how many statements an operation costs.
 */
export class QueryCounter implements Logger {
  count = 0;
  statements: { query: string; parameters: unknown[] }[] = [];

  logQuery(query: string, parameters?: unknown[]): void {
    this.count++;
    this.statements.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Runs `work` and returns how many statements it ran. */
  async measure(work: () => Promise<unknown>): Promise<number> {
    const before = this.count;
    await work();
    return this.count - before;
  }
}

/** Which database the suite runs on: SQLite in memory by default, MariaDB/MySQL when DATABASE_URL says so. */
export function testDatabaseConfig(): DatabaseConfig {
  const url = process.env.DATABASE_URL;
  if (!url || url.startsWith("sqlite:")) return { type: "sqlite", path: ":memory:" };
  const config = parseDatabaseUrl(url);
  if (config.type !== "mysql") throw new Error("unreachable");
  // One database per Jest worker, so parallel test files never share tables.
  return { ...config, database: `${config.database}_${process.env.JEST_WORKER_ID ?? "1"}` };
}

/** True when the suite runs against MariaDB/MySQL. */
export const onMysql = testDatabaseConfig().type === "mysql";

/**
 * A fresh, empty, migrated database for one test file: an in-memory SQLite database, or a
 * MariaDB database dropped and created anew. Tests use the real migrations, never `synchronize`.
 */
export async function createTestDataSource(
  options: {
    counter?: QueryCounter;
    migrate?: boolean;
    /** The domains to map: the hub's by default. */
    registry?: Registry;
    /** Migrations after the hub's (a fixture domain's table). */
    extraMigrations?: DataSourceOptions["extraMigrations"];
  } = {},
): Promise<DataSource> {
  const config = testDatabaseConfig();
  if (config.type === "mysql") {
    const connection = await createConnection({
      host: config.host,
      port: config.port,
      user: config.username,
      password: config.password,
    });
    try {
      await connection.query(`DROP DATABASE IF EXISTS \`${config.database}\``);
      // latin1, the default of a stock MariaDB: the migrations must set utf8mb4 themselves, and the
      // quotes' curly apostrophes and dashes prove that they do.
      await connection.query(`CREATE DATABASE \`${config.database}\` CHARACTER SET latin1`);
    } finally {
      await connection.end();
    }
  }
  const dataSource = await createDataSource(
    config,
    { logger: options.counter, extraMigrations: options.extraMigrations },
    options.registry,
  ).initialize();
  if (options.migrate !== false) await dataSource.runMigrations({ transaction: "each" });
  return dataSource;
}
