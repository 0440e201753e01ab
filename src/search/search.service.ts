import { Collection } from "../db/collection";
import type { Database } from "../db/database";
import type { Slice } from "../db/keyset";
import type { Row } from "../db/rows";
import { type FullTextTable, fullTextMatch } from "../db/fulltext";
import { join, raw, sql, startsWith, textMatch, type Sql } from "../db/sql";
import { InvalidArgumentError } from "../errors";
import { searchText } from "../graphql/filters";
import { SearchResultKind } from "./search.types";

/** What to search for: the text and the kinds of object. */
export interface SearchQuery {
  text: string;
  types?: SearchResultKind[] | null;
}

/** A search hit before its object is loaded. */
export interface SearchHit {
  kind: SearchResultKind;
  id: string;
  score: number;
}

/** Where each kind of object is searched: its table and alias, and its main column (name or title); its full-text index covers the others. */
const SEARCHED: Record<SearchResultKind, { table: FullTextTable; alias: string; main: string }> = {
  ACTOR: { table: "actors", alias: "a", main: "a.name" },
  EVENT: { table: "events", alias: "e", main: "e.title" },
  STATEMENT: { table: "statements", alias: "s", main: "s.text" },
  SANCTION: { table: "sanctions", alias: "sa", main: "sa.title" },
  SOURCE: { table: "sources", alias: "src", main: "src.title" },
  TOPIC: { table: "topics", alias: "t", main: "t.name" },
};

/**
 * Search across every kind of object: one UNION ALL of case-insensitive word matches, each hit
 * scored by where the words occur, paged best first by (score, ID) like any other collection.
 */
export class SearchService extends Collection<SearchHit, SearchQuery> {
  // The FROM clause depends on the query: see `slice`.
  protected readonly from = raw("");
  protected readonly alias = "h";
  // Sorting by the negated score keeps every key ascending: best first, then by ID.
  protected readonly sortKeys = { SCORE: [{ column: "h.hit_rank" }, { column: "h.id" }] };

  constructor(db: Database) {
    super(db, {
      fromRow: (row: Row) => ({ kind: row.kind as SearchResultKind, id: String(row.id), score: -Number(row.hit_rank) }),
    });
  }

  /** Filters apply inside each branch of the union (see `slice`). */
  where(): Sql[] {
    return [];
  }

  protected override slice(query: SearchQuery | null | undefined): Slice {
    if (!query) throw new InvalidArgumentError("`text` is required.", "text");
    const text = searchText(query.text, "text");
    const kinds = query.types ?? Object.values(SearchResultKind);
    const branches = kinds.map((kind) => {
      const { table, alias, main } = SEARCHED[kind];
      const column = raw(main);
      const lowered = text.toLowerCase();
      const hitRank = sql`0 - CASE
          WHEN LOWER(${column}) = ${lowered} THEN 100
          WHEN ${startsWith(main, text)} THEN 50
          WHEN ${textMatch([main], text)} THEN 20
          ELSE 10 END`;
      return sql`SELECT ${raw(`'${kind}'`)} AS kind, ${raw(alias)}.id AS id, ${hitRank} AS hit_rank
        FROM ${raw(`${table} ${alias}`)} WHERE ${fullTextMatch(this.db.dialect, table, alias, text)}`;
    });
    // An empty list of kinds, like any empty list in a filter, matches nothing.
    if (branches.length === 0) branches.push(sql`SELECT 'ACTOR' AS kind, a.id AS id, 0 AS hit_rank FROM actors a WHERE 1 = 0`);
    return { from: sql`(${join(branches, " UNION ALL ")}) h`, select: "h.*", where: [] };
  }
}
