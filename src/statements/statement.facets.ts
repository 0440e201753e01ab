import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Actor } from "../actors/actor.entity";
import type { Context } from "../graphql/context";
import { FacetArgs, facetSize, MonthCount, monthCounts } from "../graphql/facets";
import { Topic } from "../topics/topic.entity";
import { StatementFilter } from "./statement.inputs";

@ObjectType({ description: "How many of the counted statements one actor said." })
export class SpeakerCount {
  @Field(() => Actor, { description: "The speaker." })
  speaker: Actor;

  @Field(() => Int, { description: "How many statements." })
  count: number;
}

@ObjectType({ description: "How many of the counted statements are tagged with one topic." })
export class TopicCount {
  @Field(() => Topic, { description: "The topic." })
  topic: Topic;

  @Field(() => Int, { description: "How many statements." })
  count: number;
}

@ObjectType({
  description:
    "How the statements a filter selects spread over speakers, topics and months. Each field is one count over the same statements `statements(filter: …)` pages through.",
})
export class StatementFacets {
  constructor(readonly filter: StatementFilter | null) {}
}

/** `statementFacets` and its counts. */
@Resolver(() => StatementFacets)
export class StatementFacetsResolver {
  @Query(() => StatementFacets, {
    description:
      'Counts of the statements a filter selects, by speaker, topic and month: `statementFacets(filter: { topics: ["topic:attribution"] }) { total byMonth { month count } }`.',
  })
  statementFacets(
    @Arg("filter", () => StatementFilter, {
      nullable: true,
      description: "Which statements to count, as in `statements`; all when left out.",
    })
    filter: StatementFilter | null,
  ) {
    return new StatementFacets(filter);
  }

  @FieldResolver(() => Int, { description: "How many statements the filter selects." })
  total(@Root() { filter }: StatementFacets, @Ctx() { services }: Context) {
    return services.statements.count(filter);
  }

  @FieldResolver(() => [SpeakerCount], { description: "The speakers with the most statements, most first." })
  async bySpeaker(@Root() { filter }: StatementFacets, @Args() args: FacetArgs, @Ctx() { services, loaders }: Context) {
    const rows = await services.statements.countBy(filter, services.statements.facets.speaker, {
      order: "count",
      limit: facetSize(args),
    });
    const speakers = await loaders.actors.byId.loadMany(rows.map((row) => row.value));
    return rows.map((row, i) => ({ speaker: speakers[i], count: row.count }));
  }

  @FieldResolver(() => [TopicCount], {
    description: "The topics with the most statements, most first. A statement with several topics counts under each.",
  })
  async byTopic(@Root() { filter }: StatementFacets, @Args() args: FacetArgs, @Ctx() { services, loaders }: Context) {
    const rows = await services.statements.countBy(filter, services.statements.facets.topic, {
      order: "count",
      limit: facetSize(args),
    });
    const topics = await loaders.topics.byId.loadMany(rows.map((row) => row.value));
    return rows.map((row, i) => ({ topic: topics[i], count: row.count }));
  }

  @FieldResolver(() => [MonthCount], {
    description: "Statements per month of `saidOn`, in month order; months with none are left out.",
  })
  async byMonth(@Root() { filter }: StatementFacets, @Ctx() { services }: Context) {
    return monthCounts(await services.statements.countBy(filter, services.statements.facets.month, { order: "value" }));
  }
}
