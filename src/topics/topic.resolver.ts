import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { rootConnection } from "../graphql/loaders";
import { StatementConnection, StatementConnectionArgs } from "../statements/statement.inputs";
import { Topic } from "./topic.entity";
import { TopicConnection, TopicConnectionArgs } from "./topic.inputs";

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
  topics(@Args() args: TopicConnectionArgs, @Ctx() { services }: Context) {
    return rootConnection(services.topics, args, { field: "NAME" });
  }

  @FieldResolver(() => StatementConnection, { description: "Statements tagged with this topic." })
  statements(@Root() topic: Topic, @Args() args: StatementConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.statements.onTopic.load({ parentId: topic.id, args });
  }
}
