import { Entity, PrimaryColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { ParticipantRole } from "./event.enums";

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
}
