import { Actor } from "../actors/actor.entity";
import { Event } from "../events/event.entity";
import { Designation } from "../sanctions/designation.entity";
import { Sanction } from "../sanctions/sanction.entity";
import { Source } from "../sources/source.entity";
import { Statement } from "../statements/statement.entity";
import { Topic } from "../topics/topic.entity";
import { type Context, loadNode } from "./context";
import { BadUserInputError } from "./errors";

/** The entity types of the subgraph: every Node type, keyed by its global ID. */
export const ENTITY_TYPES = { Actor, Event, Statement, Sanction, Designation, Source, Topic } as const;

/** A reference to an entity, as a gateway sends it in `_entities(representations:)`. */
export interface EntityReference {
  __typename: string;
  id: string;
}

/**
 * Resolves a reference to one entity of `type` through the request's loaders, so that the 100
 * representations of one `_entities` call cost one SQL statement per type. An ID that names
 * nothing — or names an object of another type — resolves to null in its place.
 */
function referenceResolver(type: new () => object) {
  return async (reference: EntityReference, context: Context) => {
    const found = await loadNode(context.loaders, reference.id);
    return found instanceof type ? found : null;
  };
}

/** `__resolveReference` of every entity type, by type name. */
export const REFERENCE_RESOLVERS = Object.fromEntries(
  Object.entries(ENTITY_TYPES).map(([name, type]) => [name, referenceResolver(type)]),
) as Record<keyof typeof ENTITY_TYPES, ReturnType<typeof referenceResolver>>;

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
