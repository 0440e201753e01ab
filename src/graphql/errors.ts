import { type ASTNode, GraphQLEnumType, GraphQLError, type GraphQLFormattedError } from "graphql";
import { DomainError } from "../errors";

/**
 * Every `extensions.code` a client can meet, with what it means. One list for the whole API:
 * clients switch on it, the README documents it, and it is part of the schema (`ErrorCode`) so
 * that Sandbox shows it.
 */
const ERROR_CODES = {
  BAD_USER_INPUT:
    "An argument or input value is invalid (a bound, a cursor, a date, a reference); the message says what is allowed.",
  NOT_FOUND: "The requested object does not exist. Lookups return null instead of this error.",
  GRAPHQL_PARSE_FAILED: "The operation is not valid GraphQL.",
  GRAPHQL_VALIDATION_FAILED: "The operation does not match the schema (unknown field, wrong argument type, …).",
  BAD_REQUEST: "The HTTP request is malformed (bad JSON, missing query, wrong method or content type).",
  OPERATION_RESOLUTION_FAILURE: "The operation name does not match an operation in the document.",
  PERSISTED_QUERY_NOT_FOUND:
    "An automatic persisted query was sent by hash only and the hub does not know it yet: send it again with its text.",
  PERSISTED_QUERY_NOT_SUPPORTED: "The hub does not accept persisted queries in this request.",
  UNAUTHENTICATED: "No valid credentials were sent.",
  FORBIDDEN: "The credentials do not allow this operation.",
  RATE_LIMITED: "The request budget is spent; retry after the time the response gives.",
  QUERY_TOO_COMPLEX: "The operation is deeper, wider or costlier than the limits allow.",
  DATABASE_UNAVAILABLE: "The database cannot be reached; retry later.",
  TIMEOUT: "The operation ran longer than the hub allows; ask for less, or retry later.",
  SUBGRAPH_UNAVAILABLE: "A subgraph behind the gateway does not answer; the fields it provides are null. Retry later.",
  INTERNAL_SERVER_ERROR: "Something failed inside the hub; the details are in the server log, never in the response.",
} as const;

/** The error codes: `ErrorCode.BAD_USER_INPUT === "BAD_USER_INPUT"`. */
export const ErrorCode = Object.fromEntries(Object.keys(ERROR_CODES).map((code) => [code, code])) as {
  readonly [K in keyof typeof ERROR_CODES]: K;
};
export type ErrorCode = keyof typeof ERROR_CODES;

/** `ErrorCode` as a GraphQL enum, added to the schema so that clients see the codes in introspection. */
export const ErrorCodeType = new GraphQLEnumType({
  name: "ErrorCode",
  description: "The codes found in `errors[].extensions.code`. Every error the API returns carries one of them.",
  values: Object.fromEntries(Object.entries(ERROR_CODES).map(([code, description]) => [code, { description }])),
});

/** The base of every error the hub raises on purpose: a GraphQL error with a code from `ErrorCode`. */
export class DossierError extends GraphQLError {
  /** `nodes`: where in the document the fault is, for `locations` (a literal a scalar refuses). */
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, nodes?: ASTNode) {
    super(message, { extensions: { ...extensions, code }, nodes });
  }
}

/** No valid credentials: HTTP 401. */
export class UnauthenticatedError extends DossierError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message, {
      http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="dossier"']]) },
    });
  }
}

/** Valid credentials that do not allow the operation: HTTP 403. */
export class ForbiddenError extends DossierError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message, { http: { status: 403 } });
  }
}

/** The database does not answer: HTTP 503, so that clients retry rather than change their request. */
export class DatabaseUnavailableError extends DossierError {
  constructor() {
    super(ErrorCode.DATABASE_UNAVAILABLE, "The database is unavailable; retry later.", { http: { status: 503 } });
  }
}

/** Invalid input from the client. `argument` names the argument or input field at fault. */
export class BadUserInputError extends DossierError {
  constructor(message: string, argument?: string, nodes?: ASTNode) {
    super(ErrorCode.BAD_USER_INPUT, message, argument === undefined ? {} : { argument }, nodes);
  }
}

/**
 * The GraphQL error a domain's plain error stands for (`src/errors.ts`), for the places that must
 * throw a GraphQL error themselves (the context function, whose errors Apollo answers with their
 * `extensions.http`). Errors raised while executing need no conversion: `formatError` maps them.
 */
export function toGraphQLError(error: DomainError): DossierError {
  if (error.code === ErrorCode.UNAUTHENTICATED) return new UnauthenticatedError(error.message);
  return new DossierError(error.code, error.message, error.details);
}

const KNOWN_CODES = new Set<string>(Object.keys(ERROR_CODES));

/**
 * Shapes every error before it leaves the server: errors raised on purpose keep their message and
 * code (a domain's plain errors get theirs here, with their details beside it); a validation failure caused by one of our own BAD_USER_INPUT errors (a scalar refusing a
 * literal such as `"2015-13-01"` for a `Date`) keeps that code; anything else is an internal
 * failure whose message and stack go to `report` (the hub's JSON log; the console by default), not
 * to the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (cause: unknown) => void = (cause) => console.error("Internal error while executing an operation:", cause),
): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const code = extensions.code;
  const cause = originalErrorOf(error);
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && cause instanceof DossierError) {
    // `http` tells Apollo the status to answer with; it is not for the client.
    const { http: _http, ...causeExtensions } = cause.extensions as Record<string, unknown>;
    return { ...formatted, extensions: causeExtensions };
  }
  if (cause instanceof DomainError) {
    return {
      message: cause.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...cause.details, code: cause.code },
    };
  }
  const tokens = /Document contains more th(?:at|an) (\d+) tokens/.exec(formatted.message);
  if (tokens) {
    return {
      message: `The operation has more than ${tokens[1]} tokens; at most ${tokens[1]} are allowed.`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: "tokens", max: Number(tokens[1]) },
    };
  }
  if (typeof code === "string" && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  // Apollo refuses some requests with an HTTP 4xx status and no code: a persisted query whose
  // hash is not its text's, say. The client's request is at fault, so it is told what to fix.
  const status = (cause instanceof GraphQLError ? (cause.extensions.http as { status?: unknown } | undefined) : undefined)
    ?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    const message = /provided sha does not match query/.test(formatted.message)
      ? "The persisted query's sha256Hash is not the SHA-256 of its query text: send the hash of the exact text, in lowercase hex."
      : formatted.message;
    return { message, extensions: { code: ErrorCode.BAD_REQUEST } };
  }
  if (isDatabaseUnavailable(cause)) {
    return {
      message: "The database is unavailable; retry later.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  report(cause);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Driver error codes that mean the database cannot be reached or cannot take the query now. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_CON_COUNT_ERROR",
  "ER_SERVER_SHUTDOWN",
  "SQLITE_BUSY",
  "SQLITE_CANTOPEN",
]);

/** Whether an error says the database is down, closed or overloaded, rather than that the hub is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  // TypeORM wraps driver errors; closed data sources and closed better-sqlite3 handles say so in words.
  const cause = (error as { driverError?: unknown }).driverError;
  if (cause && cause !== error && isDatabaseUnavailable(cause)) return true;
  return /database connection is not open|Connection is not established|Pool is closed|connection.*closed state/i.test(
    error.message,
  );
}

/** The error at the bottom of a chain of wrapped GraphQL errors. */
function originalErrorOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}
