import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { BadUserInputError } from "./errors";

/*
 * Facets: how the records a filter selects spread over the values of one field — statements by
 * speaker, topic and month, events by type and month, designations by program and status. Each
 * facet is one GROUP BY over the same rows the connection with that filter pages through; records
 * with no value for the field are not counted, so a facet's counts add up to at most `total`.
 */

/** How many values a facet returns when not told. */
export const DEFAULT_FACET_SIZE = 20;

/** The most values a facet returns. */
export const MAX_FACET_SIZE = 100;

/** The argument of facets that return the most frequent values. */
@ArgsType()
export class FacetArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_FACET_SIZE,
    description: `How many values to return, most frequent first (ties by value). 1 to ${MAX_FACET_SIZE}.`,
  })
  first: number;
}

/** The `first` of a facet, checked. */
export function facetSize({ first }: FacetArgs): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_FACET_SIZE) {
    throw new BadUserInputError(`\`first\` must be between 1 and ${MAX_FACET_SIZE}; got ${first}.`, "first");
  }
  return first;
}

/** The SQL for the calendar month (`YYYY-MM`) of a date column, on both drivers. */
export function monthOf(column: string): string {
  return `SUBSTR(${column}, 1, 7)`;
}

@ObjectType({ description: "How many of the counted records fall in one calendar month." })
export class MonthCount {
  @Field({ description: "The month, as `YYYY-MM`. A date known only to the year counts in its January." })
  month: string;

  @Field(() => Int, { description: "How many records." })
  count: number;
}

/** Facet rows as month counts. */
export function monthCounts(rows: { value: string; count: number }[]): MonthCount[] {
  return rows.map(({ value, count }) => ({ month: value, count }));
}
