import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { Topic } from "./topic.entity";

/** Which topics to return. */
@InputType({ description: "Which topics to return. Every field given narrows the result." })
export class TopicFilter {
  @Field(() => [ID], { nullable: true, description: "Only these topics." })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive words that must all occur in the name or description." })
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
