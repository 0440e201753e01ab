import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { INPUT_NOTE } from "../graphql/mutations";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { DateScalar } from "../graphql/scalars";
import { ActorKind, Gender } from "./actor.enums";
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

  @Field(() => Int, {
    nullable: true,
    description: "Only actors born in this year (any of their `birthDates`; a range counts each of its years).",
  })
  birthYear?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: "Only actors of any of these nationalities (ISO 3166-1 alpha-2 codes, e.g. `KP`).",
  })
  nationalities?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words that must each begin a word of the name, aliases, title or description, in any case (`kor` finds Korea; full-text indexed).",
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

/** An actor to create, or the fields of one to change. */
@InputType({ description: `An actor to create, or the fields of one to change. ${INPUT_NOTE}` })
export class ActorInput {
  @Field(() => ID, { nullable: true, description: "A stable ID (`actor:…`); made from the name when left out of a create." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The name as commonly written. Required." })
  name?: string | null;

  @Field(() => ActorKind, { nullable: true, description: "What kind of actor this is. Required." })
  kind?: ActorKind | null;

  @Field(() => [String], { nullable: true, description: "Other names and abbreviations." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "Who or what this is." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code (`KP`)." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Position or posting." })
  title?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Speaks or acts for a government. Defaults to false." })
  isOfficial?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Not named by the source. Defaults to false." })
  isAnonymous?: boolean | null;

  @Field(() => ID, { nullable: true, description: "The actor this one belongs to." })
  affiliation?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of birth." })
  bornOn?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: "Dates of birth, each `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; replaces the stored list.",
  })
  birthDates?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Places of birth; replaces the stored list." })
  birthPlaces?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Nationalities, ISO 3166-1 alpha-2 codes; replaces the stored list." })
  nationalities?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Citizenships, ISO 3166-1 alpha-2 codes; replaces the stored list." })
  citizenships?: string[] | null;

  @Field(() => Gender, { nullable: true, description: "A person's gender." })
  gender?: Gender | null;

  @Field(() => Int, { nullable: true, description: "OFAC SDN entry number; one actor per number." })
  ofacEntryNumber?: number | null;

  @Field(() => String, { nullable: true, description: "Wikidata item ID (`Q76`)." })
  wikidataId?: string | null;

  @Field(() => [ID], { nullable: true, description: "The sources for what is recorded about the actor." })
  sources?: string[] | null;
}
