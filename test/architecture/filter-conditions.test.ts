import { type ConditionsOf, conditionsOf, sql } from "../../src/db/sql";

/*
 * A filter field must have a condition: each service lists one per field of its filter type
 * (`ConditionsOf<F>`), so a field added to the filter and forgotten in the service fails to compile
 * (`npm run typecheck`, in CI) instead of being accepted and ignored.
 */

interface Filter {
  ids?: string[] | null;
  country?: string | null;
  isOfficial?: boolean | null;
}

describe("filter conditions", () => {
  it("must name every field of the filter", () => {
    // @ts-expect-error -- `isOfficial` has no condition: this must not compile.
    const missing: ConditionsOf<Filter> = { ids: () => sql`1`, country: () => sql`1` };
    expect(Object.keys(missing)).toHaveLength(2);
  });

  it("add the conditions of the fields given, in order, skipping null and undefined, keeping false", () => {
    const conditions: ConditionsOf<Filter> = {
      ids: (ids) => sql`id IN (${ids.join(",")})`,
      country: (country) => sql`country = ${country}`,
      isOfficial: (isOfficial, filter) => [sql`is_official = ${isOfficial ? 1 : 0}`, sql`${filter.country ?? "any"}`],
    };
    expect(conditionsOf(null, conditions)).toEqual([]);
    const made = conditionsOf({ country: null, isOfficial: false, ids: ["a"] }, conditions);
    expect(made.map((condition) => [condition.sql, condition.values])).toEqual([
      ["id IN (?)", ["a"]],
      ["is_official = ?", [0]],
      ["?", ["any"]],
    ]);
  });
});
