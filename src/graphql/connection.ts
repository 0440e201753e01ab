import { ArgsType, Directive, Field, InputType, Int, ObjectType } from "type-graphql";
import type { Page, Window } from "../db/keyset";
import type { Row } from "../db/rows";
import { OrderDirection } from "./common";
import { BadUserInputError } from "./errors";

/*
 * Relay cursor connections (https://relay.dev/graphql/connections.htm) over keyset pages: a cursor
 * is the sort-key values of its row plus the ordering it belongs to, base64url-encoded JSON.
 */

/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** The largest `first` or `last` a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/** Where a page sits in its connection. Shareable: a partner subgraph may define the same Relay type. */
@Directive("@shareable")
@ObjectType({ description: "Where a page sits in its connection, and the cursors to fetch its neighbours." })
export class PageInfo {
  @Field({ description: "True when more items follow this page (fetch them with `first` and `after: endCursor`)." })
  hasNextPage: boolean;

  @Field({ description: "True when items come before this page (fetch them with `last` and `before: startCursor`)." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the first item of the page; null when the page is empty." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last item of the page; null when the page is empty." })
  endCursor: string | null;
}

/** The paging arguments every connection takes. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items (after \`after\`, if given). 0 to ${MAX_PAGE_SIZE}; defaults to ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return items after this cursor (an `endCursor` or edge `cursor` of the same connection and ordering).",
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n items (before \`before\`, if given). 0 to ${MAX_PAGE_SIZE}.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return items before this cursor (a `startCursor` or edge `cursor` of the same connection and ordering).",
  })
  before?: string | null;
}

/** An edge as the API returns it: the node and its cursor. */
export interface EdgeResult<T> {
  cursor: string;
  node: T;
}

/** A connection as the API returns it. `totalCount` is a getter, so it is only counted when asked for. */
export interface ConnectionResult<T, E extends EdgeResult<T> = EdgeResult<T>> {
  edges: E[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** A class type, for the factory below. */
type ClassType<T = unknown> = new (...args: never[]) => T;

/**
 * Makes the `<Name>Connection` and `<Name>Edge` GraphQL types for a node type, with `edges`,
 * `nodes`, `pageInfo` and `totalCount`. Used as `class ActorConnection extends Connection(Actor, "Actor", "actors") {}`.
 */
export function Connection<T>(nodeType: ClassType<T>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a connection, with its cursor.` })
  class Edge {
    @Field({ description: "The cursor of this item, for `after` or `before`." })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  // A base for `<Name>Connection` to extend; not emitted itself, as no field returns it.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [Edge], { description: `The ${plural} of this page, each with its cursor.` })
    edges: Edge[];

    @Field(() => [nodeType], { description: `The ${plural} of this page, without cursors (a shortcut for \`edges { node }\`).` })
    nodes: T[];

    @Field(() => PageInfo, { description: "Where this page sits, and the cursors to fetch its neighbours." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match, across all pages.` })
    totalCount: number;
  }

  return ConnectionType;
}

/**
 * Makes the fields of an order input (`{ field, direction }`) for an enum of sortable fields.
 * Used as `@InputType({ description }) class ActorOrder extends OrderInput<ActorOrderField>(ActorOrderField, "Actor") {}`.
 */
export function OrderInput<E extends string>(fieldEnum: object, name: string) {
  // A base for `<Name>Order` to extend; not emitted itself, as no argument takes it.
  @InputType(`${name}OrderBase`)
  abstract class Order {
    @Field(() => fieldEnum, { description: "The field to sort by." })
    field: E;

    @Field(() => OrderDirection, { nullable: true, description: "The direction; defaults to ASC." })
    direction?: OrderDirection | null;
  }
  return Order;
}

/**
 * Makes the arguments of a filtered, sortable connection: the paging arguments plus `filter` and
 * `orderBy`. Used as `class ActorConnectionArgs extends FilteredConnectionArgs(ActorFilter, ActorOrder, "actors", "by name") {}`.
 */
export function FilteredConnectionArgs<F, O>(
  filterType: ClassType<F>,
  orderType: ClassType<O>,
  plural: string,
  defaultOrder: string,
) {
  @ArgsType()
  class Args extends ConnectionArgs {
    @Field(() => filterType, { nullable: true, description: `Which ${plural} to return; all when left out.` })
    filter?: F | null;

    @Field(() => orderType, { nullable: true, description: `How to sort them; ${defaultOrder} when left out.` })
    orderBy?: O | null;
  }
  return Args;
}

/** The paging request behind a set of connection arguments, checked. */
export interface PageRequest {
  window: Window;
  /** The ordering the cursors belong to, e.g. `SAID_ON:ASC`. */
  orderingId: string;
  /** Whether a cursor was given before this page (`after`) or after it (`before`). */
  hasAfter: boolean;
  hasBefore: boolean;
}

/**
 * Checks `first`/`after`/`last`/`before` and decodes the cursor. `orderingId` names the ordering the
 * page is sorted by and `keyCount` how many sort keys it has; a cursor made for another ordering is
 * refused. Every problem is a `BAD_USER_INPUT` error that says what is allowed.
 */
export function toPageRequest(args: ConnectionArgs, orderingId: string, keyCount: number): PageRequest {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw new BadUserInputError("Pass either `first` or `last`, not both.", "first");
  }
  if (first != null && before != null) {
    throw new BadUserInputError("`first` pages forward: use it with `after`, or use `last` with `before`.", "before");
  }
  if (after != null && before != null) {
    throw new BadUserInputError("Pass either `after` (with `first`) or `before` (with `last`), not both.", "before");
  }
  if (last != null && after != null) {
    throw new BadUserInputError("`last` pages backward: use it with `before`, or use `first` with `after`.", "after");
  }
  checkSize("first", first);
  checkSize("last", last);
  const backward = last != null || (first == null && before != null);
  const cursorArg = backward ? before : after;
  const cursorName = backward ? "before" : "after";
  const cursor = cursorArg == null ? undefined : decodeCursor(cursorArg, cursorName, orderingId, keyCount);
  return {
    window: { limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE, cursor, backward },
    orderingId,
    hasAfter: after != null,
    hasBefore: before != null,
  };
}

function checkSize(name: "first" | "last", value: number | null | undefined): void {
  if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw new BadUserInputError(
      `\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}. Page through larger results with \`${name === "first" ? "after" : "before"}\`.`,
      name,
    );
  }
}

/** Encodes a cursor: the ordering and the sort-key values of one row. */
export function encodeCursor(orderingId: string, key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([orderingId, ...key])).toString("base64url");
}

function decodeCursor(cursor: string, argument: string, orderingId: string, keyCount: number): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  const valid =
    Array.isArray(decoded) &&
    decoded.length === keyCount + 1 &&
    typeof decoded[0] === "string" &&
    decoded.slice(1).every((value) => value === null || typeof value === "string" || typeof value === "number");
  if (!valid) {
    throw new BadUserInputError(
      `\`${argument}\` is not a cursor of this connection. Pass an \`endCursor\`, \`startCursor\` or edge \`cursor\` that this connection returned, or leave it out to start from the beginning.`,
      argument,
    );
  }
  const [cursorOrdering, ...key] = decoded as [string, ...unknown[]];
  if (cursorOrdering !== orderingId) {
    throw new BadUserInputError(
      `\`${argument}\` was issued for ordering ${cursorOrdering}, but this request orders by ${orderingId}. Pass the same \`orderBy\` as the request that returned the cursor, or leave \`${argument}\` out.`,
      argument,
    );
  }
  return key;
}

/**
 * Builds the connection the API returns from a keyset page. `toEdge` maps a row to its edge;
 * `count` runs only if the client selects `totalCount`. Nothing is built before it is read: a
 * query for `nodes` gets them straight from the rows through `toNode` when given (no edges, no
 * cursors), cursors are encoded only for the edges and page ends a query reads.
 */
export function toConnection<T, E extends EdgeResult<T> = EdgeResult<T>>(
  page: Page,
  request: PageRequest,
  toEdge: (row: Row, cursor: string) => E,
  count: () => Promise<number>,
  toNode?: (row: Row) => T,
): ConnectionResult<T, E> {
  const { backward } = request.window;
  const { rows } = page;
  const cursorAt = (index: number) => (rows[index] ? encodeCursor(request.orderingId, rows[index].key) : null);
  const pageInfo: PageInfo = {
    hasNextPage: backward ? request.hasBefore : page.hasMore,
    hasPreviousPage: backward ? page.hasMore : request.hasAfter,
    get startCursor() {
      return cursorAt(0);
    },
    get endCursor() {
      return cursorAt(rows.length - 1);
    },
  };
  let total: Promise<number> | undefined;
  let edges: E[] | undefined;
  let nodes: T[] | undefined;
  return {
    get edges() {
      edges ??= rows.map(({ row, key }) => toEdge(row, encodeCursor(request.orderingId, key)));
      return edges;
    },
    // From the edges when they were built or there is no `toNode`: an edge may load its node lazily (search hits).
    get nodes() {
      nodes ??= toNode && !edges ? rows.map(({ row }) => toNode(row)) : this.edges.map((edge) => edge.node);
      return nodes;
    },
    pageInfo,
    get totalCount() {
      total ??= count();
      return total;
    },
  };
}
