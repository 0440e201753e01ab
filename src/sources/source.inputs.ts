import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { DateRange } from "../graphql/common";
import { INPUT_NOTE } from "../graphql/mutations";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { DateScalar } from "../graphql/scalars";
import { SourceKind } from "./source.enums";
import { Source } from "./source.entity";

/** Which sources to return. */
@InputType({ description: "Which sources to return. Every field given narrows the result; lists match any of their values." })
export class SourceFilter {
  @Field(() => [ID], { nullable: true, description: "Only these sources." })
  ids?: string[] | null;

  @Field(() => [SourceKind], { nullable: true, description: "Only sources of these kinds." })
  kinds?: SourceKind[] | null;

  @Field(() => [String], { nullable: true, description: "Only sources from these publishers (exact names, e.g. `TheWrap`)." })
  publishers?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: "Only sources published in this range." })
  publishedOn?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words that must each begin a word of the title or publisher, in any case (`kor` finds Korea; full-text indexed).",
  })
  text?: string | null;
}

/** The fields sources can be sorted by. */
export const SourceOrderField = defineEnum("SourceOrderField", "The fields sources can be sorted by.", {
  PUBLISHED_ON: "By publication date (undated sources first when ascending), then ID.",
  TITLE: "By title, then ID.",
});
export type SourceOrderField = EnumValue<typeof SourceOrderField>;

/** How to sort sources. */
@InputType({ description: "How to sort sources." })
export class SourceOrder extends OrderInput<SourceOrderField>(SourceOrderField, "Source") {}

/** Arguments of a source connection. */
@ArgsType()
export class SourceConnectionArgs extends FilteredConnectionArgs(SourceFilter, SourceOrder, "sources", "by publication date") {}

/** A page of sources. */
@ObjectType({ description: "A page of sources, with cursors and the total count." })
export class SourceConnection extends Connection(Source, "Source", "sources") {}

/** A source to create, or the fields of one to change. */
@InputType({ description: `A source to create, or the fields of one to change. ${INPUT_NOTE}` })
export class SourceInput {
  @Field(() => ID, { nullable: true, description: "A stable ID (`source:…`); made from the title when left out of a create." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The title as published. Required." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Who published it. Required." })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "Where it can be read." })
  url?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When it was published." })
  publishedOn?: Date | null;

  @Field(() => SourceKind, { nullable: true, description: "What kind of document it is. Required." })
  kind?: SourceKind | null;
}
