import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions as DataSourceConfiguration, type Logger, type MigrationInterface } from "typeorm";
import type { DatabaseConfig } from "../config";
import { MIGRATIONS } from "./migrations";

/** Options for `createDataSource` beyond the database's address. */
export interface DataSourceOptions {
  /** A TypeORM logger, e.g. one that counts statements in tests. Defaults to none. */
  logger?: Logger;
  /** Log every SQL statement to the console. Defaults to false. */
  logSql?: boolean;
  /** Migrations to run after the hub's own (a test's fixture domain brings its table so). Defaults to none. */
  extraMigrations?: readonly (new () => MigrationInterface)[];
}

/**
 * Creates (does not connect) a TypeORM data source for SQLite or MySQL/MariaDB over the given
 * entities (the hub's are listed by its domains: `createDataSource` in src/domains.ts). Migrations
 * are registered, never `synchronize`: the schema changes only through `dossier migrate`.
 */
export function newDataSource(
  database: DatabaseConfig,
  entities: readonly (abstract new (...args: never[]) => object)[],
  options: DataSourceOptions = {},
): DataSource {
  const common = {
    entities: [...entities] as DataSourceConfiguration["entities"],
    migrations: [...MIGRATIONS, ...(options.extraMigrations ?? [])],
    migrationsTableName: "migrations",
    synchronize: false,
    logger: options.logger ?? (options.logSql ? ("advanced-console" as const) : undefined),
    // Without LOG_SQL, TypeORM prints nothing: its console lines are not JSON and name the
    // parameters of a failed query (an API key's hash among them). A failure reaches the caller,
    // and the hub logs it as JSON, parameters withheld.
    logging: options.logger || options.logSql ? ["query" as const, "error" as const] : false,
  };
  if (database.type === "sqlite") {
    if (database.path !== ":memory:") fs.mkdirSync(path.dirname(database.path), { recursive: true });
    return new DataSource({
      ...common,
      type: "better-sqlite3",
      database: database.path,
      // WAL lets readers go on while a writer commits; the hub is the only writer.
      enableWAL: database.path !== ":memory:",
      statementCacheSize: 500,
    });
  }
  return new DataSource({
    ...common,
    type: "mysql",
    host: database.host,
    port: database.port,
    username: database.username,
    password: database.password,
    database: database.database,
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    // Dates stay `YYYY-MM-DD` strings end to end instead of JS Dates shifted by the local zone;
    // datetimes come as UTC Dates, built by mysql2 straight from the binary protocol.
    dateStrings: ["DATE"],
    // mysql2 captures a stack trace for every query unless told not to (8–25% of the throughput, measured: bench/README.md, "Before the benchmarks").
    trace: false,
    // A database that cannot be reached must fail requests fast (DATABASE_UNAVAILABLE), not hold them.
    connectTimeout: 2000,
    // Each connection keeps at most 200 prepared statements (the server allows 16,382 in all).
    extra: { connectionLimit: 10, maxPreparedStatements: 200 },
  });
}
