import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { inList, raw, type Sql } from "../db/sql";
import { fullTextMatch } from "../db/fulltext";
import { dateRangeConditions, searchText } from "../graphql/filters";
import { Source } from "./source.entity";
import type { SourceFilter } from "./source.inputs";

/** Sources: lookups, filtered pages, and the sources cited by events, sanctions and actors. */
export class SourceService extends Collection<Source, SourceFilter> {
  protected readonly from = raw("sources src");
  protected readonly alias = "src";
  protected readonly sortKeys = {
    PUBLISHED_ON: [{ column: "src.published_on", nullable: true }, { column: "src.id" }],
    TITLE: [{ column: "src.title" }, { column: "src.id" }],
  };

  /** `Event.sources`. */
  readonly citedByEvent: Relation = {
    partition: "es.event_id",
    from: raw("sources src JOIN event_sources es ON es.source_id = src.id"),
  };
  /** `Sanction.sources`. */
  readonly citedBySanction: Relation = {
    partition: "ss.sanction_id",
    from: raw("sources src JOIN sanction_sources ss ON ss.source_id = src.id"),
  };
  /** `Actor.sources`. */
  readonly citedByActor: Relation = {
    partition: "acs.actor_id",
    from: raw("sources src JOIN actor_sources acs ON acs.source_id = src.id"),
  };

  constructor(db: Database) {
    super(db, db.mapper(Source));
  }

  where(filter: SourceFilter | null | undefined): Sql[] {
    if (!filter) return [];
    const conditions: Sql[] = [];
    if (filter.ids) conditions.push(inList("src.id", filter.ids));
    if (filter.kinds) conditions.push(inList("src.kind", filter.kinds));
    if (filter.publishers) conditions.push(inList("src.publisher", filter.publishers));
    conditions.push(...dateRangeConditions("src.published_on", filter.publishedOn, "filter.publishedOn"));
    if (filter.text != null)
      conditions.push(fullTextMatch(this.db.dialect, "sources", "src", searchText(filter.text, "filter.text")));
    return conditions;
  }
}
