import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "../graphql/errors";

/** The errors a well-formed request can meet before execution: GraphQL's, not HTTP's. */
const REQUEST_ERRORS = new Set<unknown>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
]);

/**
 * Sets the HTTP status of every GraphQL answer, in one place, before the request's log line is
 * written (so the log says what the client got):
 *
 * - 503 when the database did not answer: the client should retry, not fix its request;
 * - 200 rather than Apollo's 400 when a client that accepts only `application/json` sent a
 *   well-formed request that fails to parse, validate, coerce its variables or keep within a limit
 *   (the errors are in the body), as GraphQL over HTTP asks; clients that accept
 *   `application/graphql-response+json` keep the 400.
 *
 * Put it before the plugins that read the status (the observability plugin).
 */
export function httpStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get("accept") ?? "";
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const codes = (response.body.singleResult.errors ?? []).map((error) => error.extensions?.code);
          if (codes.includes(ErrorCode.DATABASE_UNAVAILABLE)) response.http.status = 503;
          else if (
            response.http.status === 400 &&
            codes.length > 0 &&
            codes.every((code) => REQUEST_ERRORS.has(code)) &&
            !/application\/graphql-response\+json/i.test(accept)
          )
            response.http.status = 200;
        },
      };
    },
  };
}
