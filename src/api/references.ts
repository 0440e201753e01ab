import type { NodeKind } from "../domain-module";
import type { Registry } from "../domains";
import type { Context } from "./context";
import { BadUserInputError } from "../graphql/errors";

/** The entity types of a registry's subgraph: every Node type, by its GraphQL name (its class's), and its class's name. */
interface EntityTypes {
  byName: ReadonlyMap<string, NodeKind>;
  nameOf: ReadonlyMap<Function, string>;
}

const ENTITY_TYPES = new WeakMap<Registry, EntityTypes>();

/** The entity types of the registry's subgraph. */
export function entityTypesOf(registry: Registry): EntityTypes {
  let types = ENTITY_TYPES.get(registry);
  if (!types) {
    const byName = new Map([...registry.nodeKinds.values()].map((kind) => [kind.type.name, kind]));
    types = { byName, nameOf: new Map([...byName].map(([name, kind]) => [kind.type, name])) };
    ENTITY_TYPES.set(registry, types);
  }
  return types;
}

/** A reference to an entity, as a gateway sends it in `_entities(representations:)`. */
export interface EntityReference {
  __typename: string;
  id: string;
}

/**
 * Resolves the representations of one `_entities` call: one SQL statement per entity type, every
 * entity in place, null for an ID that names nothing of that type. With `fields` (what the call
 * selects, see `selectedFields`), only the columns they need.
 */
export async function resolveReferences(
  representations: readonly EntityReference[],
  context: Context,
  fields?: ReadonlyMap<string, boolean>,
): Promise<(object | null)[]> {
  const idsByType = new Map<string, Set<string>>();
  for (const { __typename, id } of representations) {
    let ids = idsByType.get(__typename);
    if (!ids) idsByType.set(__typename, (ids = new Set()));
    ids.add(id);
  }
  const found = new Map<string, Map<string, object | null>>();
  await Promise.all(
    [...idsByType].map(async ([typename, ids]) => {
      const list = [...ids];
      const service = entityTypesOf(context.services.registry).byName.get(typename)!.service(context.services);
      const records = await service.findByIds(list, fields && service.columnsFor(fields));
      found.set(typename, new Map(list.map((id, i) => [id, records[i]])));
    }),
  );
  return representations.map(({ __typename, id }) => found.get(__typename)?.get(id) ?? null);
}

/** The entity type name of a record `resolveReferences` returned, for the `_Entity` union. */
export function entityTypeName(record: object, context: Context): string | undefined {
  return entityTypesOf(context.services.registry).nameOf.get(record.constructor);
}

/**
 * `__resolveReference` of every entity type, by type name: what `buildSubgraphSchema` wires up.
 * `_entities` itself goes through `resolveReferences` (see `schema.ts`), which batches per type.
 */
export function referenceResolvers(
  registry: Registry,
): Record<string, (reference: EntityReference, context: Context) => Promise<object | null>> {
  return Object.fromEntries(
    [...entityTypesOf(registry).byName].map(([name, { type }]) => [
      name,
      async (reference: EntityReference, context: Context) => {
        const found = await context.node(reference.id);
        return found instanceof type ? found : null;
      },
    ]),
  );
}

/**
 * Checks the representations of an `_entities` call: each must be an object with a `__typename`
 * this subgraph resolves and a string `id`. Anything else is the caller's mistake, reported as
 * BAD_USER_INPUT naming the representation and what is allowed.
 */
export function checkRepresentations(representations: unknown[], registry: Registry): void {
  const types = entityTypesOf(registry).byName;
  representations.forEach((representation, index) => {
    const { __typename: typename, id } = (representation ?? {}) as Partial<EntityReference>;
    if (typeof typename !== "string" || !types.has(typename)) {
      throw new BadUserInputError(
        `representations[${index}] has __typename ${JSON.stringify(typename)}; this subgraph resolves ${[...types.keys()].join(", ")}.`,
        "representations",
      );
    }
    if (typeof id !== "string") {
      throw new BadUserInputError(`representations[${index}] (${typename}) needs its key: a string \`id\`.`, "representations");
    }
  });
}
