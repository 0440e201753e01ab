import { Actor } from "../actors/actor.entity";
import { Collection, type Join, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import type { Slice } from "../db/keyset";
import { and, type FilterConditions, inList, raw, sql, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
import type { ActorFilter } from "../actors/actor.inputs";
import { fullTextMatch } from "../db/fulltext";
import { monthOf } from "../graphql/facets";
import { dateRangeConditions, searchText } from "../graphql/filters";
import { Source } from "../sources/source.entity";
import { Statement } from "./statement.entity";
import type { StatementFilter } from "./statement.inputs";

/** Statements: lookups, filtered pages, and statements by, about or mentioning something. */
export class StatementService extends Collection<Statement, StatementFilter> {
  protected readonly from = raw("statements s");
  protected readonly alias = "s";
  protected readonly sortKeys = { SAID_ON: [{ column: "s.said_on" }, { column: "s.id" }] };

  protected override readonly joins: Record<string, Join>;

  /** `Actor.statements`. */
  readonly bySpeaker: Relation = { partition: "s.speaker_id" };
  /** `Source.statements`. */
  readonly bySource: Relation = { partition: "s.source_id" };
  /** `Actor.mentionedIn`. */
  readonly mentioning: Relation = {
    partition: "sm.actor_id",
    from: raw("statements s JOIN statement_mentions sm ON sm.statement_id = s.id"),
  };
  /** `Event.statements`. */
  readonly aboutEvent: Relation = {
    partition: "se.event_id",
    from: raw("statements s JOIN statement_events se ON se.statement_id = s.id"),
  };
  /** What `statementFacets` counts by. */
  readonly facets = {
    speaker: { key: "s.speaker_id" },
    topic: { key: "ft.topic_id", join: raw("JOIN statement_topics ft ON ft.statement_id = s.id") },
    month: { key: monthOf("s.said_on") },
  };

  /** `Topic.statements`. */
  readonly onTopic: Relation = {
    partition: "st.topic_id",
    from: raw("statements s JOIN statement_topics st ON st.statement_id = s.id"),
  };

  constructor(
    db: Database,
    private readonly related: { actors: FilterConditions<ActorFilter> },
  ) {
    super(db, db.mapper(Statement));
    this.joins = {
      speaker: {
        alias: "j_speaker",
        clause: raw("JOIN actors j_speaker ON j_speaker.id = s.speaker_id"),
        mapper: db.mapper(Actor),
      },
      source: { alias: "j_source", clause: raw("JOIN sources j_source ON j_source.id = s.source_id"), mapper: db.mapper(Source) },
    };
  }

  /**
   * Statements on one topic are read through that topic's links, which carry each statement's date
   * (`statement_topics.said_on`, kept by triggers): their (topic_id, said_on, statement_id) index
   * hands them out in date order, so a page stops after its rows instead of fetching and sorting
   * every statement on the topic. Under a parent (`Actor.statements`) the parent's index leads.
   */
  protected override slice(filter: StatementFilter | null | undefined, relation?: Relation): Slice {
    if (relation || filter?.topics?.length !== 1) return super.slice(filter, relation);
    const { topics, saidOn, ...rest } = filter;
    return {
      from: raw("statement_topics st JOIN statements s ON s.id = st.statement_id"),
      select: "s.*",
      where: [
        sql`st.topic_id = ${topics[0]}`,
        ...dateRangeConditions("st.said_on", saidOn, "filter.saidOn"),
        ...this.where(rest),
      ],
      keys: { "s.said_on": "st.said_on", "s.id": "st.statement_id" },
    };
  }

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<StatementFilter> = {
    ids: (ids) => inList("s.id", ids),
    kinds: (kinds) => inList("s.kind", kinds),
    speakerIds: (ids) => inList("s.speaker_id", ids),
    speaker: (speaker) => sql`s.speaker_id IN (SELECT a.id FROM actors a WHERE ${and(this.related.actors.where(speaker))})`,
    topics: (topics, { saidOn }) => {
      // The links carry the statements' dates: a date range narrows the links read, too.
      const links = [inList("x.topic_id", topics), ...dateRangeConditions("x.said_on", saidOn, "filter.saidOn")];
      return sql`s.id IN (SELECT x.statement_id FROM statement_topics x WHERE ${and(links)})`;
    },
    about: (events) => sql`s.id IN (SELECT x.statement_id FROM statement_events x WHERE ${inList("x.event_id", events)})`,
    mentions: (actors) => sql`s.id IN (SELECT x.statement_id FROM statement_mentions x WHERE ${inList("x.actor_id", actors)})`,
    sourceIds: (ids) => inList("s.source_id", ids),
    saidOn: (range) => dateRangeConditions("s.said_on", range, "filter.saidOn"),
    text: (text) => fullTextMatch(this.db.dialect, "statements", "s", searchText(text, "filter.text")),
  };

  where(filter: StatementFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
