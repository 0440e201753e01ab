import { DateResolver, DateTimeResolver } from "graphql-scalars";

/**
 * `Date`: a calendar date as `YYYY-MM-DD` (RFC 3339 full-date), from graphql-scalars. Dossier keeps
 * dates as these strings end to end; input values arrive as JS `Date`s at UTC midnight and are
 * turned back into strings with `toIsoDate`.
 */
export const DateScalar = DateResolver;

/** `DateTime`: an instant as an ISO 8601 / RFC 3339 string at UTC, from graphql-scalars. */
export const DateTimeScalar = DateTimeResolver;

/** Turns a parsed `Date` input (UTC midnight) or a `YYYY-MM-DD` string into `YYYY-MM-DD`. */
export function toIsoDate(value: Date | string): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
