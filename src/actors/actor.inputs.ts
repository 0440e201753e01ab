import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { ActorKind } from "./actor.enums";
import { Actor } from "./actor.entity";

/** Which actors to return. Every field narrows the result; fields left out do not. */
@InputType({
  description: "Which actors to return. Every field given narrows the result (they are ANDed); lists match any of their values.",
})
export class ActorFilter {
  @Field(() => [ID], { nullable: true, description: "Only these actors." })
  ids?: string[] | null;

  @Field(() => [ActorKind], { nullable: true, description: "Only actors of these kinds." })
  kinds?: ActorKind[] | null;

  @Field(() => [String], { nullable: true, description: "Only actors of these countries (ISO 3166-1 alpha-2 codes, e.g. `KP`)." })
  countries?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only officials (true) or only non-officials (false)." })
  isOfficial?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Only anonymous actors (true) or only named ones (false)." })
  isAnonymous?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only members of this actor (whose `affiliation` it is)." })
  affiliationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only actors with an ACTIVE designation under this program tag (`DPRK2`) or this sanction ID (`sanction:eo-13687`).",
  })
  designatedUnder?: string | null;

  @Field(() => Int, { nullable: true, description: "Only the actor with this OFAC SDN entry number." })
  ofacEntryNumber?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Case-insensitive words that must all occur in the name, aliases, title or description.",
  })
  text?: string | null;
}

/** The fields actors can be sorted by. */
export const ActorOrderField = defineEnum("ActorOrderField", "The fields actors can be sorted by.", {
  NAME: "By name, then ID.",
});
export type ActorOrderField = EnumValue<typeof ActorOrderField>;

/** How to sort actors. */
@InputType({ description: "How to sort actors." })
export class ActorOrder extends OrderInput<ActorOrderField>(ActorOrderField, "Actor") {}

/** Arguments of an actor connection. */
@ArgsType()
export class ActorConnectionArgs extends FilteredConnectionArgs(ActorFilter, ActorOrder, "actors", "by name") {}

/** A page of actors. */
@ObjectType({ description: "A page of actors, with cursors and the total count." })
export class ActorConnection extends Connection(Actor, "Actor", "actors") {}
