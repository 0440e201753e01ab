import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { inList, raw, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
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

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<SourceFilter> = {
    ids: (ids) => inList("src.id", ids),
    kinds: (kinds) => inList("src.kind", kinds),
    publishers: (publishers) => inList("src.publisher", publishers),
    publishedOn: (range) => dateRangeConditions("src.published_on", range, "filter.publishedOn"),
    text: (text) => fullTextMatch(this.db.dialect, "sources", "src", searchText(text, "filter.text")),
  };

  where(filter: SourceFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
