import type { DataSource } from "typeorm";

/*
 * The one place that reads past TypeORM's and mysql2's public APIs, each read checked by
 * test/architecture/library-internals.test.ts, which fails on an upgrade that moves them:
 *
 * - TypeORM's MySQL driver keeps its mysql2 pool in `driver.pool` (with TypeORM's `replication`
 *   option it has a `poolCluster` instead, and none of this applies: read replicas will get pools of
 *   the hub's own, issue 19);
 * - mysql2's pool keeps its connections in `_allConnections`, `_freeConnections` and
 *   `_connectionQueue`, which the metrics read as gauges.
 */

/** The part of mysql2's pool the hub uses: prepared statements, and the figures it reports. */
export interface MysqlPool {
  execute(sql: string, values: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

/** Whether a data source talks to MySQL/MariaDB (whose driver keeps a mysql2 pool). */
export function isMysql(dataSource: DataSource): boolean {
  return ["mysql", "mariadb"].includes(String(dataSource.options.type));
}

/** mysql2's pool behind a TypeORM data source on MySQL/MariaDB; undefined on SQLite. */
export function mysqlPoolOf(dataSource: DataSource): MysqlPool | undefined {
  if (!isMysql(dataSource)) return undefined;
  const pool = (dataSource.driver as unknown as { pool?: MysqlPool }).pool;
  return pool && typeof pool.execute === "function" ? pool : undefined;
}

/** How many connections a pool has, how many are idle, how many requests wait, and its limit. */
export function poolFigures(pool: MysqlPool): { total: number; free: number; queued: number; limit: number } {
  return {
    total: pool._allConnections?.length ?? 0,
    free: pool._freeConnections?.length ?? 0,
    queued: pool._connectionQueue?.length ?? 0,
    limit: pool.config?.connectionLimit ?? 0,
  };
}
