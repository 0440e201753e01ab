import { Field, ObjectType } from "type-graphql";
import { EventRelationType, RelationDirection } from "./event.enums";

/**
 * A relation between two events seen from one of them: `type` and `direction` say how the other
 * event (`event`) relates to this one. `from` and `to` give the relation as stored.
 */
@ObjectType({
  description:
    "A relation between two events, seen from the event whose `related` field is read: `event` is the other event. " +
    "Read `from <type> to`: the sanctions are a RESPONSE_TO the attack.",
})
export class EventRelation {
  @Field(() => EventRelationType, { description: "How `from` relates to `to`." })
  type: EventRelationType;

  @Field(() => RelationDirection, { description: "OUTGOING when this event is `from`, INCOMING when it is `to`." })
  direction: RelationDirection;

  /** The event the relation was read from. */
  parentId: string;
  /** The other event. */
  otherId: string;
  fromId: string;
  toId: string;
}
