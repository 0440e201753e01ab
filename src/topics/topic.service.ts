import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { inList, raw, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
import { fullTextMatch } from "../db/fulltext";
import { searchText } from "../graphql/filters";
import { Topic } from "./topic.entity";
import type { TopicFilter } from "./topic.inputs";

/** Topics: the controlled vocabulary, and the topics of statements. */
export class TopicService extends Collection<Topic, TopicFilter> {
  protected readonly from = raw("topics t");
  protected readonly alias = "t";
  protected readonly sortKeys = { NAME: [{ column: "t.name" }, { column: "t.id" }] };

  /** `Statement.topics`. */
  readonly ofStatement: Relation = {
    partition: "st.statement_id",
    from: raw("topics t JOIN statement_topics st ON st.topic_id = t.id"),
  };

  constructor(db: Database) {
    super(db, db.mapper(Topic));
  }

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<TopicFilter> = {
    ids: (ids) => inList("t.id", ids),
    text: (text) => fullTextMatch(this.db.dialect, "topics", "t", searchText(text, "filter.text")),
  };

  where(filter: TopicFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
