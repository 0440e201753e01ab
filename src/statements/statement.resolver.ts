import type { GraphQLResolveInfo } from "graphql";
import { statementRecords } from "./statement.writer";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { Actor } from "../actors/actor.entity";
import { joined } from "../db/collection";
import { Event } from "../events/event.entity";
import { Deletion } from "../graphql/mutations";
import type { Context } from "../graphql/context";
import { listKey, selecting, reload, rootConnection } from "../graphql/loaders";
import { Source } from "../sources/source.entity";
import { Topic } from "../topics/topic.entity";
import { Statement } from "./statement.entity";
import { StatementConnection, StatementConnectionArgs, StatementInput } from "./statement.inputs";

/** Queries for statements and the fields that lead to their speaker, source, topics, events and mentions. */
@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: "The statement with this ID, or null if there is none." })
  statement(@Arg("id", () => ID, { description: "The statement's ID." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.statements.byId.load(id);
  }

  @Query(() => StatementConnection, {
    description:
      'Statements, filtered and sorted (by date unless told otherwise), a page at a time. `statements(filter: { speaker: { isOfficial: true }, topics: ["topic:covert-action"] })` finds statements by officials about covert action.',
  })
  statements(@Args() args: StatementConnectionArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return rootConnection(services.statements, selecting(args, info, services.statements), { field: "SAID_ON" });
  }

  @FieldResolver(() => Actor, { description: "Who said it." })
  speaker(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    const speaker = joined<Actor>(statement, "speaker");
    return speaker !== undefined ? speaker : loaders.actors.byId.load(statement.speakerId);
  }

  @FieldResolver(() => Source, { description: "The source that reports it." })
  source(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    const source = joined<Source>(statement, "source");
    return source !== undefined ? source : loaders.sources.byId.load(statement.sourceId);
  }

  @FieldResolver(() => [Topic], { description: "The topics it is tagged with, by name." })
  topics(@Root() statement: Statement, @Ctx() { loaders, services }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.topics.ofStatement.load(listKey(statement.id, info, services.topics));
  }

  @FieldResolver(() => [Event], { description: "The events it is about, in date order." })
  about(@Root() statement: Statement, @Ctx() { loaders, services }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.events.aboutStatement.load(listKey(statement.id, info, services.events));
  }

  @FieldResolver(() => [Actor], { description: "The actors it mentions, by name." })
  mentions(@Root() statement: Statement, @Ctx() { loaders, services }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.actors.mentionedInStatement.load(listKey(statement.id, info, services.actors));
  }
  @Mutation(() => Statement, {
    description:
      "Creates a statement and returns it. Needs an EDITOR key; every problem with the input is reported at once, per field, in `extensions.problems`.",
  })
  async createStatement(
    @Arg("input", () => StatementInput, { description: "The new statement." }) input: StatementInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    const id = await services.editor.create(statementRecords, { ...input }, viewer);
    return reload(loaders.statements.byId, id);
  }

  @Mutation(() => Statement, {
    description:
      "Changes the fields of a statement that the input gives and returns it. Needs an EDITOR key; NOT_FOUND for an unknown ID.",
  })
  async updateStatement(
    @Arg("id", () => ID, { description: "The statement to change." }) id: string,
    @Arg("input", () => StatementInput, { description: "The fields to change." }) input: StatementInput,
    @Ctx() { services, loaders, viewer }: Context,
  ) {
    await services.editor.update(statementRecords, id, { ...input }, viewer);
    return reload(loaders.statements.byId, id);
  }

  @Mutation(() => Deletion, {
    description: "Deletes a statement with its own links; refused while anything else refers to it. Needs an EDITOR key.",
  })
  async deleteStatement(
    @Arg("id", () => ID, { description: "The statement to delete." }) id: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<Deletion> {
    await services.editor.delete(statementRecords, id, viewer);
    return { id };
  }
}
