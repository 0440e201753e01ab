import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../actors/actor.entity";
import { joined } from "../db/collection";
import type { Context } from "../graphql/context";
import { EventParticipant } from "./event-participant.entity";
import { Event } from "./event.entity";

/** The two ends of a participation. */
@Resolver(() => EventParticipant)
export class EventParticipantResolver {
  @FieldResolver(() => Actor, { description: "The actor taking part." })
  actor(@Root() participant: EventParticipant, @Ctx() { loaders }: Context) {
    const actor = joined<Actor>(participant, "actor");
    return actor !== undefined ? actor : loaders.actors.byId.load(participant.actorId);
  }

  @FieldResolver(() => Event, { description: "The event taken part in." })
  event(@Root() participant: EventParticipant, @Ctx() { loaders }: Context) {
    const event = joined<Event>(participant, "event");
    return event !== undefined ? event : loaders.events.byId.load(participant.eventId);
  }
}
