import { Collection } from "../db/collection";
import type { Database } from "../db/database";
import type { Slice } from "../db/keyset";
import type { Row } from "../db/rows";
import { and, inList, join, or, raw, sql, type Sql } from "../db/sql";
import { fullTextMatch } from "../db/fulltext";
import { dateRangeConditions, searchText } from "../graphql/filters";
import { type TimelineFilter, TimelineItemKind } from "./timeline.types";

/** A dated item of the timeline, before the item itself is loaded. */
export interface TimelineEntry {
  kind: TimelineItemKind;
  id: string;
  date: string;
}

/**
 * The timeline: events, statements and designations merged in date order by one UNION ALL, each
 * branch filtered on its own table's indexes, paged by (date, ID) like any other collection.
 */
export class TimelineService extends Collection<TimelineEntry, TimelineFilter> {
  // The FROM clause depends on the filter: see `slice`.
  protected readonly from = raw("");
  protected readonly alias = "t";
  protected readonly sortKeys = { DATE: [{ column: "t.item_date" }, { column: "t.id" }] };

  constructor(db: Database) {
    super(db, {
      fromRow: (row: Row) => ({ kind: row.kind as TimelineItemKind, id: String(row.id), date: String(row.item_date) }),
    });
  }

  /** Filters apply inside each branch of the union (see `slice`); nothing is left to apply outside it. */
  where(): Sql[] {
    return [];
  }

  protected override slice(filter: TimelineFilter | null | undefined): Slice {
    const kinds = filter?.kinds ?? Object.values(TimelineItemKind);
    const text = filter?.text != null ? searchText(filter.text, "filter.text") : undefined;
    const actors = filter?.actorIds;
    const events = filter?.eventIds;
    const branches: Sql[] = [];
    if (kinds.includes(TimelineItemKind.EVENT)) {
      branches.push(
        branch("EVENT", "e.id", "e.occurred_on", raw("events e"), [
          ...dateRangeConditions("e.occurred_on", filter?.between, "filter.between"),
          ...(actors ? [sql`e.id IN (SELECT p.event_id FROM event_participants p WHERE ${inList("p.actor_id", actors)})`] : []),
          ...(events ? [inList("e.id", events)] : []),
          ...(text ? [fullTextMatch(this.db.dialect, "events", "e", text)] : []),
        ]),
      );
    }
    if (kinds.includes(TimelineItemKind.STATEMENT)) {
      branches.push(
        branch("STATEMENT", "s.id", "s.said_on", raw("statements s"), [
          ...dateRangeConditions("s.said_on", filter?.between, "filter.between"),
          ...(actors
            ? [
                or([
                  inList("s.speaker_id", actors),
                  sql`s.id IN (SELECT x.statement_id FROM statement_mentions x WHERE ${inList("x.actor_id", actors)})`,
                ]),
              ]
            : []),
          ...(events ? [sql`s.id IN (SELECT x.statement_id FROM statement_events x WHERE ${inList("x.event_id", events)})`] : []),
          ...(text ? [fullTextMatch(this.db.dialect, "statements", "s", text)] : []),
        ]),
      );
    }
    if (kinds.includes(TimelineItemKind.DESIGNATION)) {
      branches.push(
        branch("DESIGNATION", "d.id", "d.listed_on", raw("designations d"), [
          sql`d.listed_on IS NOT NULL`,
          ...dateRangeConditions("d.listed_on", filter?.between, "filter.between"),
          ...(actors ? [inList("d.target_id", actors)] : []),
          ...(events
            ? [sql`d.sanction_id IN (SELECT x.sanction_id FROM sanction_events x WHERE ${inList("x.event_id", events)})`]
            : []),
          ...(text ? [fullTextMatch(this.db.dialect, "designations", "d", text)] : []),
        ]),
      );
    }
    if (branches.length === 0) branches.push(branch("EVENT", "e.id", "e.occurred_on", raw("events e"), [sql`1 = 0`]));
    return { from: sql`(${join(branches, " UNION ALL ")}) t`, select: "t.*", where: [] };
  }
}

function branch(kind: string, id: string, date: string, from: Sql, where: Sql[]): Sql {
  return sql`SELECT ${raw(`'${kind}'`)} AS kind, ${raw(id)} AS id, ${raw(date)} AS item_date FROM ${from} WHERE ${and(where)}`;
}
