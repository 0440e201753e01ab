import { GraphQLEnumType, GraphQLError, type GraphQLFormattedError } from "graphql";

/**
 * Every `extensions.code` a client can meet. One enum for the whole API: clients switch on it,
 * the README documents it, and it is part of the schema (`ErrorCode`) so Sandbox shows it.
 */
export enum ErrorCode {
  /** An argument or input value is invalid: a bound, a cursor, a date, a reference. The message says what is allowed. */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** The requested object does not exist (used by mutations; lookups return null instead). */
  NOT_FOUND = "NOT_FOUND",
  /** The operation is not valid GraphQL. */
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  /** The operation does not match the schema (unknown field, wrong argument type, …). */
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  /** The HTTP request itself is malformed (bad JSON, missing query, wrong method). */
  BAD_REQUEST = "BAD_REQUEST",
  /** The operation name does not match an operation in the document. */
  OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE",
  /** No valid credentials were sent. */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** The credentials do not allow this operation. */
  FORBIDDEN = "FORBIDDEN",
  /** The client has spent its request budget; retry after the time the response gives. */
  RATE_LIMITED = "RATE_LIMITED",
  /** The operation is deeper, wider or costlier than the limits allow. */
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  /** The database cannot be reached; retry later. */
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  /** Something failed inside the hub. The details are in the server log, never in the response. */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** `ErrorCode` as a GraphQL enum, added to the schema so that clients see the codes in introspection. */
export const ErrorCodeType = new GraphQLEnumType({
  name: "ErrorCode",
  description: "The codes found in `errors[].extensions.code`. Every error the API returns carries one of them.",
  values: {
    BAD_USER_INPUT: {
      description: "An argument or input value is invalid (a bound, a cursor, a date, a reference); the message says what is allowed.",
    },
    NOT_FOUND: { description: "The requested object does not exist. Lookups return null instead of this error." },
    GRAPHQL_PARSE_FAILED: { description: "The operation is not valid GraphQL." },
    GRAPHQL_VALIDATION_FAILED: { description: "The operation does not match the schema (unknown field, wrong argument type, …)." },
    BAD_REQUEST: { description: "The HTTP request is malformed (bad JSON, missing query, wrong method or content type)." },
    OPERATION_RESOLUTION_FAILURE: { description: "The operation name does not match an operation in the document." },
    UNAUTHENTICATED: { description: "No valid credentials were sent." },
    FORBIDDEN: { description: "The credentials do not allow this operation." },
    RATE_LIMITED: { description: "The request budget is spent; retry after the time the response gives." },
    QUERY_TOO_COMPLEX: { description: "The operation is deeper, wider or costlier than the limits allow." },
    DATABASE_UNAVAILABLE: { description: "The database cannot be reached; retry later." },
    INTERNAL_SERVER_ERROR: { description: "Something failed inside the hub; the details are in the server log, never in the response." },
  } satisfies Record<ErrorCode, { description: string }>,
});

/** The base of every error the hub raises on purpose: a GraphQL error with a code from `ErrorCode`. */
export class DossierError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Invalid input from the client. `argument` names the argument or input field at fault. */
export class BadUserInputError extends DossierError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argument === undefined ? {} : { argument });
  }
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Shapes every error before it leaves the server: errors raised on purpose keep their message and
 * code; a validation failure caused by one of our own BAD_USER_INPUT errors (a scalar refusing a
 * literal such as `"2015-13-01"` for a `Date`) keeps that code; anything else is an internal
 * failure whose message and stack are logged, not sent.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const code = extensions.code;
  const cause = originalErrorOf(error);
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && cause instanceof DossierError) {
    return { ...formatted, extensions: { ...cause.extensions } };
  }
  if (typeof code === "string" && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  console.error("Internal error while executing an operation:", cause);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** The error at the bottom of a chain of wrapped GraphQL errors. */
function originalErrorOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}
