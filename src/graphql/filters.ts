import { raw, sql, type Sql } from "../db/sql";
import type { DateRange } from "./common";
import { BadUserInputError } from "./errors";
import { toIsoDate } from "./scalars";

/*
 * Helpers the domain services share when they turn a client's filter into SQL: each checks its
 * input and throws BAD_USER_INPUT, naming the argument, when it cannot mean anything.
 */

/** Conditions for an inclusive date range on a `date` column; refuses a range that ends before it starts. */
export function dateRangeConditions(column: string, range: DateRange | null | undefined, argument: string): Sql[] {
  if (!range) return [];
  const from = range.from ? toIsoDate(range.from) : undefined;
  const to = range.to ? toIsoDate(range.to) : undefined;
  if (from && to && from > to) {
    throw new BadUserInputError(`\`${argument}\` ends (${to}) before it starts (${from}); give \`from\` ≤ \`to\`.`, argument);
  }
  return [...(from ? [sql`${raw(column)} >= ${from}`] : []), ...(to ? [sql`${raw(column)} <= ${to}`] : [])];
}

/** Checks a list of ISO 3166-1 alpha-2 codes and returns them upper-cased. */
export function countryCodes(codes: readonly string[], argument: string): string[] {
  return codes.map((code) => {
    if (!/^[A-Za-z]{2}$/.test(code)) {
      throw new BadUserInputError(
        `\`${argument}\` takes ISO 3166-1 alpha-2 country codes such as "KP" or "US"; got "${code}".`,
        argument,
      );
    }
    return code.toUpperCase();
  });
}

/** Checks a free-text search term: something to search for, and not absurdly long. */
export function searchText(text: string, argument: string): string {
  const trimmed = text.trim();
  if (trimmed === "") throw new BadUserInputError(`\`${argument}\` must contain something to search for.`, argument);
  if (trimmed.length > 200) {
    throw new BadUserInputError(`\`${argument}\` is ${trimmed.length} characters long; at most 200 are allowed.`, argument);
  }
  return trimmed;
}
