import type { Database } from "./database";
import type { Row } from "./rows";
import { and, inList, or, raw, sql, type Sql } from "./sql";

/*
 * Keyset ("seek") pagination over any FROM clause, on both drivers. A page is the rows after (or
 * before) the sort-key values of a cursor, so page 1,000 costs what page 1 costs: no OFFSET. The
 * same slice can be fetched for many parents in one statement (a window function numbers the rows
 * of each parent), which is how nested connections avoid one query per parent.
 */

/** One sort key: a column or expression, and whether it can be NULL (NULLs sort first ascending on both drivers). */
export interface SortKey {
  column: string;
  nullable?: boolean;
}

/** A total order: sort keys whose last ones are unique within the slice, and a direction for all of them. */
export interface Ordering {
  keys: readonly SortKey[];
  descending: boolean;
}

/** Which rows of the ordered slice to return. */
export interface Window {
  /** How many rows at most. */
  limit: number;
  /** The sort-key values of the row to start after (or before, when `backward`). */
  cursor?: readonly unknown[];
  /** Take the `limit` rows before the cursor (or the last `limit`) instead of after it. */
  backward: boolean;
}

/** The rows to page through: FROM, SELECT and WHERE. */
export interface Slice {
  /** The FROM clause, joins included: `statements s`. */
  from: Sql;
  /** The columns to return: `s.*`. */
  select: string;
  /** Conditions, ANDed. */
  where: readonly Sql[];
  /**
   * Columns of the table that drives the slice which equal sort-key columns, by sort-key column,
   * to order and seek by instead: `{ "s.said_on": "st.said_on", "s.id": "st.statement_id" }` reads
   * the statements on one topic in the order of the topic links' index (see `StatementService`).
   */
  keys?: Readonly<Record<string, string>>;
}

/** A row and the values of its sort keys (what its cursor encodes). */
export interface KeyedRow {
  row: Row;
  key: unknown[];
}

/** One page: its rows in the ordering's direction, and whether more rows lie beyond it. */
export interface Page {
  rows: KeyedRow[];
  hasMore: boolean;
}

/** Fetches one page of a slice. One SQL statement. */
export async function fetchPage(db: Database, slice: Slice, ordering: Ordering, window: Window): Promise<Page> {
  const descending = ordering.descending !== window.backward;
  const keys = sortKeysOf(slice, ordering);
  const rows = await db.query(sql`
    SELECT ${raw(slice.select)}, ${keyColumns(keys)}
    FROM ${slice.from}
    WHERE ${and([...slice.where, ...seek(keys, window.cursor, descending)])}
    ORDER BY ${orderBy(keys, descending)}
    LIMIT ${window.limit + 1}`);
  return toPage(rows, ordering, window);
}

/**
 * Fetches the same page of a slice for many parents at once — e.g. the first 10 statements of each
 * of 50 actors — in one SQL statement. `partition` is the column that holds the parent's ID.
 */
export async function fetchPages(
  db: Database,
  slice: Slice,
  partition: string,
  parentIds: readonly string[],
  ordering: Ordering,
  window: Window,
): Promise<Map<string, Page>> {
  const descending = ordering.descending !== window.backward;
  const keys = sortKeysOf(slice, ordering);
  const rows = await db.query(sql`
    SELECT * FROM (
      SELECT ${raw(slice.select)}, ${keyColumns(keys)}, ${raw(partition)} AS parent_key__,
        ROW_NUMBER() OVER (PARTITION BY ${raw(partition)} ORDER BY ${orderBy(keys, descending)}) AS rn__
      FROM ${slice.from}
      WHERE ${and([inList(partition, parentIds), ...slice.where, ...seek(keys, window.cursor, descending)])}
    ) numbered
    WHERE rn__ <= ${window.limit + 1}
    ORDER BY parent_key__, rn__`);
  const byParent = new Map<string, Row[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(String(row.parent_key__))?.push(row);
  return new Map([...byParent].map(([id, parentRows]) => [id, toPage(parentRows, ordering, window)]));
}

/** Counts the rows of a slice. */
export async function countRows(db: Database, slice: Slice): Promise<number> {
  const [row] = await db.query<{ n: number | string }>(
    sql`SELECT COUNT(*) AS n FROM ${slice.from} WHERE ${and([...slice.where])}`,
  );
  return Number(row.n);
}

/** Counts the rows of a slice for many parents at once, in one statement. */
export async function countRowsByParent(
  db: Database,
  slice: Slice,
  partition: string,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db.query<{ parent_key__: string; n: number | string }>(sql`
    SELECT ${raw(partition)} AS parent_key__, COUNT(*) AS n
    FROM ${slice.from}
    WHERE ${and([inList(partition, parentIds), ...slice.where])}
    GROUP BY ${raw(partition)}`);
  const counts = new Map<string, number>(parentIds.map((id) => [id, 0]));
  for (const row of rows) counts.set(String(row.parent_key__), Number(row.n));
  return counts;
}

/** The ordering's sort keys, read from the columns the slice drives them by (`Slice.keys`). */
function sortKeysOf(slice: Slice, ordering: Ordering): readonly SortKey[] {
  const { keys } = slice;
  if (!keys) return ordering.keys;
  return ordering.keys.map((key) => (keys[key.column] ? { ...key, column: keys[key.column] } : key));
}

function keyColumns(keys: readonly SortKey[]): Sql {
  return raw(keys.map((key, i) => `${key.column} AS k${i}__`).join(", "));
}

function orderBy(keys: readonly SortKey[], descending: boolean): Sql {
  const direction = descending ? "DESC" : "ASC";
  return raw(keys.map((key) => `${key.column} ${direction}`).join(", "));
}

/**
 * The condition "comes after the cursor in this direction":
 * `k0 > v0 OR (k0 = v0 AND k1 > v1) OR …`, with NULL handled as both drivers sort it
 * (first when ascending, last when descending).
 */
function seek(keys: readonly SortKey[], cursor: readonly unknown[] | undefined, descending: boolean): Sql[] {
  if (!cursor) return [];
  const branches = keys.map((key, i) =>
    and([...keys.slice(0, i).map((previous, j) => equals(previous, cursor[j])), beyond(key, cursor[i], descending)]),
  );
  return [or(branches)];
}

function equals(key: SortKey, value: unknown): Sql {
  return value === null ? sql`${raw(key.column)} IS NULL` : sql`${raw(key.column)} = ${value as string}`;
}

function beyond(key: SortKey, value: unknown, descending: boolean): Sql {
  const column = raw(key.column);
  if (!descending) return value === null ? sql`${column} IS NOT NULL` : sql`${column} > ${value as string}`;
  if (value === null) return sql`1 = 0`;
  return key.nullable ? sql`(${column} < ${value as string} OR ${column} IS NULL)` : sql`${column} < ${value as string}`;
}

function toPage(rows: Row[], ordering: Ordering, window: Window): Page {
  const hasMore = rows.length > window.limit;
  const kept = rows.slice(0, window.limit).map((row) => ({
    row,
    key: ordering.keys.map((_, i) => normalizeKey(row[`k${i}__`])),
  }));
  if (window.backward) kept.reverse();
  return { rows: kept, hasMore };
}

/** Sort-key values as a cursor keeps them: numbers and strings as they are, dates as ISO strings. */
function normalizeKey(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return Number(value);
  return value;
}
