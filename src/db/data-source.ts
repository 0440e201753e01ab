import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions as DataSourceConfiguration, type Logger, type MigrationInterface } from "typeorm";
import type { DatabaseConfig } from "../config";
import { MIGRATIONS } from "./migrations";
import { MAX_PREPARED_STATEMENTS, MYSQL_SESSION, type MysqlConfig, POOL_SIZE } from "./mysql-pool";

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
    ...MYSQL_SESSION,
    extra: { connectionLimit: POOL_SIZE, maxPreparedStatements: MAX_PREPARED_STATEMENTS },
  });
}

/** Whether a data source talks to MySQL/MariaDB. */
export function isMysql(dataSource: DataSource): boolean {
  return ["mysql", "mariadb"].includes(String(dataSource.options.type));
}

/** The address of the MySQL/MariaDB database a data source talks to (from its options, as the configuration gave them). */
export function mysqlConfigOf(dataSource: DataSource): MysqlConfig {
  const options = dataSource.options as { host?: string; port?: number; username?: string; password?: string; database?: string };
  return {
    type: "mysql",
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 3306,
    username: options.username ?? "root",
    password: options.password ?? "",
    database: options.database ?? "",
  };
}
