import { Actor } from "../actors/actor.entity";
import { Collection, joined, type Join, type Relation, type Shape } from "../db/collection";
import type { Slice } from "../db/keyset";
import type { Row } from "../db/rows";
import type { Database } from "../db/database";
import { and, type FilterConditions, inList, raw, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
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

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<ParticipantFilter> = {
    roles: (roles) => inList("p.role", roles),
    actorIds: (ids) => inList("p.actor_id", ids),
    eventIds: (ids) => inList("p.event_id", ids),
    actor: (actor) => this.related.actors.where(actor),
    event: (event) => this.related.events.where(event),
  };

  where(filter: ParticipantFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }

  /** The filter as one condition over `joined`, for other domains' subqueries. */
  conditions(filter: ParticipantFilter): Sql {
    return and(this.where(filter));
  }
}
