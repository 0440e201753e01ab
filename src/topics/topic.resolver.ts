import type { GraphQLResolveInfo } from "graphql";
import { topicRecords } from "./topic.writer";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { Deletion } from "../graphql/mutations";
import type { Context } from "../graphql/context";
import { selecting, reload, rootConnection } from "../graphql/loaders";
import { StatementConnection, StatementConnectionArgs } from "../statements/statement.inputs";
import { Topic } from "./topic.entity";
import { TopicConnection, TopicConnectionArgs, TopicInput } from "./topic.inputs";

/** Queries for topics and the statements tagged with them. */
@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: "The topic with this ID, or null if there is none." })
  topic(
    @Arg("id", () => ID, { description: "The topic's ID, e.g. `topic:covert-action`." }) id: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.topics.byId.load(id);
  }

  @Query(() => TopicConnection, { description: "The topics of the controlled vocabulary, a page at a time." })
  topics(@Args() args: TopicConnectionArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return rootConnection(services.topics, selecting(args, info, services.topics), { field: "NAME" });
  }

  @FieldResolver(() => StatementConnection, { description: "Statements tagged with this topic." })
  statements(
    @Root() topic: Topic,
    @Args() args: StatementConnectionArgs,
    @Ctx() { loaders, services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.statements.onTopic.load({ parentId: topic.id, args: selecting(args, info, services.statements) });
  }
  @Mutation(() => Topic, {
    description:
      "Creates a topic and returns it. Needs an EDITOR key; every problem with the input is reported at once, per field, in `extensions.problems`.",
  })
  async createTopic(
    @Arg("input", () => TopicInput, { description: "The new topic." }) input: TopicInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    const id = await services.editor.create(topicRecords, { ...input }, viewer);
    return reload(loaders.topics.byId, id);
  }

  @Mutation(() => Topic, {
    description:
      "Changes the fields of a topic that the input gives and returns it. Needs an EDITOR key; NOT_FOUND for an unknown ID.",
  })
  async updateTopic(
    @Arg("id", () => ID, { description: "The topic to change." }) id: string,
    @Arg("input", () => TopicInput, { description: "The fields to change." }) input: TopicInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    await services.editor.update(topicRecords, id, { ...input }, viewer);
    return reload(loaders.topics.byId, id);
  }

  @Mutation(() => Deletion, {
    description: "Deletes a topic with its own links; refused while anything else refers to it. Needs an EDITOR key.",
  })
  async deleteTopic(
    @Arg("id", () => ID, { description: "The topic to delete." }) id: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Deletion> {
    await services.editor.delete(topicRecords, id, viewer);
    return { id };
  }
}
