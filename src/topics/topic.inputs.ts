import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { INPUT_NOTE } from "../graphql/mutations";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { Topic } from "./topic.entity";

/** Which topics to return. */
@InputType({ description: "Which topics to return. Every field given narrows the result." })
export class TopicFilter {
  @Field(() => [ID], { nullable: true, description: "Only these topics." })
  ids?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words that must each begin a word of the name or description, in any case (`kor` finds Korea; full-text indexed).",
  })
  text?: string | null;
}

/** The fields topics can be sorted by. */
export const TopicOrderField = defineEnum("TopicOrderField", "The fields topics can be sorted by.", {
  NAME: "By name, then ID.",
});
export type TopicOrderField = EnumValue<typeof TopicOrderField>;

/** How to sort topics. */
@InputType({ description: "How to sort topics." })
export class TopicOrder extends OrderInput<TopicOrderField>(TopicOrderField, "Topic") {}

/** Arguments of a topic connection. */
@ArgsType()
export class TopicConnectionArgs extends FilteredConnectionArgs(TopicFilter, TopicOrder, "topics", "by name") {}

/** A page of topics. */
@ObjectType({ description: "A page of topics, with cursors and the total count." })
export class TopicConnection extends Connection(Topic, "Topic", "topics") {}

/** A topic to create, or the fields of one to change. */
@InputType({ description: `A topic to create, or the fields of one to change. ${INPUT_NOTE}` })
export class TopicInput {
  @Field(() => ID, { nullable: true, description: "A stable ID (`topic:…`); made from the name when left out of a create." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The term. Required." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "What the term covers." })
  description?: string | null;
}
