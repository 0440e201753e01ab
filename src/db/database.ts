import type { DataSource, ObjectLiteral } from "typeorm";
import { type EntityClass, type Row, RowMapper } from "./rows";
import type { Sql } from "./sql";

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

  /** Runs one statement and returns its rows. */
  async query<R = Row>(statement: Sql): Promise<R[]> {
    return this.dataSource.query(statement.sql, statement.values);
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
