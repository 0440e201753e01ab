import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { getMetadataStorage } from "type-graphql";

/*
 * The one place that reads type-graphql's metadata (`getMetadataStorage()`: what its decorators
 * recorded about each class, field, resolver and parameter), to take type-graphql's per-call
 * wrapper off the fields and resolvers where it does nothing. The shape of that metadata is
 * type-graphql's own, not a documented API: test/architecture/library-internals.test.ts checks
 * the version this was written against and the fields read here, and fails on an upgrade that
 * changes them. Without these two steps the schema is the same and slower (bench/README.md).
 */

/**
 * Drops type-graphql's wrapper from fields that only read a property of their object (no field
 * resolver, no roles, no middleware, the same name in the schema as in the class), so graphql-js
 * reads them itself. The wrapper does nothing for such a field but costs a closure and a call on
 * each of the tens of thousands of fields a large nested result has.
 */
export function readPlainFieldsDirectly(resolvers: GraphQLResolverMap<unknown>): void {
  const storage = getMetadataStorage();
  const computed = new Set(
    storage.fieldResolvers.map((resolver) => `${resolver.getObjectType?.()?.name}.${resolver.methodName}`),
  );
  for (const objectType of storage.objectTypes) {
    const typeResolvers = resolvers[objectType.name] as Record<string, unknown> | undefined;
    if (!typeResolvers) continue;
    for (const field of objectType.fields ?? []) {
      const plain =
        field.name === field.schemaName &&
        !computed.has(`${objectType.target.name}.${field.name}`) &&
        (field.roles ?? []).length === 0 &&
        (field.middlewares ?? []).length === 0;
      if (plain) delete typeResolvers[field.schemaName];
    }
  }
}

/** What type-graphql records of a query or field resolver, as far as calling it directly needs. */
interface ResolverMetadata {
  target: Function;
  methodName: string;
  schemaName: string;
  roles?: unknown[];
  middlewares?: unknown[];
  params?: { kind: string; index: number; name?: string; propertyName?: string; getType?: () => unknown }[];
}

/** The parameters a direct call can pass: graphql-js's own values, as the resolver method declares them. */
const DIRECT_PARAMS = new Set(["root", "args", "arg", "context", "info"]);

/**
 * Calls the methods behind queries and field resolvers without type-graphql's per-call wrapper,
 * where it does nothing: no roles, no middleware, validation off, and parameters that are
 * graphql-js's own values. The wrapper sorts the parameters, copies the arguments into class
 * instances and makes every call with arguments asynchronous (its argument validation step is an
 * async function even when off), on each of the thousands of calls a nested result makes. A root
 * that is not an instance of the class the method expects, which the wrapper would convert, still
 * goes through it.
 */
export function callResolversDirectly(resolvers: GraphQLResolverMap<unknown>): void {
  const storage = getMetadataStorage();
  const typeNames = new Map(storage.objectTypes.map((type) => [type.target, type.name]));
  const instances = new Map<Function, Record<string, unknown>>();
  const direct = (metadata: ResolverMetadata, typeName: string | undefined) => {
    const typeResolvers = typeName ? (resolvers[typeName] as Record<string, unknown> | undefined) : undefined;
    const original = typeResolvers?.[metadata.schemaName];
    const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
    const plain =
      typeof original === "function" &&
      metadata.roles === undefined &&
      (metadata.middlewares ?? []).length === 0 &&
      params.every((param) => DIRECT_PARAMS.has(param.kind) && !param.propertyName);
    if (!plain || !typeResolvers) return;
    let instance = instances.get(metadata.target);
    if (!instance) instances.set(metadata.target, (instance = new (metadata.target as new () => Record<string, unknown>)()));
    const method = instance[metadata.methodName] as (...values: unknown[]) => unknown;
    const rootType = params.find((param) => param.kind === "root")?.getType?.();
    const self = instance;
    typeResolvers[metadata.schemaName] = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
      if (typeof rootType === "function" && root != null && !(root instanceof rootType)) {
        return (original as Function)(root, args, context, info);
      }
      const values = params.map((param) => {
        switch (param.kind) {
          case "root":
            return root;
          case "args":
            return args;
          case "arg":
            return args[param.name!];
          case "context":
            return context;
          default:
            return info;
        }
      });
      return method.apply(self, values);
    };
  };
  for (const resolver of storage.fieldResolvers as unknown as (ResolverMetadata & {
    kind: string;
    getObjectType?: () => Function;
  })[]) {
    const objectType = resolver.getObjectType?.();
    if (resolver.kind === "external" && objectType) direct(resolver, typeNames.get(objectType));
  }
  for (const query of storage.queries as unknown as ResolverMetadata[]) direct(query, "Query");
}
