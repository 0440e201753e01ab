import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/*
 * What a query selects below a field, read from its AST, so a service can fetch in one statement
 * what the selection will ask for (a connection's items with their actor) instead of leaving it to
 * one more batch. Results are cached per field node: documents are cached by Apollo, so each
 * operation's answer is worked out once per process.
 */

const cache = new WeakMap<FieldNode, Map<string, string[]>>();

/**
 * Which of `candidates` the query selects on the items of a connection field (`nodes { … }` or
 * `edges { node { … } }`), or, with `items: "self"`, on the field's own object or list.
 * Fragments and inline fragments count; `@skip`/`@include` are ignored (joining a record that is
 * not read costs a little, never a wrong answer).
 */
export function selectedJoins(
  info: GraphQLResolveInfo,
  candidates: readonly string[],
  items: "connection" | "self" = "connection",
): string[] {
  const node = info.fieldNodes[0];
  let answers = cache.get(node);
  if (!answers) cache.set(node, (answers = new Map()));
  const key = `${items}:${candidates.join(",")}`;
  let answer = answers.get(key);
  if (!answer) {
    const sets = info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
    const itemSets =
      items === "self"
        ? sets
        : [
            ...childSets(sets, "nodes", info.fragments),
            ...childSets(childSets(sets, "edges", info.fragments), "node", info.fragments),
          ];
    const names = new Set(itemSets.flatMap((set) => fieldNames(set, info.fragments)));
    answer = candidates.filter((candidate) => names.has(candidate));
    answers.set(key, answer);
  }
  return answer;
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
