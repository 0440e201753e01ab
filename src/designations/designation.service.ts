import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { inList, raw, sql, type Sql } from "../db/sql";
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

  where(filter: DesignationFilter | null | undefined): Sql[] {
    if (!filter) return [];
    const conditions: Sql[] = [];
    if (filter.ids) conditions.push(inList("d.id", filter.ids));
    if (filter.statuses) conditions.push(inList("d.status", filter.statuses));
    if (filter.programs) {
      conditions.push(sql`d.sanction_id IN (SELECT x.id FROM sanctions x WHERE ${inList("x.program", filter.programs)})`);
    }
    if (filter.targetIds) conditions.push(inList("d.target_id", filter.targetIds));
    if (filter.sanctionIds) conditions.push(inList("d.sanction_id", filter.sanctionIds));
    conditions.push(...dateRangeConditions("d.listed_on", filter.listedOn, "filter.listedOn"));
    if (filter.activeOn) conditions.push(activeOn("d", toIsoDate(filter.activeOn)));
    return conditions;
  }
}
