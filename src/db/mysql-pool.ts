import { createPool, type Pool } from "mysql2";
import type { DatabaseConfig } from "../config";
import { type PoolFigures, poolFigures } from "./mysql2-internals";

/** A MySQL/MariaDB database's address, as the configuration gives it. */
export type MysqlConfig = Extract<DatabaseConfig, { type: "mysql" }>;

/**
 * How every connection to MySQL/MariaDB talks, TypeORM's and the hub's own alike, so that a row
 * reads the same whichever pool fetched it.
 */
export const MYSQL_SESSION = {
  charset: "utf8mb4_unicode_ci",
  // Datetimes in UTC; dates stay `YYYY-MM-DD` strings end to end instead of JS Dates shifted by
  // the local zone; datetimes come as UTC Dates, built by mysql2 straight from the binary protocol.
  timezone: "Z",
  dateStrings: ["DATE" as const],
  // mysql2 captures a stack trace for every query unless told not to (8–25% of the throughput,
  // measured: bench/README.md, "Before the benchmarks").
  trace: false,
  // A database that cannot be reached must fail requests fast (DATABASE_UNAVAILABLE), not hold them.
  connectTimeout: 2000,
};

/** The connections each pool opens at most. */
export const POOL_SIZE = 10;

/** Prepared statements each connection keeps at most (the server allows 16,382 in all). */
export const MAX_PREPARED_STATEMENTS = 200;

/**
 * A pool of connections of the hub's own to one MySQL/MariaDB server, made from the configuration:
 * the hub's reads go through it as prepared statements (`execute`), and a read replica gets one of
 * its own (issue 19). Connections open on first use; `end` closes them.
 */
export class MysqlPool {
  private readonly pool: Pool;

  constructor(
    readonly config: MysqlConfig,
    options: { connectionLimit?: number } = {},
  ) {
    this.pool = createPool({
      host: config.host,
      port: config.port,
      user: config.username,
      password: config.password,
      database: config.database,
      ...MYSQL_SESSION,
      // As TypeORM's pool reads them: BIGINT (COUNT(*)) as strings, objects as text.
      supportBigNumbers: true,
      bigNumberStrings: true,
      stringifyObjects: true,
      connectionLimit: options.connectionLimit ?? POOL_SIZE,
      maxPreparedStatements: MAX_PREPARED_STATEMENTS,
    });
  }

  /** Runs one statement as a prepared statement and returns its rows. */
  execute<R>(sql: string, values: unknown[]): Promise<R[]> {
    return new Promise((resolve, reject) =>
      this.pool.execute(sql, values as never[], (error, rows) => (error ? reject(error) : resolve(rows as R[]))),
    );
  }

  /** How many connections it has open, idle and waited for, and its limit. */
  figures(): PoolFigures {
    return poolFigures(this.pool);
  }

  private ended: Promise<void> | undefined;

  /** Closes every connection (in-flight statements finish first); once, however often it is called. */
  end(): Promise<void> {
    this.ended ??= new Promise((resolve, reject) => this.pool.end((error) => (error ? reject(error) : resolve())));
    return this.ended;
  }
}
