import type { ApolloServerPlugin } from "@apollo/server";
import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
  type ValidationRule,
  visit,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../connection";
import { DossierError, ErrorCode } from "../errors";
import { type Budget, charge, RATE_KEY, type RateLimiter, type RateLimitOptions } from "./rate-limit";

/** The limits every operation must keep within. */
export interface OperationLimits {
  /** Deepest nesting of fields (introspection excluded). */
  depth: number;
  /** Aliased fields, counting each fragment as often as it is spread. */
  aliases: number;
  /** Directives on fields and fragments, counted the same way. */
  directives: number;
  /** Lexical tokens in the document (enforced by the parser). */
  tokens: number;
  /** The calculated cost (see `operationCost`). */
  cost: number;
  /** Items in any one list given as an argument or inside one (`filter: { ids: [...] }`), variables included. */
  listItems: number;
  /**
   * Input objects nested inside one another in an argument (`filter: { participant: { event: {...} } }`
   * is 3); a list directly inside a list counts as a level too.
   */
  inputDepth: number;
}

/** An argument's value outside a limit: BAD_USER_INPUT, naming the argument, with the figure found and the limit. */
export class ArgumentTooLargeError extends DossierError {
  constructor(limit: "listItems" | "inputDepth", argument: string, found: number, max: number, message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { argument, limit, found, max, http: { status: 400 } });
  }
}

/**
 * A string argument that no text may hold — a NUL character, or a lone UTF-16 surrogate (half of
 * a character, which has no UTF-8 form) — BAD_USER_INPUT naming the argument. Refused here, for
 * every argument, because the two databases would otherwise each do something else with it
 * (SQLite's LIKE stops at a NUL and matches everything; MariaDB matches nothing).
 */
export class BadTextError extends DossierError {
  constructor(argument: string, problem: string) {
    super(ErrorCode.BAD_USER_INPUT, `\`${argument}\` ${problem}`, { argument, http: { status: 400 } });
  }
}

/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be taken as text, or undefined when it can. */
function textProblem(text: string): string | undefined {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return `holds a NUL character (U+0000) at offset ${nul}, which no text may contain; remove it.`;
  const at = LONE_SURROGATE.exec(text);
  if (at) {
    const code = at[0].charCodeAt(0).toString(16).toUpperCase();
    return `holds a lone UTF-16 surrogate (U+${code}) at offset ${at.index}: half of a character, which cannot be stored; send well-formed Unicode.`;
  }
  return undefined;
}

/** An operation outside a limit: QUERY_TOO_COMPLEX, saying which limit, the figure found and the limit. */
export class QueryTooComplexError extends DossierError {
  constructor(limit: keyof OperationLimits, found: number | undefined, max: number, message: string) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message, { limit, ...(found === undefined ? {} : { found }), max, http: { status: 400 } });
  }
}

/** Measures a selection set, following fragment spreads. */
type Walker = (selectionSet: SelectionSetNode | undefined) => number;

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/**
 * A walker whose measure of each fragment is computed once and reused wherever the fragment is
 * spread, so that a fragment spread twice in each of twenty fragments costs twenty steps, not a
 * million. A fragment that spreads itself (a cycle, which another rule refuses) counts as nothing.
 */
function walker(
  document: DocumentNode,
  measure: (selectionSet: SelectionSetNode | undefined, fragment: (name: string) => number) => number,
): Walker {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();
  const fragment = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    if (inProgress.has(name)) return 0;
    inProgress.add(name);
    const value = measure(fragments.get(name)?.selectionSet, fragment);
    inProgress.delete(name);
    memo.set(name, value);
    return value;
  };
  return (selectionSet) => measure(selectionSet, fragment);
}

/** Makes a validation rule that measures each operation with `measure` and refuses it above `max`. */
function limitRule(
  limit: keyof OperationLimits,
  max: number,
  measure: (selectionSet: SelectionSetNode | undefined, fragment: (name: string) => number) => number,
  describe: (found: number) => string,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const walk = walker(context.getDocument(), measure);
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const found = walk(operation.selectionSet);
        if (found > max) context.reportError(new QueryTooComplexError(limit, found, max, describe(found)));
      },
    };
  };
}

/** Refuses operations nested deeper than `max` fields. Introspection (`__schema`, `__type`) is not counted. */
export function maxDepthRule(max: number): ValidationRule {
  const depth = (selectionSet: SelectionSetNode | undefined, fragment: (name: string) => number): number => {
    let deepest = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith("__")) deepest = Math.max(deepest, 1 + depth(selection.selectionSet, fragment));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depth(selection.selectionSet, fragment));
      } else {
        deepest = Math.max(deepest, fragment(selection.name.value));
      }
    }
    return deepest;
  };
  return limitRule(
    "depth",
    max,
    depth,
    (found) =>
      `The operation is ${found} fields deep; at most ${max} are allowed. Ask for less nested data, or split the operation.`,
  );
}

/** Counts selections of a kind, each fragment as often as it is spread. */
function counter(count: (selection: SelectionSetNode["selections"][number]) => number) {
  const total = (selectionSet: SelectionSetNode | undefined, fragment: (name: string) => number): number => {
    let sum = 0;
    for (const selection of selectionSet?.selections ?? []) {
      sum += count(selection);
      sum += selection.kind === Kind.FRAGMENT_SPREAD ? fragment(selection.name.value) : total(selection.selectionSet, fragment);
    }
    return sum;
  };
  return total;
}

/** Refuses operations with more than `max` aliased fields (alias bombs). */
export function maxAliasesRule(max: number): ValidationRule {
  return limitRule(
    "aliases",
    max,
    counter((selection) => (selection.kind === Kind.FIELD && selection.alias ? 1 : 0)),
    (found) => `The operation has ${found} aliases; at most ${max} are allowed.`,
  );
}

/** Refuses operations with more than `max` directives on their selections. */
export function maxDirectivesRule(max: number): ValidationRule {
  return limitRule(
    "directives",
    max,
    counter((selection) => selection.directives?.length ?? 0),
    (found) => `The operation has ${found} directives; at most ${max} are allowed.`,
  );
}

/**
 * Checks the values of every argument the operation passes — literals and variables alike, in the
 * operation and the fragments it spreads: no list may hold more than `limits.listItems` items, no
 * value may nest objects more than `limits.inputDepth` deep, and no string may hold what is not
 * text (`BadTextError`). A list of 20,000 IDs would otherwise
 * become 20,000 SQL parameters (past what the databases take), and a filter nested a thousand
 * levels a statement a thousand subqueries deep. `_entities`' representations are the one list
 * exempt: a gateway sends as many as it needs, and each counts in the cost instead.
 */
export function checkArgumentValues(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Pick<OperationLimits, "listItems" | "inputDepth">,
): void {
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  const tooLong = (path: string, found: number) =>
    new ArgumentTooLargeError(
      "listItems",
      path,
      found,
      limits.listItems,
      `\`${path}\` has ${found} items; at most ${limits.listItems} are allowed in one list. Split the request, or page through the results.`,
    );
  const tooDeep = (path: string) =>
    new ArgumentTooLargeError(
      "inputDepth",
      path,
      limits.inputDepth + 1,
      limits.inputDepth,
      `\`${path}\` nests objects (or lists in lists) more than ${limits.inputDepth} deep; at most ${limits.inputDepth} levels are allowed.`,
    );
  // A variable's value, as JSON. A list in a list is a level, like an object, so that no value,
  // however deep, is walked further than the limit.
  const measureJson = (value: unknown, path: string, depth: number, exempt: boolean): void => {
    if (Array.isArray(value)) {
      if (!exempt && value.length > limits.listItems) throw tooLong(path, value.length);
      for (const item of value) {
        if (Array.isArray(item) && depth + 1 > limits.inputDepth) throw tooDeep(path);
        measureJson(item, path, Array.isArray(item) ? depth + 1 : depth, false);
      }
    } else if (value !== null && typeof value === "object") {
      if (depth + 1 > limits.inputDepth) throw tooDeep(path);
      for (const [key, inner] of Object.entries(value)) measureJson(inner, `${path}.${key}`, depth + 1, false);
    } else if (typeof value === "string") {
      const problem = textProblem(value);
      if (problem) throw new BadTextError(path, problem);
    }
  };
  // A literal, with the variables in it.
  const measure = (node: ValueNode, path: string, depth: number, exempt: boolean): void => {
    if (node.kind === Kind.VARIABLE) return measureJson(variables[node.name.value], path, depth, exempt);
    if (node.kind === Kind.LIST) {
      if (!exempt && node.values.length > limits.listItems) throw tooLong(path, node.values.length);
      for (const item of node.values) {
        if (item.kind === Kind.LIST && depth + 1 > limits.inputDepth) throw tooDeep(path);
        measure(item, path, item.kind === Kind.LIST ? depth + 1 : depth, false);
      }
    } else if (node.kind === Kind.OBJECT) {
      if (depth + 1 > limits.inputDepth) throw tooDeep(path);
      for (const field of node.fields) measure(field.value, `${path}.${field.name.value}`, depth + 1, false);
    } else if (node.kind === Kind.STRING) {
      const problem = textProblem(node.value);
      if (problem) throw new BadTextError(path, problem);
    }
  };
  const walk = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      for (const directive of selection.directives ?? [])
        for (const argument of directive.arguments ?? []) measure(argument.value, argument.name.value, 0, false);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (seen.has(selection.name.value)) continue;
        seen.add(selection.name.value);
        walk(fragments.get(selection.name.value)?.selectionSet);
        continue;
      }
      if (selection.kind === Kind.FIELD) {
        const exempt = selection.name.value === "_entities";
        for (const argument of selection.arguments ?? [])
          measure(argument.value, argument.name.value, 0, exempt && argument.name.value === "representations");
      }
      walk(selection.selectionSet);
    }
  };
  walk(operation.selectionSet);
}

/**
 * The items of every list in a value, nested lists and lists inside input objects included. Walks
 * with a stack of its own, so that no value, however deep, can overflow the call stack.
 */
function listItemsIn(value: unknown): number {
  let items = 0;
  const pending = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      items += next.length;
      for (const item of next) pending.push(item);
    } else if (next !== null && typeof next === "object") for (const inner of Object.values(next)) pending.push(inner);
  }
  return items;
}

/** How many items a plain list (not a connection) is expected to hold, for the cost. */
const LIST_ESTIMATE = 5;

/**
 * The cost model: every object costs 1; a connection costs 1 plus its items' cost times its
 * `first` (or `last`, or the default page size); a plain list of objects counts as its `first`
 * items when it takes one (facets), as many as it is given IDs or representations (`nodes`,
 * `_entities`), LIST_ESTIMATE otherwise; scalars are free; introspection is free; and each item of
 * a list passed as an argument (`filter: { ids: [...] }`) costs 1, being work for the database.
 * So the cost is an upper bound of the objects an operation can return, like GitHub's node limit
 * and Shopify's calculated cost.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith("__")) return 0;
  const given = listItemsIn(args);
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return given;
  if (named.name.endsWith("Connection")) {
    const size = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
    return 1 + given + Math.max(0, size) * childComplexity;
  }
  // A connection's items are multiplied by the connection itself: `nodes` is one item; `edges` is
  // one edge, whose `node` counts the item.
  if (type instanceof GraphQLObjectType && type.name.endsWith("Connection")) {
    if (field.name === "nodes") return 1 + childComplexity;
    if (field.name === "edges") return childComplexity;
  }
  const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
  // A list that takes `first` (a facet) holds at most that many items; one of IDs, one per ID.
  const asked = args.ids ?? args.representations;
  const items = args.first != null ? Math.max(0, Number(args.first)) : Array.isArray(asked) ? asked.length : LIST_ESTIMATE;
  return given + (isListType(unwrapped) ? items * (1 + childComplexity) : 1 + childComplexity);
};

/** The calculated cost of an operation with its variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators: [costEstimator],
    maxQueryNodes: MAX_COUNTED_FIELDS,
  });
}

/**
 * The cost of an operation, remembered per document and per value of the variables that can
 * change it (page sizes, `@skip`/`@include` conditions, and the length of lists), so an operation a
 * client sends again — the usual case, with other IDs — is not walked again. Documents are the parsed documents
 * Apollo caches, so the memo lives as long as they do.
 */
export function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  let memo = costMemo.get(document);
  if (!memo) costMemo.set(document, (memo = { ...costVariables(document), costs: new Map() }));
  const sizing = memo.sizing;
  // Page sizes and conditions by value; any other declared variable only by how many list items it
  // holds. Variables the document does not declare are ignored by execution, and so here.
  const key = `${operationName ?? ""}\u0000${memo.declared
    .map((name) => `${name}=${sizing.has(name) ? JSON.stringify(variables[name]) : listItemsIn(variables[name])}`)
    .join("\u0000")}`;
  let cost = memo.costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, variables, operationName);
    if (memo.costs.size >= 1000) memo.costs.clear();
    memo.costs.set(key, cost);
  }
  return cost;
}

const costMemo = new WeakMap<DocumentNode, { declared: string[]; sizing: Set<string>; costs: Map<string, number> }>();

/**
 * The variables a document declares, and those whose value sets its cost: the ones given to
 * `first`, `last` and directives.
 */
function costVariables(document: DocumentNode): { declared: string[]; sizing: Set<string> } {
  const names = new Set<string>();
  const declared = new Set<string>();
  visit(document, {
    Argument(node, _key, parent, _path, ancestors) {
      const owner = Array.isArray(parent) ? ancestors[ancestors.length - 1] : parent;
      const inDirective = (owner as { kind?: string } | undefined)?.kind === Kind.DIRECTIVE;
      const sizing = node.name.value === "first" || node.name.value === "last";
      if (!inDirective && !sizing) return;
      visit(node.value, { Variable: (variable) => void names.add(variable.name.value) });
    },
    VariableDefinition(node) {
      declared.add(node.variable.name.value);
    },
  });
  return { declared: [...declared].sort(), sizing: names };
}

/** The most fields the cost is counted over (fragments expanded); beyond, the operation is refused. */
const MAX_COUNTED_FIELDS = 10_000;

/**
 * Checks the operation's argument values (`checkArgumentValues`) and computes its cost once its
 * variables are known, refuses it above the limits, charges
 * it to the client's points budget when there is a rate limit (`RATE_KEY` in the context names the
 * client), and reports the cost and what is left of the budget in `extensions.cost`. Operations that
 * cost nothing (introspection) are not charged.
 */
export function costLimitPlugin<C extends object>(
  limits: Pick<OperationLimits, "cost" | "listItems" | "inputDepth">,
  rate?: { limiter: RateLimiter; options: RateLimitOptions },
): ApolloServerPlugin<C> {
  const maxCost = limits.cost;
  return {
    async requestDidStart() {
      let cost: number | undefined;
      let budget: Budget | undefined;
      return {
        async didResolveOperation({ schema, document, request, operation, operationName, contextValue }) {
          if (operation) checkArgumentValues(document, operation, request.variables ?? {}, limits);
          try {
            cost = cachedOperationCost(schema, document, request.variables ?? {}, operationName);
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            if (/maximum allowed number of nodes/.test(error.message)) {
              throw new QueryTooComplexError(
                "cost",
                undefined,
                maxCost,
                `The operation has too many fields once its fragments are expanded (more than ${MAX_COUNTED_FIELDS}); ask for less.`,
              );
            }
            // The variables do not fit their types: execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (cost > maxCost) {
            throw new QueryTooComplexError(
              "cost",
              cost,
              maxCost,
              `The operation may cost ${cost} (each object 1, each connection item times its page size); at most ${maxCost} is allowed. Ask for smaller pages or less nested data.`,
            );
          }
          if (rate && cost > 0) {
            const key = String((contextValue as Record<symbol, unknown>)[RATE_KEY] ?? "unknown");
            budget = await charge(rate.limiter, rate.options, key, cost);
          }
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== "single") return;
          const extensions = (response.body.singleResult.extensions ??= {});
          extensions.cost = { requested: cost, limit: maxCost, ...budget };
        },
      };
    },
  };
}
