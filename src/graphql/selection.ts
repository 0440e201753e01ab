import {
  getNamedType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";

/*
 * What a query selects below a field, read from its AST, so a service can fetch in one statement
 * what the selection will ask for (a connection's items with their actor) instead of leaving it to
 * one more batch, and only the columns it will read. Results are cached per field node: documents are cached by Apollo, so each
 * operation's answer is worked out once per process.
 */

const cache = new WeakMap<FieldNode, Map<string, ReadonlyMap<string, boolean>>>();

/** Where the fields of interest are: on the items of a connection field, or on the field's own object or list. */
export type Items = "connection" | "self";

/**
 * The fields the query selects on the items of a connection field (or on the field itself) or,
 * with `below`, on the object of one of the items' fields (`actor` of a participant), each with
 * whether it is a leaf (a scalar or an enum): what a service needs to fetch only the columns the
 * answer uses. Fields of fragments on other types count as leaves.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  items: Items = "connection",
  below?: string,
): ReadonlyMap<string, boolean> {
  // Cached by field node when the field has just one: a field spelled in several places (a
  // fragment's field merged with another selection of it) may merge differently elsewhere.
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  let answers = node && cache.get(node);
  if (node && !answers) cache.set(node, (answers = new Map()));
  const key = below ? `${items}.${below}` : items;
  let answer = answers?.get(key);
  if (!answer) {
    const sets = info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
    let itemSets =
      items === "self"
        ? sets
        : [
            ...childSets(sets, "nodes", info.fragments),
            ...childSets(childSets(sets, "edges", info.fragments), "node", info.fragments),
          ];
    let type = itemType(info, items);
    if (below) {
      itemSets = childSets(itemSets, below, info.fragments);
      const named = type && getNamedType(type.getFields()[below]?.type);
      type = isObjectType(named) ? named : undefined;
    }
    const map = new Map<string, boolean>();
    for (const name of itemSets.flatMap((set) => fieldNames(set, info.fragments))) {
      const field = type?.getFields()[name];
      map.set(name, !field || isLeafType(getNamedType(field.type)));
    }
    answer = map;
    answers?.set(key, answer);
  }
  return answer;
}

/** The object type of the items: the field's own type, or that of its connection's `nodes`. */
function itemType(info: GraphQLResolveInfo, items: Items): GraphQLObjectType | undefined {
  let type = getNamedType(info.returnType);
  if (items === "connection") {
    const nodes = isObjectType(type) ? type.getFields().nodes : undefined;
    if (!nodes) return undefined;
    type = getNamedType(nodes.type);
  }
  return isObjectType(type) ? type : undefined;
}

/** The selection sets of the fields named `name` in `sets`. */
function childSets(
  sets: readonly SelectionSetNode[],
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
): SelectionSetNode[] {
  return sets.flatMap((set) =>
    fields(set, fragments).flatMap((field) => (field.name.value === name && field.selectionSet ? [field.selectionSet] : [])),
  );
}

function fieldNames(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  return fields(set, fragments).map((field) => field.name.value);
}

/** The fields of a selection set, through fragment spreads and inline fragments. */
function fields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments[name];
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return fields(fragment.selectionSet, fragments, seen);
  });
}
