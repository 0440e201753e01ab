import sql, { empty, join, raw, Sql } from "sql-template-tag";

export { sql, empty, join, raw, Sql };

/*
 * Hand-written SQL in Dossier is driver-neutral: unquoted snake_case identifiers that are reserved
 * in neither SQLite nor MySQL, `?` placeholders, and only functions both have (window functions
 * included: SQLite 3.25+, MariaDB 10.2+, MySQL 8).
 */

/** `(a) AND (b) AND …`; `1 = 1` for no conditions. */
export function and(conditions: Sql[]): Sql {
  return conditions.length === 0
    ? sql`1 = 1`
    : join(
        conditions.map((c) => sql`(${c})`),
        " AND ",
      );
}

/** `(a) OR (b) OR …`; `1 = 0` for no conditions. */
export function or(conditions: Sql[]): Sql {
  return conditions.length === 0
    ? sql`1 = 0`
    : join(
        conditions.map((c) => sql`(${c})`),
        " OR ",
      );
}

/**
 * `column IN (?, ?, …)`; `1 = 0` for an empty list. The list is padded (repeating its last value)
 * to the next of a few lengths — 1, 2, 4, 8, … — so that batches of any size share a handful of
 * prepared statements instead of one per length.
 */
export function inList(column: string, values: readonly (string | number)[]): Sql {
  if (values.length === 0) return sql`1 = 0`;
  const padded = [...values];
  const length = 2 ** Math.ceil(Math.log2(values.length));
  while (padded.length < length) padded.push(values[values.length - 1]);
  return sql`${raw(column)} IN (${join(padded)})`;
}

/** A boolean as both drivers store it. */
export function bool(value: boolean): number {
  return value ? 1 : 0;
}

/**
 * Case-insensitive substring match of every word of `text` against any of `columns`:
 * `"korea mining"` finds rows where both `korea` and `mining` occur. LIKE wildcards in the
 * input are escaped, so `%` and `_` match themselves.
 */
export function textMatch(columns: readonly string[], text: string): Sql {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return and(words.map((word) => or(columns.map((column) => like(column, word)))));
}

/** `LOWER(column) LIKE %word%`, case-insensitive on both drivers, with wildcards escaped. */
export function like(column: string, word: string): Sql {
  return sql`LOWER(${raw(column)}) LIKE ${`%${escapeLike(word.toLowerCase())}%`} ESCAPE '!'`;
}

/** `LOWER(column) LIKE text%`: the column starts with `text`, case-insensitively. */
export function startsWith(column: string, text: string): Sql {
  return sql`LOWER(${raw(column)}) LIKE ${`${escapeLike(text.toLowerCase())}%`} ESCAPE '!'`;
}

function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

/**
 * What a domain's service offers the others that nest its filter (statements whose speaker
 * matches an actor filter): the filter as SQL conditions over its own table's alias. Services
 * take the few of these they need, not the registry of all services.
 */
export interface FilterConditions<F> {
  where(filter: F | null | undefined): Sql[];
}

/**
 * The SQL each field of a filter adds when the filter gives it: one entry per field of the filter
 * type, so that a field added to the filter but given no condition fails to compile instead of
 * being accepted and ignored. An entry gets the field's value (never null) and the whole filter.
 */
export type ConditionsOf<F> = {
  [K in keyof Required<F>]: (value: NonNullable<F[K]>, filter: F) => Sql | readonly Sql[] | null;
};

/** A filter's conditions: those of the fields it gives, in the map's order. */
export function conditionsOf<F extends object>(filter: F | null | undefined, conditions: ConditionsOf<F>): Sql[] {
  if (!filter) return [];
  const result: Sql[] = [];
  for (const field of Object.keys(conditions) as (keyof F)[]) {
    const value = filter[field];
    if (value === null || value === undefined) continue;
    const made = conditions[field](value as NonNullable<F[keyof F]>, filter);
    if (made) result.push(...(Array.isArray(made) ? made : [made as Sql]));
  }
  return result;
}
