import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { inList, raw, sql, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
import { dateRangeConditions } from "../graphql/filters";
import { toIsoDate } from "../graphql/scalars";
import { Designation } from "./designation.entity";
import { DesignationStatus } from "./designation.enums";
import type { DesignationFilter } from "./designation.inputs";

/**
 * The condition "designation `alias` is in force on `day`": listed on or before it (or of unknown
 * listing date), and either delisted only after it or, with no delisting date, still ACTIVE.
 */
export function activeOn(alias: string, day: string): Sql {
  const d = raw(alias);
  return sql`(${d}.listed_on IS NULL OR ${d}.listed_on <= ${day})
    AND (${d}.delisted_on > ${day} OR (${d}.delisted_on IS NULL AND ${d}.status = ${DesignationStatus.ACTIVE}))`;
}

/** Designations: the edges from sanctions to their targets. */
export class DesignationService extends Collection<Designation, DesignationFilter> {
  protected readonly from = raw("designations d");
  protected readonly alias = "d";
  protected readonly sortKeys = { LISTED_ON: [{ column: "d.listed_on", nullable: true }, { column: "d.id" }] };

  /** What `designationFacets` counts by: the program is the designating sanction's. */
  readonly facets = {
    program: { key: "fs.program", join: raw("JOIN sanctions fs ON fs.id = d.sanction_id") },
    status: { key: "d.status" },
  };

  /** `Sanction.designations`. */
  readonly ofSanction: Relation = { partition: "d.sanction_id" };
  /** `Actor.designations`. */
  readonly ofTarget: Relation = { partition: "d.target_id" };
  /** `Source.designations`. */
  readonly citingSource: Relation = { partition: "d.source_id" };

  constructor(db: Database) {
    super(db, db.mapper(Designation));
  }

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<DesignationFilter> = {
    ids: (ids) => inList("d.id", ids),
    statuses: (statuses) => inList("d.status", statuses),
    programs: (programs) => sql`d.sanction_id IN (SELECT x.id FROM sanctions x WHERE ${inList("x.program", programs)})`,
    targetIds: (ids) => inList("d.target_id", ids),
    sanctionIds: (ids) => inList("d.sanction_id", ids),
    listedOn: (range) => dateRangeConditions("d.listed_on", range, "filter.listedOn"),
    activeOn: (day) => activeOn("d", toIsoDate(day)),
  };

  where(filter: DesignationFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
