import type { NodeKind } from "../domain-module";
import { NODE_KINDS } from "../domains";
import { type Context, loadNode } from "./context";
import { BadUserInputError } from "../graphql/errors";

/** The entity types of the subgraph: every Node type, by its GraphQL name (its class's). */
export const ENTITY_TYPES: ReadonlyMap<string, NodeKind> = new Map(
  [...NODE_KINDS.values()].map((kind) => [kind.type.name, kind]),
);

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
      const service = ENTITY_TYPES.get(typename)!.service(context.services);
      const records = await service.findByIds(list, fields && service.columnsFor(fields));
      found.set(typename, new Map(list.map((id, i) => [id, records[i]])));
    }),
  );
  return representations.map(({ __typename, id }) => found.get(__typename)?.get(id) ?? null);
}

/** The entity type name of a record `resolveReferences` returned, for the `_Entity` union. */
export function entityTypeName(record: object): string | undefined {
  return ENTITY_TYPE_NAMES.get(record.constructor);
}

const ENTITY_TYPE_NAMES = new Map<Function, string>([...ENTITY_TYPES].map(([name, kind]) => [kind.type, name]));

/**
 * `__resolveReference` of every entity type, by type name: what `buildSubgraphSchema` wires up.
 * `_entities` itself goes through `resolveReferences` (see `schema.ts`), which batches per type.
 */
export const REFERENCE_RESOLVERS = Object.fromEntries(
  [...ENTITY_TYPES].map(([name, { type }]) => [
    name,
    async (reference: EntityReference, context: Context) => {
      const found = await loadNode(context.loaders, reference.id);
      return found instanceof type ? found : null;
    },
  ]),
) as Record<string, (reference: EntityReference, context: Context) => Promise<object | null>>;

/**
 * Checks the representations of an `_entities` call: each must be an object with a `__typename`
 * this subgraph resolves and a string `id`. Anything else is the caller's mistake, reported as
 * BAD_USER_INPUT naming the representation and what is allowed.
 */
export function checkRepresentations(representations: unknown[]): void {
  representations.forEach((representation, index) => {
    const { __typename: typename, id } = (representation ?? {}) as Partial<EntityReference>;
    if (typeof typename !== "string" || !ENTITY_TYPES.has(typename)) {
      throw new BadUserInputError(
        `representations[${index}] has __typename ${JSON.stringify(typename)}; this subgraph resolves ${[...ENTITY_TYPES.keys()].join(", ")}.`,
        "representations",
      );
    }
    if (typeof id !== "string") {
      throw new BadUserInputError(`representations[${index}] (${typename}) needs its key: a string \`id\`.`, "representations");
    }
  });
}
