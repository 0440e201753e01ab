import type { DataSource, ObjectLiteral } from "typeorm";
import { type EntityClass, type Row, RowMapper } from "./rows";
import type { Sql } from "./sql";
import { type MysqlPool, mysqlPoolOf } from "./typeorm-internals";

/** Which SQL engine the hub talks to. */
export type Dialect = "sqlite" | "mysql";

/**
 * The hub's handle on its database: runs parameterised SQL built with `sql` and maps rows to
 * entities. Services own their queries and go through this one door, so statements are easy to
 * count, log and, later, prepare.
 */
export class Database {
  private readonly mappers = new Map<Function, RowMapper<ObjectLiteral>>();

  constructor(readonly dataSource: DataSource) {}

  /** The SQL engine behind the data source. */
  get dialect(): Dialect {
    return this.dataSource.options.type === "better-sqlite3" ? "sqlite" : "mysql";
  }

  /**
   * Runs one statement and returns its rows. On MariaDB/MySQL it goes straight to mysql2 as a
   * prepared statement (`execute`): parsed once per connection, values sent in the binary
   * protocol, no per-query work in TypeORM (10–20% per request: bench/README.md, "Before the benchmarks"). `inList` pads
   * its lists to a few lengths so the number of distinct statements stays small.
   */
  async query<R = Row>(statement: Sql): Promise<R[]> {
    const pool = this.preparingPool();
    if (pool) {
      // TypeORM's logger sees these statements as it sees its own (LOG_SQL, the tests' counter).
      const logger = this.dataSource.logger;
      logger.logQuery(statement.sql, statement.values);
      return new Promise((resolve, reject) =>
        pool.execute(statement.sql, statement.values, (error, rows) => {
          if (!error) return resolve(rows as R[]);
          logger.logQueryError(error, statement.sql, statement.values);
          reject(error);
        }),
      );
    }
    return this.dataSource.query(statement.sql, statement.values);
  }

  private pool: MysqlPool | null | undefined;

  /** mysql2's pool behind TypeORM's MySQL driver; null for SQLite (better-sqlite3 prepares and caches statements itself). */
  private preparingPool(): MysqlPool | null {
    if (this.pool === undefined) this.pool = mysqlPoolOf(this.dataSource) ?? null;
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
