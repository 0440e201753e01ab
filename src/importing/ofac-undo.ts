import type { DataSource, ObjectLiteral } from "typeorm";
import { AuditTrail } from "../audit/audit-trail";
import type { Row } from "../db/rows";
import { inList, sql, type Sql } from "../db/sql";
import { RECORD_TYPES } from "../domains";
import { SeedError } from "../errors";
import type { RecordType } from "../records/record-type";
import { RecordWriter } from "../writing/record-writer";
import type { TableCounts } from "../writing/sync-writer";
import { importer } from "./ofac-import";

/** What undoing a snapshot did. */
export interface OfacUndoReport {
  /** The imports of the snapshot taken back (importing one snapshot twice makes two). */
  imports: number;
  /** Records put back as they were before. */
  restored: number;
  /** Records the imports had created, removed. */
  removed: number;
  tables: Record<string, TableCounts>;
}

/** The record types by the names the audit trail gives them, dependants first: the order created records are removed in. */
const TYPES_BY_NAME = new Map<string, RecordType>(
  RECORD_TYPES.files
    .flatMap((type) => [type, ...(type.children ?? []).map((child) => child.type)])
    .reverse()
    .map((type) => [type.entity.name, type]),
);

/** Who the audit trail names as the writer of an undo. */
function undoer(asOf: string): string {
  return `undo ${importer(asOf)}`;
}

/**
 * Takes back the latest OFAC snapshot, `asOf`, as if it had never been imported: every record its
 * imports changed gets back the values the audit trail recorded before them (statuses,
 * `delistedOn`, names, aliases…), and every record they created (actors, sanctions, designations,
 * the snapshot's source) is removed. One transaction; the undo is itself in the audit trail, as
 * `undo import-ofac:<asOf>`. Then the right file can be imported under its true date.
 *
 * Only the latest snapshot can be undone (an older one's changes lie under the later ones'), and
 * only while nobody else has written to the records since: an editor's later correction would
 * otherwise be lost, so the undo is refused and names the records.
 */
export async function undoSnapshot(dataSource: DataSource, asOf: string): Promise<OfacUndoReport> {
  const fail = (problem: string): never => {
    throw new SeedError(`snapshot ${asOf}`, undefined, undefined, "--undo", problem);
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail(`"${asOf}" must be a snapshot's date written YYYY-MM-DD`);
  return dataSource.transaction(async (manager) => {
    const run = (statement: Sql) => manager.query(statement.sql, statement.values) as Promise<Row[]>;
    const [latest] = await run(sql`SELECT MAX(published_on) AS latest FROM sources WHERE id LIKE 'source:ofac-sdn-%'`);
    const latestSnapshot = latest?.latest ? String(latest.latest).slice(0, 10) : null;
    if (latestSnapshot !== asOf) {
      fail(
        latestSnapshot
          ? `only the latest snapshot can be undone, and that is ${latestSnapshot}`
          : "no OFAC snapshot has been imported into this database",
      );
    }
    // The imports since the last undo of this snapshot, if any, newest first.
    const [undone] = await run(sql`SELECT MAX(at) AS at FROM audit_log WHERE actor = ${undoer(asOf)}`);
    const since = undone?.at ? sql` AND at > ${undone.at as string}` : sql``;
    const entries = await run(
      sql`SELECT at, operation, entity_type, entity_id, changes FROM audit_log WHERE actor = ${importer(asOf)}${since} ORDER BY id DESC`,
    );
    if (entries.length === 0)
      fail("the audit trail holds no import of it to undo (a data set cites it, or it was undone already)");

    const ids = [...new Set(entries.map((entry) => String(entry.entity_id)))];
    const first = entries[entries.length - 1].at as string;
    const later: Row[] = [];
    for (let i = 0; i < ids.length && later.length < 5; i += 500) {
      later.push(
        ...(await run(sql`SELECT entity_id, actor, at FROM audit_log WHERE at >= ${first} AND actor <> ${importer(asOf)}
          AND ${inList("entity_id", ids.slice(i, i + 500))} ORDER BY id LIMIT 5`)),
      );
    }
    if (later.length > 0) {
      fail(
        `written since by others, so undoing would lose their changes: ${later
          .slice(0, 5)
          .map((row) => `${row.entity_id} (by ${row.actor})`)
          .join(", ")}. Undo those changes first, or correct the records by hand`,
      );
    }

    const audit = new AuditTrail({ name: undoer(asOf) });
    const writer = new RecordWriter(dataSource, run, RECORD_TYPES, audit);
    let restored = 0;
    const created = new Map<string, Set<string>>();
    const imports = [...new Set(entries.map((entry) => instant(entry.at)))];
    for (const at of imports) {
      // Within one import each record has one entry; its fields go back to their old values.
      const updates = new Map<string, ObjectLiteral[]>();
      for (const entry of entries.filter((candidate) => instant(candidate.at) === at)) {
        const type = String(entry.entity_type);
        if (!TYPES_BY_NAME.has(type)) fail(`the audit trail names a ${type}, which imports do not write; undo it by hand`);
        if (entry.operation === "CREATE") {
          if (!created.has(type)) created.set(type, new Set());
          created.get(type)!.add(String(entry.entity_id));
        } else if (entry.operation === "UPDATE") {
          const changes = JSON.parse(String(entry.changes)) as Record<string, { old: unknown }>;
          const record: ObjectLiteral = { id: String(entry.entity_id) };
          for (const [field, change] of Object.entries(changes)) record[field] = change.old;
          if (!updates.has(type)) updates.set(type, []);
          updates.get(type)!.push(record);
        }
      }
      for (const [type, records] of updates) {
        await writer.store(TYPES_BY_NAME.get(type)!, records);
        restored += records.length;
      }
    }
    // What the imports created goes, dependants first (designations before their sanction, actors
    // before the source), each with its own links.
    let removed = 0;
    for (const [name, type] of TYPES_BY_NAME) {
      const doomed = [...(created.get(name) ?? [])];
      if (doomed.length === 0) continue;
      try {
        await writer.remove(type, doomed);
      } catch (error) {
        fail(
          `a ${name} the import created is referred to by records written since (${(error as Error).message.split("\n")[0]}); ` +
            "remove those references first",
        );
      }
      removed += doomed.length;
    }
    await writer.flush();
    return { imports: imports.length, restored, removed, tables: writer.report };
  });
}

/** An audit entry's time as one string per instant (MySQL gives Dates, SQLite text). */
function instant(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
