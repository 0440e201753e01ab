import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { and, inList, raw, sql, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
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

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<SanctionFilter> = {
    ids: (ids) => inList("sa.id", ids),
    kinds: (kinds) => inList("sa.kind", kinds),
    programs: (programs) => inList("sa.program", programs),
    authorityIds: (ids) => inList("sa.authority_id", ids),
    activeOn: (date) => {
      const day = toIsoDate(date);
      return sql`(sa.announced_on IS NULL OR sa.announced_on <= ${day}) AND (sa.lifted_on IS NULL OR sa.lifted_on > ${day})`;
    },
    targetId: (targetId, { activeOn: date }) => {
      const designations = [sql`d.target_id = ${targetId}`, ...(date ? [activeOn("d", toIsoDate(date))] : [])];
      return sql`sa.id IN (SELECT d.sanction_id FROM designations d WHERE ${and(designations)})`;
    },
    respondsTo: (events) => sql`sa.id IN (SELECT x.sanction_id FROM sanction_events x WHERE ${inList("x.event_id", events)})`,
    text: (text) => fullTextMatch(this.db.dialect, "sanctions", "sa", searchText(text, "filter.text")),
  };

  where(filter: SanctionFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
