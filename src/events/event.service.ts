import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { inList, raw, sql, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
import { fullTextMatch } from "../db/fulltext";
import { monthOf } from "../graphql/facets";
import { countryCodes, dateRangeConditions, searchText } from "../graphql/filters";
import { Event } from "./event.entity";
import type { EventFilter, ParticipantFilter } from "./event.inputs";

/** Events: lookups, filtered pages, and the events that statements and sanctions are about. */
export class EventService extends Collection<Event, EventFilter> {
  protected readonly from = raw("events e");
  protected readonly alias = "e";
  protected readonly sortKeys = {
    OCCURRED_ON: [{ column: "e.occurred_on" }, { column: "e.id" }],
    TITLE: [{ column: "e.title" }, { column: "e.id" }],
  };

  /** What `eventFacets` counts by. */
  readonly facets = { type: { key: "e.type" }, month: { key: monthOf("e.occurred_on") } };

  /** `Statement.about`. */
  readonly aboutStatement: Relation = {
    partition: "se.statement_id",
    from: raw("events e JOIN statement_events se ON se.event_id = e.id"),
  };
  /** `Sanction.respondsTo`. */
  readonly respondedToBySanction: Relation = {
    partition: "sae.sanction_id",
    from: raw("events e JOIN sanction_events sae ON sae.event_id = e.id"),
  };
  /** `Source.events`. */
  readonly citingSource: Relation = {
    partition: "es.source_id",
    from: raw("events e JOIN event_sources es ON es.event_id = e.id"),
  };

  constructor(
    db: Database,
    private readonly related: { participants: { joined: Sql; conditions(filter: ParticipantFilter): Sql } },
  ) {
    super(db, db.mapper(Event));
  }

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<EventFilter> = {
    ids: (ids) => inList("e.id", ids),
    types: (types) => inList("e.type", types),
    occurredOn: (range) => dateRangeConditions("e.occurred_on", range, "filter.occurredOn"),
    countries: (countries) => inList("e.country", countryCodes(countries, "filter.countries")),
    participant: (participant) => {
      const participants = this.related.participants;
      return sql`e.id IN (SELECT p.event_id FROM ${participants.joined} WHERE ${participants.conditions(participant)})`;
    },
    text: (text) => fullTextMatch(this.db.dialect, "events", "e", searchText(text, "filter.text")),
  };

  where(filter: Partial<EventFilter> | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
