import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import type { ObjectLiteral } from "typeorm";
import type { Collection, Relation, Shape } from "../db/collection";
import type { Row } from "../db/rows";
import type { Services } from "./context";
import { OrderDirection } from "./common";
import {
  type ConnectionArgs,
  type ConnectionResult,
  type EdgeResult,
  type PageRequest,
  toConnection,
  toPageRequest,
} from "./connection";
import { selectedFields } from "./selection";

/*
 * Building blocks for the per-request DataLoaders of every domain. Each loader batches what the
 * resolvers of one GraphQL request ask for during one tick into one SQL statement, so a nested
 * query costs a fixed number of statements whatever the number of parents.
 */

/** The arguments of a connection field: paging, and optionally a filter and an ordering. */
export interface ListArgs<F> extends ConnectionArgs {
  filter?: F | null;
  orderBy?: { field: string; direction?: OrderDirection | null } | null;
  /** Not a GraphQL argument: what the query reads of each item (`selecting`). */
  shape?: Shape;
}

/** How a connection is ordered when the client gives no `orderBy`. */
export interface DefaultOrder {
  field: string;
  direction?: OrderDirection;
}

/** A connection's arguments, checked and resolved against its collection. */
interface ParsedList<F> {
  filter: F | null | undefined;
  request: PageRequest;
  ordering: ReturnType<Collection<ObjectLiteral, F>["ordering"]>["ordering"];
}

function parseListArgs<T extends ObjectLiteral, F>(
  collection: Collection<T, F>,
  args: ListArgs<F>,
  defaultOrder: DefaultOrder,
): ParsedList<F> {
  const field = args.orderBy?.field ?? defaultOrder.field;
  const direction =
    args.orderBy?.direction ?? (args.orderBy ? OrderDirection.ASC : (defaultOrder.direction ?? OrderDirection.ASC));
  const { id, ordering } = collection.ordering(field, direction === OrderDirection.DESC);
  return { filter: args.filter, ordering, request: toPageRequest(args, id, ordering.keys.length) };
}

/** Maps a row of a collection to the edge the API returns; by default `{ cursor, node }`. */
export type EdgeMapper<E> = (row: Row, cursor: string) => E;

function defaultEdge<T extends ObjectLiteral>(collection: Collection<T, unknown>): EdgeMapper<EdgeResult<T>> {
  const edge: EdgeMapper<EdgeResult<T>> = (row, cursor) => ({ cursor, node: collection.toNode(row) });
  DEFAULT_EDGES.add(edge);
  return edge;
}

/** The edge mappers `defaultEdge` made, whose nodes are the collection's `toNode`. */
const DEFAULT_EDGES = new WeakSet<object>();

/** How to build the nodes without edges: the collection's `toNode` for default edges; none for others (their edges make the nodes). */
function nodeMapper<N>(collection: { toNode(row: Row): unknown }, toEdge: object): ((row: Row) => N) | undefined {
  return DEFAULT_EDGES.has(toEdge) ? (row: Row) => collection.toNode(row) as N : undefined;
}

/**
 * A top-level connection (`statements(filter, orderBy, first, after)`): one page, counted on
 * demand. `toEdge` builds each edge; by default `{ cursor, node }`.
 */
export async function rootConnection<T extends ObjectLiteral, F, E extends EdgeResult<unknown> = EdgeResult<T>>(
  collection: Collection<T, F>,
  args: ListArgs<F>,
  defaultOrder: DefaultOrder,
  toEdge: EdgeMapper<E> = defaultEdge(collection as Collection<T, unknown>) as unknown as EdgeMapper<E>,
): Promise<ConnectionResult<E["node"], E>> {
  const { filter, ordering, request } = parseListArgs(collection, args, defaultOrder);
  const page = await collection.findPage(filter, ordering, request.window, args.shape);
  return toConnection(page, request, toEdge, () => collection.count(filter), nodeMapper(collection, toEdge));
}

/**
 * A connection's arguments with what its items' selection reads: the collection's joins it
 * selects (`participants { nodes { actor { name } } }` joins the actor, so it comes in the same
 * statement instead of one more batch) and the columns its fields need, so no other is fetched.
 * The shape is worked out once per selection and collection (`selectedFields` keeps a selection
 * per field node), not once per parent: a field under 500 parents shares one shape object, which
 * its loader's key then reads once too (`argsKey`).
 */
export function selecting<A extends object>(args: A, info: GraphQLResolveInfo, collection: ShapedCollection): A {
  const fields = selectedFields(info);
  const shape = perSelection(SHAPES, fields, collection, () => shapeOf(fields, info, collection));
  return shape ? { ...args, shape } : args;
}

type ShapedCollection = Pick<Collection<ObjectLiteral, unknown>, "joinable" | "columnsFor" | "joinColumnsFor">;

/** What was worked out of a selection (`selectedFields`, kept per field node) for a collection. */
type PerSelection<V> = WeakMap<ReadonlyMap<string, boolean>, WeakMap<object, V>>;

/** `compute()` for this selection and collection, worked out on first use and kept as long as both are. */
function perSelection<V>(cache: PerSelection<V>, fields: ReadonlyMap<string, boolean>, collection: object, compute: () => V): V {
  let byCollection = cache.get(fields);
  if (!byCollection) cache.set(fields, (byCollection = new WeakMap()));
  if (!byCollection.has(collection)) byCollection.set(collection, compute());
  return byCollection.get(collection) as V;
}

const SHAPES: PerSelection<Shape | null> = new WeakMap();

/** The joins and columns a selection reads from a collection; null when it reads every column and joins nothing. */
function shapeOf(fields: ReadonlyMap<string, boolean>, info: GraphQLResolveInfo, collection: ShapedCollection): Shape | null {
  const shape: Shape = {};
  const include = collection.joinable.filter((name) => fields.has(name));
  if (include.length > 0) shape.include = include;
  const columns = collection.columnsFor(fields);
  if (columns) shape.columns = columns;
  for (const name of include) {
    const joinColumns = collection.joinColumnsFor(name, selectedFields(info, "connection", name));
    if (joinColumns) shape.joinColumns = { ...shape.joinColumns, [name]: joinColumns };
  }
  return include.length === 0 && !columns ? null : shape;
}

/** Loads a record afresh after a write: drops what this request's loader cached for its ID. */
export function reload<T>(loader: DataLoader<string, T>, id: string): Promise<T> {
  return loader.clear(id).load(id);
}

/** Loads records by ID; `null` for unknown IDs. */
export function byIdLoader<T extends ObjectLiteral>(collection: Collection<T, unknown>): DataLoader<string, T | null> {
  return new DataLoader((ids) => collection.findByIds(ids), { maxBatchSize: 1000 });
}

/** What a nested connection field asks its loader for: the parent's ID and the field's arguments. */
export interface NestedListKey<F> {
  parentId: string;
  args: ListArgs<F>;
}

/**
 * Loads a connection under many parents (`Actor.statements` for every actor of a page) with one
 * SQL statement per distinct set of arguments, and counts them, when asked, with one more.
 */
export function connectionLoader<T extends ObjectLiteral, F, E extends EdgeResult<T> = EdgeResult<T>>(
  collection: Collection<T, F>,
  relation: Relation,
  defaultOrder: DefaultOrder,
  toEdge: EdgeMapper<E> = defaultEdge(collection as Collection<T, unknown>) as EdgeMapper<E>,
): DataLoader<NestedListKey<F>, ConnectionResult<T, E>, string> {
  const counts = new DataLoader<{ parentId: string; filter: F | null | undefined }, number, string>(
    (keys) =>
      inGroups(
        keys,
        (key) => JSON.stringify(key.filter ?? null),
        async (group) => {
          const byParent = await collection.countByParent(relation, ids(group), group[0].filter);
          return group.map((key) => byParent.get(key.parentId) ?? 0);
        },
      ),
    { cacheKeyFn: (key) => `${key.parentId}|${JSON.stringify(key.filter ?? null)}`, maxBatchSize: 500 },
  );
  return new DataLoader<NestedListKey<F>, ConnectionResult<T, E>, string>(
    (keys) =>
      inGroups(
        keys,
        (key) => argsKey(key.args),
        async (group) => {
          const { filter, ordering, request } = parseListArgs(collection, group[0].args, defaultOrder);
          const toNode = nodeMapper<T>(collection, toEdge);
          const pages = await collection.findPages(relation, ids(group), filter, ordering, request.window, group[0].args.shape);
          return group.map(({ parentId }) =>
            toConnection<T, E>(pages.get(parentId)!, request, toEdge, () => counts.load({ parentId, filter }), toNode),
          );
        },
      ),
    { cacheKeyFn: (key) => `${key.parentId}|${argsKey(key.args)}`, maxBatchSize: 500 },
  );
}

/** What a list field asks its loader for: the parent's ID, and the columns the field's selection reads. */
export interface ListKey {
  parentId: string;
  /** Every column when absent. */
  columns?: readonly string[];
}

/**
 * The key a short-list field loads its items by: its parent, and the columns of the items its
 * selection reads (`about { id title }` reads two of the events' eleven), worked out once per
 * selection and collection.
 */
export function listKey(parentId: string, info: GraphQLResolveInfo, collection: Pick<ShapedCollection, "columnsFor">): ListKey {
  const fields = selectedFields(info, "self");
  const columns = perSelection(LIST_COLUMNS, fields, collection, () => collection.columnsFor(fields));
  return columns ? { parentId, columns } : { parentId };
}

const LIST_COLUMNS: PerSelection<readonly string[] | undefined> = new WeakMap();

/** Loads a short list under many parents (a statement's topics) in one statement per set of columns. */
export function listLoader<T extends ObjectLiteral>(
  collection: Collection<T, unknown>,
  relation: Relation,
  order: DefaultOrder,
): DataLoader<ListKey, T[], string> {
  const { ordering } = collection.ordering(order.field, order.direction === OrderDirection.DESC);
  const columnsKey = (key: ListKey) => key.columns?.join(",") ?? "*";
  return new DataLoader<ListKey, T[], string>(
    (keys) =>
      inGroups(keys, columnsKey, async (group) => {
        const byParent = await collection.findAllByParent(relation, ids(group), ordering, group[0].columns);
        return group.map((key) => byParent.get(key.parentId) ?? []);
      }),
    { cacheKeyFn: (key) => `${key.parentId}|${columnsKey(key)}`, maxBatchSize: 1000 },
  );
}

/** The key of a connection's arguments: their JSON, with that of the shape (shared by every parent, see `selecting`) made once. */
function argsKey(args: ListArgs<unknown>): string {
  const { shape } = args;
  if (!shape) return JSON.stringify(args);
  let key = SHAPE_KEYS.get(shape);
  if (key === undefined) SHAPE_KEYS.set(shape, (key = JSON.stringify(shape)));
  return `${JSON.stringify({ ...args, shape: undefined })}${key}`;
}

const SHAPE_KEYS = new WeakMap<Shape, string>();

function ids(keys: readonly { parentId: string }[]): string[] {
  return [...new Set(keys.map((key) => key.parentId))];
}

/**
 * Runs `load` once per group of keys that share a group key, and returns the results in the
 * order of `keys`. A group that fails (e.g. a bad cursor) fails only its own keys.
 */
async function inGroups<K, V>(
  keys: readonly K[],
  groupKey: (key: K) => string,
  load: (group: K[]) => Promise<V[]>,
): Promise<(V | Error)[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const name = groupKey(key);
    const group = groups.get(name);
    if (group) group.push(index);
    else groups.set(name, [index]);
  });
  const results: (V | Error)[] = new Array(keys.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      try {
        const values = await load(indexes.map((i) => keys[i]));
        indexes.forEach((keyIndex, i) => (results[keyIndex] = values[i]));
      } catch (error) {
        indexes.forEach((keyIndex) => (results[keyIndex] = error instanceof Error ? error : new Error(String(error))));
      }
    }),
  );
  return results;
}

const SERVICES = Symbol("services");

/**
 * A set of per-request loaders, each made the first time a resolver asks for it: a request pays
 * only for the loaders it uses (a lookup by ID uses one of some thirty, and a DataLoader, with its
 * caches, is not free to make). `factories` makes each loader from the services.
 */
export function loadersOnFirstUse<T extends Record<string, unknown>>(factories: {
  [K in keyof T]: (services: Services) => T[K];
}): (services: Services) => T {
  class LoaderSet {
    // Under a symbol, so that the set's own keys are the loaders made so far.
    [SERVICES]: Services;
    constructor(services: Services) {
      this[SERVICES] = services;
    }
  }
  for (const key of Object.keys(factories) as (keyof T & string)[]) {
    Object.defineProperty(LoaderSet.prototype, key, {
      enumerable: true,
      get(this: LoaderSet) {
        const loader = factories[key](this[SERVICES]);
        // From now on an own property of this request's set: later reads skip the getter.
        Object.defineProperty(this, key, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  return (services) => new LoaderSet(services) as unknown as T;
}
