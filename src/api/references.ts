import { Actor } from "../actors/actor.entity";
import { Event } from "../events/event.entity";
import { Designation } from "../sanctions/designation.entity";
import { Sanction } from "../sanctions/sanction.entity";
import { Source } from "../sources/source.entity";
import { Statement } from "../statements/statement.entity";
import { Topic } from "../topics/topic.entity";
import type { ObjectLiteral } from "typeorm";
import type { Collection } from "../db/collection";
import type { Services } from "../graphql/context";
import { type Context, loadNode } from "./context";
import { BadUserInputError } from "../graphql/errors";

/** The entity types of the subgraph: every Node type, keyed by its global ID. */
export const ENTITY_TYPES = { Actor, Event, Statement, Sanction, Designation, Source, Topic } as const;

/** A reference to an entity, as a gateway sends it in `_entities(representations:)`. */
export interface EntityReference {
  __typename: string;
  id: string;
}

/** The service that looks each entity type up by ID. */
const ENTITY_SERVICES: Record<keyof typeof ENTITY_TYPES, (services: Services) => Collection<ObjectLiteral, unknown>> = {
  Actor: (services) => services.actors,
  Event: (services) => services.events,
  Statement: (services) => services.statements,
  Sanction: (services) => services.sanctions,
  Designation: (services) => services.designations,
  Source: (services) => services.sources,
  Topic: (services) => services.topics,
};

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
  const idsByType = new Map<keyof typeof ENTITY_TYPES, Set<string>>();
  for (const { __typename, id } of representations) {
    const typename = __typename as keyof typeof ENTITY_TYPES;
    let ids = idsByType.get(typename);
    if (!ids) idsByType.set(typename, (ids = new Set()));
    ids.add(id);
  }
  const found = new Map<string, Map<string, object | null>>();
  await Promise.all(
    [...idsByType].map(async ([typename, ids]) => {
      const list = [...ids];
      const service = ENTITY_SERVICES[typename](context.services);
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

const ENTITY_TYPE_NAMES = new Map<Function, string>(Object.entries(ENTITY_TYPES).map(([name, type]) => [type, name]));

/**
 * `__resolveReference` of every entity type, by type name: what `buildSubgraphSchema` wires up.
 * `_entities` itself goes through `resolveReferences` (see `schema.ts`), which batches per type.
 */
export const REFERENCE_RESOLVERS = Object.fromEntries(
  Object.entries(ENTITY_TYPES).map(([name, type]) => [
    name,
    async (reference: EntityReference, context: Context) => {
      const found = await loadNode(context.loaders, reference.id);
      return found instanceof type ? found : null;
    },
  ]),
) as Record<keyof typeof ENTITY_TYPES, (reference: EntityReference, context: Context) => Promise<object | null>>;

/**
 * Checks the representations of an `_entities` call: each must be an object with a `__typename`
 * this subgraph resolves and a string `id`. Anything else is the caller's mistake, reported as
 * BAD_USER_INPUT naming the representation and what is allowed.
 */
export function checkRepresentations(representations: unknown[]): void {
  representations.forEach((representation, index) => {
    const { __typename: typename, id } = (representation ?? {}) as Partial<EntityReference>;
    if (typeof typename !== "string" || !(typename in ENTITY_TYPES)) {
      throw new BadUserInputError(
        `representations[${index}] has __typename ${JSON.stringify(typename)}; this subgraph resolves ${Object.keys(ENTITY_TYPES).join(", ")}.`,
        "representations",
      );
    }
    if (typeof id !== "string") {
      throw new BadUserInputError(`representations[${index}] (${typename}) needs its key: a string \`id\`.`, "representations");
    }
  });
}
