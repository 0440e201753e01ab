import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { and, inList, raw, sql, type Sql } from "../db/sql";
import { fullTextMatch } from "../db/fulltext";
import { searchText } from "../graphql/filters";
import { toIsoDate } from "../graphql/scalars";
import { activeOn } from "../designations/designation.service";
import { Sanction } from "./sanction.entity";
import type { SanctionFilter } from "./sanction.inputs";

/** Sanctions: lookups, filtered pages, sanctions by authority, by event, by source. */
export class SanctionService extends Collection<Sanction, SanctionFilter> {
  protected readonly from = raw("sanctions sa");
  protected readonly alias = "sa";
  protected readonly sortKeys = {
    ANNOUNCED_ON: [{ column: "sa.announced_on", nullable: true }, { column: "sa.id" }],
    TITLE: [{ column: "sa.title" }, { column: "sa.id" }],
  };

  /** `Actor.sanctionsIssued`. */
  readonly byAuthority: Relation = { partition: "sa.authority_id" };
  /** `Event.sanctions`. */
  readonly respondingTo: Relation = {
    partition: "sae.event_id",
    from: raw("sanctions sa JOIN sanction_events sae ON sae.sanction_id = sa.id"),
  };
  /** `Source.sanctions`. */
  readonly citingSource: Relation = {
    partition: "ss.source_id",
    from: raw("sanctions sa JOIN sanction_sources ss ON ss.sanction_id = sa.id"),
  };

  constructor(db: Database) {
    super(db, db.mapper(Sanction));
  }

  where(filter: SanctionFilter | null | undefined): Sql[] {
    if (!filter) return [];
    const conditions: Sql[] = [];
    if (filter.ids) conditions.push(inList("sa.id", filter.ids));
    if (filter.kinds) conditions.push(inList("sa.kind", filter.kinds));
    if (filter.programs) conditions.push(inList("sa.program", filter.programs));
    if (filter.authorityIds) conditions.push(inList("sa.authority_id", filter.authorityIds));
    const day = filter.activeOn ? toIsoDate(filter.activeOn) : undefined;
    if (day)
      conditions.push(
        sql`(sa.announced_on IS NULL OR sa.announced_on <= ${day}) AND (sa.lifted_on IS NULL OR sa.lifted_on > ${day})`,
      );
    if (filter.targetId != null) {
      const designations = [sql`d.target_id = ${filter.targetId}`, ...(day ? [activeOn("d", day)] : [])];
      conditions.push(sql`sa.id IN (SELECT d.sanction_id FROM designations d WHERE ${and(designations)})`);
    }
    if (filter.respondsTo) {
      conditions.push(
        sql`sa.id IN (SELECT x.sanction_id FROM sanction_events x WHERE ${inList("x.event_id", filter.respondsTo)})`,
      );
    }
    if (filter.text != null) {
      conditions.push(fullTextMatch(this.db.dialect, "sanctions", "sa", searchText(filter.text, "filter.text")));
    }
    return conditions;
  }
}
