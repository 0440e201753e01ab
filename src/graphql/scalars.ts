import { GraphQLScalarType, Kind, print, type ValueNode } from "graphql";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { BadUserInputError } from "./errors";

/**
 * graphql-scalars' scalar with the same behaviour, but whose parse failures are BAD_USER_INPUT
 * errors that say what the value must look like, in literals as well as in variables.
 */
function explainingFailures(scalar: GraphQLScalarType, expected: string): GraphQLScalarType {
  const config = scalar.toConfig();
  const refuse = (shown: string, node?: ValueNode) =>
    new BadUserInputError(`${config.name} must be ${expected}; got ${shown}.`, undefined, node);
  return new GraphQLScalarType({
    ...config,
    parseValue(value) {
      try {
        return config.parseValue!(value);
      } catch {
        throw refuse(JSON.stringify(value));
      }
    },
    // One parameter: a date literal holds no variables, and graphql-jit logs an error for every
    // compiled document with a literal of a scalar whose parseLiteral declares a second one.
    parseLiteral(ast: ValueNode) {
      try {
        return config.parseLiteral!(ast, undefined);
      } catch {
        // The node gives the error its `locations`; `argumentPathsPlugin` names the argument.
        throw refuse(ast.kind === Kind.STRING ? JSON.stringify(ast.value) : print(ast), ast);
      }
    },
  });
}

/**
 * `Date`: a calendar date as `YYYY-MM-DD` (RFC 3339 full-date), from graphql-scalars. Dossier keeps
 * dates as these strings end to end; input values arrive as JS `Date`s at UTC midnight and are
 * turned back into strings with `toIsoDate`.
 */
export const DateScalar = explainingFailures(DateResolver, 'a calendar date written YYYY-MM-DD, e.g. "2014-12-19"');

/** `DateTime`: an instant as an ISO 8601 / RFC 3339 string at UTC, from graphql-scalars. */
export const DateTimeScalar = explainingFailures(DateTimeResolver, 'an ISO 8601 date-time, e.g. "2015-01-02T15:04:05Z"');

/** Turns a parsed `Date` input (UTC midnight) or a `YYYY-MM-DD` string into `YYYY-MM-DD`. */
export function toIsoDate(value: Date | string): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
