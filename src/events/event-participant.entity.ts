import { Entity, PrimaryColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Actor } from "../actors/actor.entity";
import { ParticipantRole } from "./event.enums";
import { Event } from "./event.entity";

/** An actor taking part in an event, with its role: the FBI as ATTRIBUTOR of the attribution. */
@Entity({ name: "event_participants" })
@ObjectType({
  description: "An actor taking part in an event, with its role (the FBI as ATTRIBUTOR of the attribution).",
})
export class EventParticipant {
  @PrimaryColumn({ name: "event_id", type: "varchar", length: 191 })
  eventId: string;

  @PrimaryColumn({ name: "actor_id", type: "varchar", length: 191 })
  actorId: string;

  @PrimaryColumn({ type: "varchar", length: 32 })
  @Field(() => ParticipantRole, { description: "The part the actor plays in the event." })
  role: ParticipantRole;

  /*
   * The two ends are read in the same statement as the participation (`ParticipantService` joins
   * them whenever they are selected), so they are plain fields: no resolver is called per
   * participant, which for thousands of participants was a good part of an answer's work.
   */

  @Field(() => Actor, { description: "The actor taking part." })
  actor?: Actor;

  @Field(() => Event, { description: "The event taken part in." })
  event?: Event;
}
