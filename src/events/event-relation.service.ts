import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import type { Row } from "../db/rows";
import { type FilterConditions, inList, raw, sql, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
import { EventRelation } from "./event-relation.type";
import type { EventFilter, EventRelationFilter } from "./event.inputs";
import { EventRelationType, RelationDirection } from "./event.enums";

/**
 * Relations between events, read from either end: each stored relation appears once as OUTGOING
 * under its `from` event and once as INCOMING under its `to` event.
 */
export class EventRelationService extends Collection<EventRelation, EventRelationFilter> {
  protected readonly from = raw(`(
      SELECT r.from_id AS parent_id, r.to_id AS other_id, r.from_id, r.to_id, r.type, 'OUTGOING' AS direction FROM event_relations r
      UNION ALL
      SELECT r.to_id AS parent_id, r.from_id AS other_id, r.from_id, r.to_id, r.type, 'INCOMING' AS direction FROM event_relations r
    ) rel JOIN events e ON e.id = rel.other_id`);
  protected readonly alias = "rel";
  protected readonly sortKeys = {
    OTHER_EVENT_DATE: [
      { column: "e.occurred_on" },
      { column: "rel.other_id" },
      { column: "rel.type" },
      { column: "rel.direction" },
    ],
  };

  /** `Event.related`. */
  readonly ofEvent: Relation = { partition: "rel.parent_id" };

  constructor(
    db: Database,
    private readonly related: { events: FilterConditions<Partial<EventFilter>> },
  ) {
    super(db, {
      fromRow: (row: Row) =>
        Object.assign(new EventRelation(), {
          parentId: String(row.parent_id),
          otherId: String(row.other_id),
          fromId: String(row.from_id),
          toId: String(row.to_id),
          type: row.type as EventRelationType,
          direction: row.direction as RelationDirection,
        }),
    });
  }

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<EventRelationFilter> = {
    types: (types) => inList("rel.type", types),
    direction: (direction) => sql`rel.direction = ${direction}`,
    event: (event) => this.related.events.where(event),
  };

  where(filter: EventRelationFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
