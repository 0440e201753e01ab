import { Actor } from "../actors/actor.entity";
import { Collection, joined, type Join, type Relation, type Shape } from "../db/collection";
import type { Slice } from "../db/keyset";
import type { Row } from "../db/rows";
import type { Database } from "../db/database";
import { and, type FilterConditions, inList, raw, type Sql } from "../db/sql";
import type { ActorFilter } from "../actors/actor.inputs";
import { EventParticipant } from "./event-participant.entity";
import { Event } from "./event.entity";
import type { EventFilter, ParticipantFilter } from "./event.inputs";

/**
 * Participations: who took part in which event, in which role. Rows are read with their actor
 * (`a`) and event (`e`) joined, so filters and orderings can use either, and the participation's
 * `actor` and `event` fields are read from the same row: a selection that asks for them joins
 * their columns, and a read without a selection (`shape`) joins them whole.
 */
export class ParticipantService extends Collection<EventParticipant, ParticipantFilter> {
  /** The participations joined with their actors and events. */
  readonly joined = raw("event_participants p JOIN actors a ON a.id = p.actor_id JOIN events e ON e.id = p.event_id");
  protected readonly from = this.joined;
  protected readonly alias = "p";
  protected readonly sortKeys = {
    // Within one event: by role, then the actor's name.
    ROLE: [{ column: "p.role" }, { column: "a.name" }, { column: "p.actor_id" }],
    // Within one actor: by the event's date.
    EVENT_DATE: [{ column: "e.occurred_on" }, { column: "p.event_id" }, { column: "p.role" }],
  };

  protected override readonly joins: Record<string, Join>;

  /** `Event.participants`. */
  readonly ofEvent: Relation = { partition: "p.event_id" };
  /** `Actor.events`. */
  readonly ofActor: Relation = { partition: "p.actor_id" };

  constructor(
    db: Database,
    private readonly related: { actors: FilterConditions<ActorFilter>; events: FilterConditions<Partial<EventFilter>> },
  ) {
    super(db, db.mapper(EventParticipant));
    this.joins = { actor: { alias: "a", mapper: db.mapper(Actor) }, event: { alias: "e", mapper: db.mapper(Event) } };
  }

  /** A participation with its actor and event as fields, from the records joined into its row. */
  override toNode(row: Row): EventParticipant {
    const node = super.toNode(row);
    node.actor = joined<Actor>(node, "actor") ?? undefined;
    node.event = joined<Event>(node, "event") ?? undefined;
    return node;
  }

  /** The selection's shape; without one, every column of the actor and the event too. */
  protected override shaped(slice: Slice, shape: Shape | undefined): Slice {
    return super.shaped(slice, shape ?? { include: this.joinable });
  }

  where(filter: ParticipantFilter | null | undefined): Sql[] {
    if (!filter) return [];
    const conditions: Sql[] = [];
    if (filter.roles) conditions.push(inList("p.role", filter.roles));
    if (filter.actorIds) conditions.push(inList("p.actor_id", filter.actorIds));
    if (filter.eventIds) conditions.push(inList("p.event_id", filter.eventIds));
    conditions.push(...this.related.actors.where(filter.actor));
    conditions.push(...this.related.events.where(filter.event));
    return conditions;
  }

  /** The filter as one condition over `joined`, for other domains' subqueries. */
  conditions(filter: ParticipantFilter): Sql {
    return and(this.where(filter));
  }
}
