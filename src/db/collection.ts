import type { ObjectLiteral } from "typeorm";
import type { Database } from "./database";
import { countRows, countRowsByParent, fetchPage, fetchPages, type Ordering, type Page, type Slice, type Window } from "./keyset";
import type { Row, RowMapper } from "./rows";
import { and, empty, inList, raw, sql, type Sql } from "./sql";

/**
 * How a child collection hangs off a parent: the column holding the parent's ID and, when the
 * link goes through a join table, the FROM clause with that join. `Actor.statements` is
 * `{ partition: "s.speaker_id" }`; `Actor.mentionedIn` joins `statement_mentions`.
 */
export interface Relation {
  partition: string;
  from?: Sql;
}

/**
 * A record a row can bring along in the same statement: the many-to-one `participant.actor` or
 * `statement.speaker`, read with its parent when the query selects it (see `selecting`).
 */
export interface Join {
  /** The joined table's alias. */
  alias: string;
  /** The JOIN clause that brings it in; none when the collection's FROM joins it already. */
  clause?: Sql;
  /** Builds the joined record from its columns. */
  mapper: RowMapper<ObjectLiteral>;
}

const JOINED = Symbol("joined");

/**
 * The record joined into `record` under `field`: the record, `null` when the join found none, or
 * `undefined` when it was not joined (load it the usual way).
 */
export function joined<T>(record: object, field: string): T | null | undefined {
  return (record as { [JOINED]?: Record<string, T | null> })[JOINED]?.[field];
}

/** Turns a row of a collection into its node; a `RowMapper` for entity tables. */
export interface NodeMapper<T> {
  /** The table `findByIds` reads; none for collections that are not one table (search hits, the timeline). */
  readonly table?: string;
  fromRow(row: Row): T;
  /** The columns a selection reads (see `RowMapper.columnsFor`); every column when absent. */
  columnsFor?(fields: ReadonlyMap<string, boolean>): string[] | undefined;
}

/**
 * What a page's rows bring beyond the filter: the joins named in `include` and, when given, only
 * `columns` of the collection's own table (every column otherwise).
 */
export interface Shape {
  include?: readonly string[];
  columns?: readonly string[];
  /** The columns of each join in `include` to read; every column of a join not named. */
  joinColumns?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The queries every domain table needs — by ID, by filter in keyset pages, for many parents at
 * once, counted — written once. A domain service extends it with its table, its filter and its
 * orderings; everything else it adds is specific to its domain.
 */
export abstract class Collection<T extends ObjectLiteral, F> {
  /** The FROM clause with the table's alias, e.g. `statements s`. */
  protected abstract readonly from: Sql;
  /** The table's alias in `from`. */
  protected abstract readonly alias: string;
  /** The orderings clients can pick, by `<FIELD>:<ASC|DESC>` ID (see `ordering`). */
  protected abstract readonly sortKeys: Record<string, Ordering["keys"]>;
  /** Turns a client's filter into SQL conditions on `alias`. */
  abstract where(filter: F | null | undefined): Sql[];
  /** The records rows can bring along, by field name (`actor`, `speaker`). */
  protected readonly joins: Record<string, Join> = {};

  constructor(
    protected readonly db: Database,
    protected readonly mapper: NodeMapper<T>,
  ) {}

  /** The names of the records rows can bring along (`joins`). */
  get joinable(): readonly string[] {
    return Object.keys(this.joins);
  }

  /** The ordering behind an ID such as `SAID_ON:DESC`; its sort keys end with the unique ID. */
  ordering(field: string, descending: boolean): { id: string; ordering: Ordering } {
    const keys = this.sortKeys[field];
    if (!keys) throw new Error(`${this.constructor.name} cannot order by ${field}`);
    return { id: `${field}:${descending ? "DESC" : "ASC"}`, ordering: { keys, descending } };
  }

  /** Builds the entity from a row of this collection's slice, with the records joined into the row. */
  toNode(row: Row): T {
    const node = this.mapper.fromRow(row);
    for (const name in this.joins) {
      const id = row[`${name}__id`];
      if (id === undefined) continue;
      const record = node as { [JOINED]?: Record<string, unknown> };
      (record[JOINED] ??= {})[name] = id === null ? null : this.joins[name].mapper.fromRow(row, `${name}__`);
    }
    return node;
  }

  /** Fetches records by ID, in the order asked, `null` where none exists; only `columns` when given. One statement. */
  async findByIds(ids: readonly string[], columns?: readonly string[]): Promise<(T | null)[]> {
    if (!this.mapper.table) throw new Error(`${this.constructor.name} has no table to look IDs up in`);
    const select = raw(columns ? columns.join(", ") : "*");
    const rows = await this.db.query(sql`SELECT ${select} FROM ${raw(this.mapper.table)} WHERE ${inList("id", ids)}`);
    const byId = new Map(rows.map((row) => [String(row.id), this.toNode(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The columns of this collection's table a selection reads; every column when `undefined`. */
  columnsFor(fields: ReadonlyMap<string, boolean>): string[] | undefined {
    return this.mapper.columnsFor?.(fields);
  }

  /** The columns of the join named `name` a selection of it reads; every column when `undefined`. */
  joinColumnsFor(name: string, fields: ReadonlyMap<string, boolean>): string[] | undefined {
    return this.joins[name]?.mapper.columnsFor(fields);
  }

  /** One page of the records matching a filter, in the given shape. */
  findPage(filter: F | null | undefined, ordering: Ordering, window: Window, shape?: Shape): Promise<Page> {
    return fetchPage(this.db, this.shaped(this.slice(filter), shape), ordering, window);
  }

  /** The same page of matching records under each of many parents, in one statement. */
  findPages(
    relation: Relation,
    parentIds: readonly string[],
    filter: F | null | undefined,
    ordering: Ordering,
    window: Window,
    shape?: Shape,
  ): Promise<Map<string, Page>> {
    const slice = this.shaped(this.slice(filter, relation), shape);
    return fetchPages(this.db, slice, relation.partition, parentIds, ordering, window);
  }

  /** How many records match a filter. */
  count(filter: F | null | undefined): Promise<number> {
    return countRows(this.db, this.slice(filter));
  }

  /** How many matching records each of many parents has, in one statement. */
  countByParent(relation: Relation, parentIds: readonly string[], filter: F | null | undefined): Promise<Map<string, number>> {
    return countRowsByParent(this.db, this.slice(filter, relation), relation.partition, parentIds);
  }

  /**
   * How many records matching a filter share each value of `facet.key`, an SQL expression over
   * the slice's tables or over `facet.join` (a JOIN clause added to them); records whose value is
   * NULL are not counted. In `order`: by count (most first, ties by value) or by value (months);
   * at most `limit` values when given. One statement.
   */
  async countBy(
    filter: F | null | undefined,
    facet: { key: string; join?: Sql },
    { order, limit }: { order: "count" | "value"; limit?: number },
  ): Promise<{ value: string; count: number }[]> {
    const slice = this.slice(filter);
    const from = facet.join ? sql`${slice.from} ${facet.join}` : slice.from;
    const key = raw(facet.key);
    const rows = await this.db.query<{ value__: unknown; n__: number | string }>(sql`
      SELECT ${key} AS value__, COUNT(*) AS n__
      FROM ${from}
      WHERE ${and([...slice.where, sql`${key} IS NOT NULL`])}
      GROUP BY ${key}
      ORDER BY ${raw(order === "count" ? "n__ DESC, value__" : "value__")}
      ${limit === undefined ? empty : sql`LIMIT ${limit}`}`);
    return rows.map((row) => ({ value: String(row.value__), count: Number(row.n__) }));
  }

  /**
   * All records under each of many parents, in one statement, for short lists that are not
   * connections (a statement's topics). Ordered by the given sort keys; only `columns` when given.
   */
  async findAllByParent(
    relation: Relation,
    parentIds: readonly string[],
    ordering: Ordering,
    columns?: readonly string[],
  ): Promise<Map<string, T[]>> {
    const slice = this.shaped(this.slice(undefined, relation), columns ? { columns } : undefined);
    const direction = ordering.descending ? "DESC" : "ASC";
    const rows = await this.db.query(sql`
      SELECT ${raw(slice.select)}, ${raw(relation.partition)} AS parent_key__
      FROM ${slice.from}
      WHERE ${and([inList(relation.partition, parentIds)])}
      ORDER BY ${raw(ordering.keys.map((key) => `${key.column} ${direction}`).join(", "))}`);
    const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get(String(row.parent_key__))?.push(this.toNode(row));
    return byParent;
  }

  /** The slice with only the shape's columns and with its joins' columns added, each as `<join>__<column>`. */
  protected shaped(slice: Slice, shape: Shape | undefined): Slice {
    const all = `${this.alias}.*`;
    const select = [
      shape?.columns && slice.select === all ? shape.columns.map((column) => `${this.alias}.${column}`).join(", ") : slice.select,
    ];
    let from = slice.from;
    for (const name of shape?.include ?? []) {
      const join = this.joins[name];
      if (!join) throw new Error(`${this.constructor.name} cannot join ${name}`);
      if (join.clause) from = sql`${from} ${join.clause}`;
      const columns = shape?.joinColumns?.[name] ?? join.mapper.columns;
      select.push(columns.map((column) => `${join.alias}.${column} AS ${name}__${column}`).join(", "));
    }
    return { ...slice, from, select: select.join(", ") };
  }

  /** The rows a filter selects, under a relation when given. */
  protected slice(filter: F | null | undefined, relation?: Relation): Slice {
    return { from: relation?.from ?? this.from, select: `${this.alias}.*`, where: this.where(filter) };
  }
}
