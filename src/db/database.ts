import type { DataSource, ObjectLiteral } from "typeorm";
import { type EntityClass, type Row, RowMapper } from "./rows";
import type { Sql } from "./sql";
import { isMysql, mysqlConfigOf } from "./data-source";
import { MysqlPool } from "./mysql-pool";
import type { PoolFigures } from "./mysql2-internals";

/** Which SQL engine the hub talks to. */
export type Dialect = "sqlite" | "mysql";

/**
 * The hub's handle on its database: runs parameterised SQL built with `sql` and maps rows to
 * entities. Services own their queries and go through this one door, so statements are easy to
 * count, log and, later, prepare.
 */
export class Database {
  private readonly mappers = new Map<Function, RowMapper<ObjectLiteral>>();

  /** The hub's own pool on MySQL/MariaDB (opened on first use); none on SQLite. */
  private pool: MysqlPool | undefined;

  constructor(readonly dataSource: DataSource) {}

  /** The SQL engine behind the data source. */
  get dialect(): Dialect {
    return this.dataSource.options.type === "better-sqlite3" ? "sqlite" : "mysql";
  }

  /**
   * Runs one statement and returns its rows. On MariaDB/MySQL it goes through the hub's own mysql2
   * pool (made from the data source's configuration, not TypeORM's private one) as a prepared
   * statement (`execute`): parsed once per connection, values sent in the binary protocol, no
   * per-query work in TypeORM (10–20% per request: bench/README.md, "Before the benchmarks"). `inList` pads
   * its lists to a few lengths so the number of distinct statements stays small.
   */
  async query<R = Row>(statement: Sql): Promise<R[]> {
    const pool = this.ownPool();
    if (pool) {
      // TypeORM's logger sees these statements as it sees its own (LOG_SQL, the tests' counter).
      const logger = this.dataSource.logger;
      logger.logQuery(statement.sql, statement.values);
      try {
        return await pool.execute<R>(statement.sql, statement.values);
      } catch (error) {
        logger.logQueryError(error as Error, statement.sql, statement.values);
        throw error;
      }
    }
    return this.dataSource.query(statement.sql, statement.values);
  }

  /** The figures of the hub's own pool for /metrics; undefined on SQLite, which has none. */
  poolFigures(): PoolFigures | undefined {
    if (!isMysql(this.dataSource)) return undefined;
    return this.pool?.figures() ?? { total: 0, free: 0, queued: 0, limit: 0 };
  }

  /**
   * Closes the hub's own connections (not the data source's, which its owner destroys). For good:
   * a statement after it fails as one against a closed database does (DATABASE_UNAVAILABLE).
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.end();
  }

  private closed = false;

  /** The hub's own pool on MySQL/MariaDB, opened on first use; none on SQLite (better-sqlite3 prepares and caches statements itself). */
  private ownPool(): MysqlPool | undefined {
    if (!this.pool && isMysql(this.dataSource)) {
      this.pool = new MysqlPool(mysqlConfigOf(this.dataSource));
      if (this.closed) void this.pool.end(); // closed before first use: statements fail as on a closed pool
    }
    return this.pool;
  }

  /** The row mapper of an entity class, made once. */
  mapper<T extends ObjectLiteral>(entity: EntityClass<T>): RowMapper<T> {
    let mapper = this.mappers.get(entity);
    if (!mapper) {
      mapper = new RowMapper(this.dataSource, entity as EntityClass<ObjectLiteral>);
      this.mappers.set(entity, mapper);
    }
    return mapper as RowMapper<T>;
  }
}
