import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { EventRelation } from "./event-relation.type";
import { Event } from "./event.entity";

/** The events at either end of a relation. */
@Resolver(() => EventRelation)
export class EventRelationResolver {
  @FieldResolver(() => Event, { description: "The other event: not the one whose `related` field was read." })
  event(@Root() relation: EventRelation, @Ctx() { loaders }: Context) {
    return loaders.events.byId.load(relation.otherId);
  }

  @FieldResolver(() => Event, {
    description: 'The relation\'s `from` event (the sanctions, in "the sanctions RESPONSE_TO the attack").',
  })
  from(@Root() relation: EventRelation, @Ctx() { loaders }: Context) {
    return loaders.events.byId.load(relation.fromId);
  }

  @FieldResolver(() => Event, {
    description: 'The relation\'s `to` event (the attack, in "the sanctions RESPONSE_TO the attack").',
  })
  to(@Root() relation: EventRelation, @Ctx() { loaders }: Context) {
    return loaders.events.byId.load(relation.toId);
  }
}
