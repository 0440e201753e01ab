import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ActorResolver } from "../actors/actor.resolver";
import { EventParticipantResolver } from "../events/event-participant.resolver";
import { EventRelationResolver } from "../events/event-relation.resolver";
import { EventResolver } from "../events/event.resolver";
import { DesignationResolver } from "../sanctions/designation.resolver";
import { SanctionResolver } from "../sanctions/sanction.resolver";
import { SearchResolver } from "../search/search.resolver";
import { SourceResolver } from "../sources/source.resolver";
import { StatementResolver } from "../statements/statement.resolver";
import { TimelineResolver } from "../timeline/timeline.resolver";
import { TopicResolver } from "../topics/topic.resolver";
import { ErrorCodeType } from "./errors";
import { NodeResolver } from "./node.resolver";

/** Every resolver class of the API. */
export const RESOLVERS = [
  NodeResolver,
  ActorResolver,
  EventResolver,
  EventParticipantResolver,
  EventRelationResolver,
  StatementResolver,
  TopicResolver,
  SourceResolver,
  SanctionResolver,
  DesignationResolver,
  SearchResolver,
  TimelineResolver,
] as const;

const QUERY_DESCRIPTION =
  "Dossier: events, actors, statements and sanctions of geopolitical and cyber incidents, every fact with its source. " +
  "Look objects up by ID (`actor`, `node`), page through them with filters (`statements(filter: …)`), " +
  "search across everything (`search`) or read it in date order (`timeline`).";

let built: Promise<GraphQLSchema> | undefined;

/**
 * Builds the executable GraphQL schema from the resolver classes (once per process: type-graphql's
 * metadata is global) and adds the `ErrorCode` enum so introspection documents the error codes.
 */
export function buildDossierSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS as unknown as [Function, ...Function[]], validate: false }).then((schema) => {
    const config = schema.toConfig();
    const query = new GraphQLObjectType({ ...config.query!.toConfig(), description: QUERY_DESCRIPTION });
    return new GraphQLSchema({
      ...config,
      query,
      types: [...config.types.filter((type) => type.name !== "Query"), query, ErrorCodeType],
    });
  });
  return built;
}

/** The schema as SDL, types in alphabetical order: what `schema/schema.graphql` holds. */
export async function printDossierSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildDossierSchema()))}\n`;
}
