import type { Dialect } from "./database";
import { and, like, or, raw, sql, textMatch, type Sql } from "./sql";

/*
 * Full-text search on both drivers. Each searchable table has a full-text index over the columns
 * its text filter reads (migration FullTextSearch1764403200000): a FULLTEXT index on MariaDB
 * (built without stopwords), an FTS5 table kept in step by triggers on SQLite. A search finds the
 * rows where every word of the text begins a word of one of the columns — `kor` finds Korea,
 * `orea` does not — in any case and with or without accents, through the index.
 */

/** The columns each table's full-text index covers. */
export const FULL_TEXT = {
  actors: ["name", "aliases", "title", "description"],
  events: ["title", "summary"],
  statements: ["text", "attribution"],
  sanctions: ["title", "legal_basis", "summary"],
  sources: ["title", "publisher"],
  topics: ["name", "description"],
  designations: ["reason"],
} as const;

/**
 * Columns a table's text filter also reads that its index cannot cover: `sanctions.program`
 * compares exactly (a binary collation), and MariaDB indexes only columns of one collation
 * together. Each word may match in them instead, checked with LIKE; these tables are small.
 */
const UNINDEXED: Partial<Record<FullTextTable, readonly string[]>> = { sanctions: ["program"] };

/** A table with a full-text index. */
export type FullTextTable = keyof typeof FULL_TEXT;

/** MariaDB indexes no word shorter than this (`innodb_ft_min_token_size`, 3 unless the server says otherwise). */
const MARIADB_MIN_TOKEN = 3;

/** What each index counts as part of a word: letters and digits; on MariaDB the underscore too. */
const WORD = {
  mysql: { split: /[^\p{L}\p{N}_]+/u, whole: /^[\p{L}\p{N}_]+$/u },
  sqlite: { split: /[^\p{L}\p{N}]+/u, whole: /^[\p{L}\p{N}]+$/u },
} as const;

/** The words of a search as the dialect's index cuts text, lower-cased. */
function indexWords(dialect: Dialect, text: string): string[] {
  return text.toLowerCase().split(WORD[dialect].split).filter(Boolean);
}

/**
 * The condition "every word of `text` occurs in one of the table's indexed columns, at the start
 * of a word", for the table under `alias`. Words of letters and digits go to the index; a word
 * the index cannot look up as it is — one with other characters (`100%`, `jong-un`), or shorter
 * than three characters on MariaDB — is also checked with LIKE, as a case-insensitive substring.
 * A text with nothing for the index scans the table.
 */
export function fullTextMatch(dialect: Dialect, table: FullTextTable, alias: string, text: string): Sql {
  const columns = FULL_TEXT[table].map((column) => `${alias}.${column}`);
  const indexable = (word: string) => dialect === "sqlite" || word.length >= MARIADB_MIN_TOKEN;
  const words = [...new Set(indexWords(dialect, text))].filter(indexable);
  const others = text
    .trim()
    .split(/\s+/)
    .filter((word) => word && !(WORD[dialect].whole.test(word) && indexable(word.toLowerCase())));
  const unindexed = (UNINDEXED[table] ?? []).map((column) => `${alias}.${column}`);
  if (unindexed.length > 0) {
    // Word by word: in the index, or in the columns it does not cover.
    return and([
      ...words.map((word) => or([indexMatch(dialect, table, columns, [word]), ...unindexed.map((column) => like(column, word))])),
      ...(others.length > 0 ? [textMatch([...columns, ...unindexed], others.join(" "))] : []),
    ]);
  }
  const conditions = others.length > 0 ? [textMatch(columns, others.join(" "))] : [];
  if (words.length === 0) return and(conditions);
  return and([indexMatch(dialect, table, columns, words), ...conditions]);
}

/** Rows whose indexed columns have every one of `words` at the start of a word. */
function indexMatch(dialect: Dialect, table: FullTextTable, columns: string[], words: string[]): Sql {
  if (dialect === "mysql") {
    // Boolean mode: `+word*` — required, as a prefix. Words hold only letters, digits and underscores, never operators.
    const against = words.map((word) => `+${word}*`).join(" ");
    return sql`MATCH(${raw(columns.join(", "))}) AGAINST (${against} IN BOOLEAN MODE)`;
  }
  // FTS5: `"word"*` — a prefix query of one quoted token each, all required.
  const fts = raw(`${table}_fts`);
  const query = words.map((word) => `"${word}"*`).join(" AND ");
  const alias = columns[0].split(".")[0];
  return sql`${raw(alias)}.rowid IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${query})`;
}
