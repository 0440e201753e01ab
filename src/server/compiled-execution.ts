// Before graphql-jit: bounds the memos graphql-jit 0.8.7 would otherwise keep forever.
import "./jit-memo";
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  getNamedType,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  type OperationDefinitionNode,
  printSchema,
  typeFromAST,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

/**
 * Runs operations as JavaScript compiled once per document by graphql-jit, instead of graphql-js
 * walking the document field by field on every request. The answers are the same; what changes is
 * the work per field: graphql-js looks up each field's definition, builds its arguments (two
 * objects per field, arguments or not) and its path on every request, which for a nested page of
 * thousands of objects was about 40% of the CPU (85 ms against 50 ms compiled, bench/README.md).
 *
 * Apollo Server takes a custom executor only through its gateway interface, so this is a
 * "gateway" that serves the one local schema. Apollo still parses, validates (with the hub's
 * limits) and caches documents, runs the plugins (roles, cost, rate limit) and formats errors.
 * Compiled operations are kept per parsed document, which Apollo's document cache keeps alive
 * while the operation is in use. Introspection, mutations and any operation graphql-jit cannot
 * compile run on graphql-js: mutations are small, and graphql-js runs their root fields strictly
 * one after another (graphql-jit before 0.8.9 could reorder them around fragments, #285).
 *
 * So do operations with a variable whose input type graphql-jit cannot compile in bounded time
 * (`compilableVariables`): it writes the code that checks a variable's value inline, field by
 * field, down through every nested input type, so a type that contains itself (`EventFilter` →
 * `ParticipantFilter` → `EventFilter`) never ends — one 100-byte request grew the heap until the
 * process died (graphql-jit #81, open in every version up to 0.8.9). graphql-js checks values as
 * deep as they really are, so those operations run there, with the same answers.
 *
 * The hub pins graphql-jit 0.8.7. From 0.8.8 (#277, to make the generated code smaller) every
 * leaf of an answer passes its path and source location, built as fresh arrays, to a runtime
 * helper whether or not it fails; 0.8.7 builds them only for an error. On the nested Q3 shape
 * that is 15.0 against 11.6 MB allocated per operation, and more time collecting garbage under
 * load (bench/README.md). 0.8.9's other fixes are covered here: the memos (jit-memo.ts)
 * and mutation order (above).
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compilable = compilableVariables(schema);

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null) => {
    if (operation.operation !== "query" || isIntrospection(operation) || !compilable(operation)) return null;
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let query = byName.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      byName.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operation, context } = requestContext;
    // The name the client asked for (Apollo's own `operationName` is that of the operation it found).
    const operationName = requestContext.request.operationName ?? null;
    const variables = requestContext.request.variables ?? {};
    const query = operation ? compiledFor(document, operation, operationName) : null;
    if (!query) {
      return (await execute({
        schema,
        document,
        operationName,
        variableValues: variables,
        contextValue: context,
      })) as ExecutionResult;
    }
    const result = await query.query(undefined, context, variables);
    if (result.data === undefined && result.errors?.length && operation) {
      // Variables that do not fit their types: answer with graphql-js's own errors, so clients
      // (and Apollo, which turns them into BAD_USER_INPUT) see the same messages either way.
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
    }
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : (result as ExecutionResult);
  };

  let listener: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => (listener = undefined);
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    async stop() {},
  };
}

/**
 * The most input fields graphql-jit may unfold to check one variable's value. The hub's largest
 * acyclic input type (`StatementFilter`, with an `ActorFilter` inside) unfolds to 22, so this bound
 * only ever stops types that are recursive or absurdly nested.
 */
export const MAX_COMPILED_INPUT_FIELDS = 500;

/**
 * Says whether graphql-jit may compile an operation: whether every variable it declares has an
 * input type that unfolds (each input object field counted, nested types again each time they
 * appear) to at most `MAX_COMPILED_INPUT_FIELDS` fields. A recursive type unfolds without end.
 * Sizes are worked out once per type of the schema.
 */
export function compilableVariables(schema: GraphQLSchema): (operation: OperationDefinitionNode) => boolean {
  const sizes = new Map<string, number>();
  const unfolded = (type: GraphQLInputType, open: Set<string>): number => {
    const named = getNamedType(type);
    if (!isInputObjectType(named)) return 1;
    const known = sizes.get(named.name);
    if (known !== undefined) return known;
    if (open.has(named.name)) return Infinity;
    open.add(named.name);
    let size = 1;
    for (const field of Object.values(named.getFields())) {
      size += unfolded(field.type, open);
      if (size > MAX_COMPILED_INPUT_FIELDS) break;
    }
    open.delete(named.name);
    // Exact when within the bound (meeting a type still open would have made it infinite), and
    // when beyond it, the true size is beyond it too: either way it holds for later questions.
    sizes.set(named.name, size);
    return size;
  };
  return (operation) =>
    (operation.variableDefinitions ?? []).every((definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      // An unknown type fails validation before execution; nothing to compile.
      return type !== undefined && unfolded(type, new Set()) <= MAX_COMPILED_INPUT_FIELDS;
    });
}

/**
 * graphql-jit's errors leave `extensions` unset when the error under them has none (a driver's
 * error, a bug); graphql-js, and so Apollo, which reads `extensions.code`, always set it.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError });
  (copy as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return copy;
}

/** Whether an operation asks for the schema itself (`__schema`, `__type`): rare, large, left to graphql-js. */
function isIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind === "Field" && (selection.name.value === "__schema" || selection.name.value === "__type"),
  );
}
