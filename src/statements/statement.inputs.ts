import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { ActorFilter } from "../actors/actor.inputs";
import { DateRange } from "../graphql/common";
import { INPUT_NOTE } from "../graphql/mutations";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { StatementKind } from "./statement.enums";
import { Statement } from "./statement.entity";

/** Which statements to return. */
@InputType({
  description:
    "Which statements to return. Every field given narrows the result (they are ANDed); lists match any of their values: " +
    '`{ speaker: { isOfficial: true }, topics: ["topic:covert-action"] }` is statements by officials about covert action.',
})
export class StatementFilter {
  @Field(() => [ID], { nullable: true, description: "Only these statements." })
  ids?: string[] | null;

  @Field(() => [StatementKind], { nullable: true, description: "Only quotes, or only paraphrases." })
  kinds?: StatementKind[] | null;

  @Field(() => [ID], { nullable: true, description: "Only statements by these speakers." })
  speakerIds?: string[] | null;

  @Field(() => ActorFilter, { nullable: true, description: "Only statements whose speaker matches this actor filter." })
  speaker?: ActorFilter | null;

  @Field(() => [ID], { nullable: true, description: "Only statements tagged with any of these topics." })
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Only statements about any of these events." })
  about?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Only statements that mention any of these actors." })
  mentions?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Only statements reported by these sources." })
  sourceIds?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: "Only statements made in this range (by `saidOn`)." })
  saidOn?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words that must each begin a word of the text or attribution, in any case (`kor` finds Korea; full-text indexed).",
  })
  text?: string | null;
}

/** The fields statements can be sorted by. */
export const StatementOrderField = defineEnum("StatementOrderField", "The fields statements can be sorted by.", {
  SAID_ON: "By date (`saidOn`), then ID.",
});
export type StatementOrderField = EnumValue<typeof StatementOrderField>;

/** How to sort statements. */
@InputType({ description: "How to sort statements." })
export class StatementOrder extends OrderInput<StatementOrderField>(StatementOrderField, "Statement") {}

/** Arguments of a statement connection. */
@ArgsType()
export class StatementConnectionArgs extends FilteredConnectionArgs(StatementFilter, StatementOrder, "statements", "by date") {}

/** A page of statements. */
@ObjectType({ description: "A page of statements, with cursors and the total count." })
export class StatementConnection extends Connection(Statement, "Statement", "statements") {}

/** A statement to create, or the fields of one to change. */
@InputType({ description: `A statement to create, or the fields of one to change. ${INPUT_NOTE}` })
export class StatementInput {
  @Field(() => ID, { nullable: true, description: "A stable ID (`statement:…`); made from the text when left out of a create." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "What was said; a QUOTE verbatim as printed. Required." })
  text?: string | null;

  @Field(() => StatementKind, { nullable: true, description: "QUOTE or PARAPHRASE. Required." })
  kind?: StatementKind | null;

  @Field(() => String, { nullable: true, description: "When it was said: `2015-01-02`, `2014-12` or `2014`. Required." })
  saidOn?: string | null;

  @Field(() => ID, { nullable: true, description: "Who said it. Required." })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: "How the source named the speaker." })
  attribution?: string | null;

  @Field(() => ID, { nullable: true, description: "The source that reports it. Required." })
  source?: string | null;

  @Field(() => [ID], { nullable: true, description: "Its topics (replaces the list)." })
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "The events it is about (replaces the list)." })
  about?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "The actors it mentions (replaces the list)." })
  mentions?: string[] | null;
}
