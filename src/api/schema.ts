import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import {
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isSpecifiedScalarType,
  lexicographicSortSchema,
  parse,
  type GraphQLFieldResolver,
  GraphQLScalarType,
  type GraphQLUnionType,
} from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import { callResolversDirectly, readPlainFieldsDirectly } from "./type-graphql-internals";
import { authChecker } from "../auth/auth.plugin";
import { REGISTRY, type Registry } from "../domains";
import { ErrorCodeType } from "../graphql/errors";
import { NodeResolver } from "./node.resolver";
import type { Context } from "./context";
import { selectedFields } from "../graphql/selection";
import { checkRepresentations, entityTypeName, type EntityReference, referenceResolvers, resolveReferences } from "./references";

/** Every resolver class of a registry's API: `node`/`nodes`, then every domain's. */
export function resolversOf(registry: Registry) {
  return [NodeResolver, ...registry.resolvers] as const;
}

/** The Federation 2 spec the subgraph links, and the directives it uses. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

const QUERY_DESCRIPTION =
  "Dossier: events, actors, statements and sanctions of geopolitical and cyber incidents, every fact with its source. " +
  "Look objects up by ID (`actor`, `node`), page through them with filters (`statements(filter: …)`), " +
  "search across everything (`search`) or read it in date order (`timeline`).";

const MUTATION_DESCRIPTION =
  "Changes to Dossier's data, for keys with the EDITOR role: create, update and delete actors, events, statements, " +
  "topics, sources and sanctions. Each mutation is one transaction and is recorded in the audit trail. " +
  "Keys with the ADMIN role also issue and revoke API keys.";

/** The schema as served, and its subgraph SDL (what `schema/schema.graphql` holds, and composition reads). */
export interface DossierSchema {
  schema: GraphQLSchema;
  sdl: string;
}

const built = new Map<Registry, Promise<DossierSchema>>();

/**
 * Builds the hub's schema: an Apollo Federation 2 subgraph. type-graphql builds the types and
 * resolvers from the classes; the SDL is printed with its directives (`@key` on every Node type),
 * sorted, and linked to the federation spec; `buildSubgraphSchema` adds `_service` and `_entities`,
 * whose references are resolved in batches through the request's loaders. Built once per process
 * for each registry (the hub's by default; a test may build one with a domain of its own).
 */
export function buildDossier(registry: Registry = REGISTRY): Promise<DossierSchema> {
  let schema = built.get(registry);
  if (!schema) built.set(registry, (schema = buildFrom(registry)));
  return schema;
}

async function buildFrom(registry: Registry): Promise<DossierSchema> {
  const classes = await buildSchema({
    resolvers: resolversOf(registry) as unknown as [Function, ...Function[]],
    validate: false,
    authChecker,
    // The federation directives are only defined once the SDL is linked to the spec, below.
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(lexicographicSortSchema(withDocumentation(classes)))}`);
  const resolvers = createResolversMap(classes) as GraphQLResolverMap<unknown>;
  readPlainFieldsDirectly(resolvers);
  callResolversDirectly(resolvers);
  for (const [name, resolver] of Object.entries(resolvers)) {
    if (resolver instanceof GraphQLScalarType && isSpecifiedScalarType(resolver)) delete resolvers[name];
  }
  for (const [typeName, resolveReference] of Object.entries(referenceResolvers(registry))) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference };
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers });
  resolveEntitiesInBatches(schema);
  awaitLazyFields(schema);
  describeFederationTypes(schema);
  return { schema, sdl: `${printSubgraphSchema(schema)}\n` };
}

/**
 * Gives a resolver to the fields whose values the hub computes only when they are read, as
 * promises: a connection's `totalCount` (counted only when asked for, `toConnection`) and the
 * fields of a union or interface type (`edgeWithNode`'s `node`, a record loaded only when asked
 * for). graphql-jit, which runs the hub's operations (`compiledExecution`), reads a field without a
 * resolver as a plain value; a field with one is awaited.
 */
function awaitLazyFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const lazy = isAbstractType(getNamedType(field.type)) || (type.name.endsWith("Connection") && field.name === "totalCount");
      if (field.resolve || !lazy) continue;
      const name = field.name;
      field.resolve = (source: Record<string, unknown>) => source[name];
    }
  }
}

/** The executable schema. */
export async function buildDossierSchema(registry: Registry = REGISTRY): Promise<GraphQLSchema> {
  return (await buildDossier(registry)).schema;
}

/** The subgraph SDL, types in alphabetical order: what `schema/schema.graphql` holds. */
export async function printDossierSchema(): Promise<string> {
  return (await buildDossier()).sdl;
}

/** Adds what type-graphql cannot express: a description on `Query`, and the `ErrorCode` enum clients switch on. */
function withDocumentation(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const query = new GraphQLObjectType({ ...config.query!.toConfig(), description: QUERY_DESCRIPTION });
  const mutation = config.mutation && new GraphQLObjectType({ ...config.mutation.toConfig(), description: MUTATION_DESCRIPTION });
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: [
      ...config.types.filter((type) => type.name !== "Query" && type.name !== "Mutation"),
      query,
      ...(mutation ? [mutation] : []),
      ErrorCodeType,
    ],
  });
}

/**
 * Gives the types and fields that `buildSubgraphSchema` adds a description each, as every other
 * part of the schema has: data scientists meet them in Sandbox too.
 */
function describeFederationTypes(schema: GraphQLSchema): void {
  const descriptions: Record<string, string> = {
    _Any: 'A representation of an entity: its `__typename` and key fields, e.g. `{ __typename: "Actor", id: "actor:fbi" }`.',
    _Entity: "Any type a gateway can fetch by key through `_entities`: every Node type.",
    _Service: "This subgraph's description of itself, for composition.",
    link__Import: "A name imported from a linked spec (federation).",
    link__Purpose: "Why a spec is linked (federation).",
    federation__FieldSet: "A selection of fields that forms a key (federation).",
  };
  for (const [name, description] of Object.entries(descriptions)) {
    const type = schema.getType(name);
    if (type) type.description = description;
  }
  const purpose = schema.getType("link__Purpose");
  if (isEnumType(purpose)) {
    for (const value of purpose.getValues()) value.description ??= `Linked for ${value.name.toLowerCase()}.`;
  }
  (schema.getType("_Service") as GraphQLObjectType).getFields().sdl.description =
    "This subgraph's SDL, with its federation directives.";
  const query = schema.getQueryType()!.getFields();
  query._service.description = "This subgraph's SDL, for gateways and composition tools.";
  query._entities.description =
    "Fetches entities by key for a gateway (Apollo Federation): one result per representation, in order, null for an unknown ID.";
  query._entities.args[0].description = "References to entities: `{ __typename, id }` each.";
}

/**
 * Resolves `_entities` in batches: representations are checked first (a bad one is a clear
 * BAD_USER_INPUT), then looked up with one statement per type (`resolveReferences`), and the
 * `_Entity` union tells each record's type by its class — instead of a promise and a
 * `__typename` property per representation, as `buildSubgraphSchema`'s own resolver does.
 */
function resolveEntitiesInBatches(schema: GraphQLSchema): void {
  const field = schema.getQueryType()!.getFields()._entities;
  field.resolve = ((_source, args, context, info) => {
    checkRepresentations(args.representations, context.services.registry);
    return resolveReferences(args.representations as EntityReference[], context, selectedFields(info, "self"));
  }) as GraphQLFieldResolver<unknown, Context, { representations: unknown[] }>;
  const entity = schema.getType("_Entity") as GraphQLUnionType;
  const fallback = entity.resolveType;
  entity.resolveType = (value, context, info, type) =>
    (value && typeof value === "object" && entityTypeName(value, context)) || fallback?.(value, context, info, type);
}
