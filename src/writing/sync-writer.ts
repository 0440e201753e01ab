import type { DataSource, ObjectLiteral } from "typeorm";
import type { AuditTrail } from "../audit/audit-trail";
import { RowMapper, type Row } from "../db/rows";
import { and, inList, join, raw, sql, type Sql } from "../db/sql";

/** What writing did to one table. */
export interface TableCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** How the links of a link table show in the audit trail: as a field of their owner. */
export interface LinkAudit {
  /** The owner's type (`Statement`). */
  type: string;
  /** The owner's field the links make up (`topics`). */
  field: string;
  /** How one link reads in the trail (`topic:attribution`, `actor:fbi ATTRIBUTOR`). */
  describe: (row: Row) => string;
}

const BOOKKEEPING = new Set(["createdAt", "updatedAt"]);

/**
 * Writes rows so that a table ends up holding them, touching only what differs: new rows are
 * inserted, changed rows updated (with a new `updated_at`), identical rows left alone. For link
 * tables, the links of the given owners become exactly the given ones. Every change is noted in
 * the audit trail, when one is given.
 */
export class SyncWriter {
  readonly report: Record<string, TableCounts> = {};
  private readonly now: Date;

  constructor(
    private readonly dataSource: DataSource,
    private readonly run: (statement: Sql) => Promise<Row[]>,
    private readonly audit?: AuditTrail,
    /** Told how many more records have been written, as writing goes on (for a progress bar). */
    private readonly onWritten?: (records: number) => void,
  ) {
    this.now = audit?.at ?? new Date();
  }

  /**
   * Makes the entity table hold these records (matched by `id`). With `ownedBy`, the records are
   * the whole set of their owners' children (a sanction's designations): rows of those owners that
   * are not among the records are deleted.
   */
  async entities<T extends ObjectLiteral>(
    entity: new () => T,
    records: Partial<T>[],
    ownedBy?: { column: string; owners: string[] },
  ): Promise<void> {
    const mapper = new RowMapper(this.dataSource, entity);
    const counts = this.counts(mapper.table);
    if (ownedBy && ownedBy.owners.length > 0) {
      const keep = new Set(records.map((record) => String(record.id)));
      const owned = await this.selectIn(mapper.table, ownedBy.column, ownedBy.owners);
      const gone = owned.filter((row) => !keep.has(String(row.id)));
      for (const chunk of chunks(gone, 500)) {
        await this.run(
          sql`DELETE FROM ${raw(mapper.table)} WHERE ${inList(
            "id",
            chunk.map((row) => String(row.id)),
          )}`,
        );
      }
      for (const row of gone) this.noteAll(mapper, row, "DELETE");
      counts.deleted += gone.length;
    }
    if (records.length === 0) return;
    const existing = new Map<string, Row>();
    for (const row of await this.selectIn(
      mapper.table,
      "id",
      records.map((r) => String(r.id)),
    ))
      existing.set(String(row.id), row);
    const inserts: Row[] = [];
    for (const record of records) {
      const old = existing.get(String(record.id));
      if (!old) {
        const row = mapper.toRow({ ...record, createdAt: this.now, updatedAt: this.now } as Partial<T>);
        inserts.push(row);
        this.noteAll(mapper, row, "CREATE");
        continue;
      }
      const row = mapper.toRow(record);
      const changed = Object.keys(row).filter((column) => !sameValue(old[column], row[column]));
      if (changed.length === 0) {
        counts.unchanged++;
        this.onWritten?.(1);
        continue;
      }
      const values = {
        ...Object.fromEntries(changed.map((c) => [c, row[c]])),
        ...mapper.toRow({ updatedAt: this.now } as unknown as Partial<T>),
      };
      await this.run(
        sql`UPDATE ${raw(mapper.table)} SET ${join(
          Object.entries(values).map(([column, value]) => sql`${raw(column)} = ${value as string}`),
          ", ",
        )} WHERE id = ${String(record.id)}`,
      );
      const before = mapper.fromRow(old);
      for (const column of changed) {
        const property = mapper.propertyOf(column);
        this.audit?.record(mapper.entityName, String(record.id), "UPDATE", property, {
          old: before[property] ?? null,
          new: record[property] ?? null,
        });
      }
      counts.updated++;
      this.onWritten?.(1);
    }
    await this.insert(mapper.table, inserts, this.onWritten);
    counts.inserted += inserts.length;
  }

  /** Deletes records by ID, noting every field of each in the audit trail. */
  async remove<T extends ObjectLiteral>(entity: new () => T, ids: string[]): Promise<void> {
    const mapper = new RowMapper(this.dataSource, entity);
    const counts = this.counts(mapper.table);
    const rows = await this.selectIn(mapper.table, "id", ids);
    for (const chunk of chunks(rows, 500)) {
      await this.run(
        sql`DELETE FROM ${raw(mapper.table)} WHERE ${inList(
          "id",
          chunk.map((row) => String(row.id)),
        )}`,
      );
    }
    for (const row of rows) this.noteAll(mapper, row, "DELETE");
    counts.deleted += rows.length;
  }

  /** Makes the links of each owner in `owners` exactly `rows` (the owner column is `ownerColumn`). */
  async links(table: string, ownerColumn: string, owners: string[], rows: Row[], audit?: LinkAudit): Promise<void> {
    const counts = this.counts(table);
    if (owners.length === 0) return;
    // A link is its primary key; any other column (`statement_topics.said_on`) is the database's to keep.
    const columns = this.primaryKeyOf(table);
    const key = (row: Row) => JSON.stringify(columns.map((column) => String(row[column])));
    const wanted = new Map(rows.map((row) => [key(row), row]));
    const existing = await this.selectIn(table, ownerColumn, owners);
    if (audit && this.audit) this.noteLinks(audit, ownerColumn, owners, existing, rows);
    for (const row of existing) {
      if (wanted.delete(key(row))) {
        counts.unchanged++;
        continue;
      }
      await this.run(
        sql`DELETE FROM ${raw(table)} WHERE ${and(columns.map((column) => sql`${raw(column)} = ${row[column] as string}`))}`,
      );
      counts.deleted++;
    }
    await this.insert(table, [...wanted.values()]);
    counts.inserted += wanted.size;
  }

  /** Notes every field of a row as created (from nothing) or deleted (to nothing). */
  private noteAll<T extends ObjectLiteral>(mapper: RowMapper<T>, row: Row, operation: "CREATE" | "DELETE"): void {
    if (!this.audit) return;
    const entity = mapper.fromRow(row);
    for (const [property, value] of Object.entries(entity)) {
      if (BOOKKEEPING.has(property) || property === "id") continue;
      this.audit.record(mapper.entityName, String(row.id), operation, property, {
        old: operation === "CREATE" ? null : (value ?? null),
        new: operation === "CREATE" ? (value ?? null) : null,
      });
    }
  }

  /** Notes, per owner, the links before and after, when they differ. */
  private noteLinks(audit: LinkAudit, ownerColumn: string, owners: string[], before: Row[], after: Row[]): void {
    const listOf = (rows: Row[]) => {
      const byOwner = new Map<string, string[]>(owners.map((owner) => [owner, []]));
      for (const row of rows) byOwner.get(String(row[ownerColumn]))?.push(audit.describe(row));
      return byOwner;
    };
    const [old, now] = [listOf(before), listOf(after)];
    for (const owner of owners) {
      const [from, to] = [old.get(owner)!.sort(), now.get(owner)!.sort()];
      if (JSON.stringify(from) !== JSON.stringify(to))
        this.audit!.record(audit.type, owner, "UPDATE", audit.field, { old: from, new: to });
    }
  }

  private primaryKeyOf(table: string): string[] {
    const metadata = this.dataSource.entityMetadatas.find((candidate) => candidate.tableName === table);
    if (!metadata) throw new Error(`no entity maps the table ${table}`);
    return metadata.primaryColumns.map((column) => column.databaseName);
  }

  private async selectIn(table: string, column: string, values: string[]): Promise<Row[]> {
    const rows: Row[] = [];
    for (const chunk of chunks(values, 500))
      rows.push(...(await this.run(sql`SELECT * FROM ${raw(table)} WHERE ${inList(column, chunk)}`)));
    return rows;
  }

  private async insert(table: string, rows: Row[], onWritten?: (records: number) => void): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    for (const chunk of chunks(rows, 200)) {
      await this.run(
        sql`INSERT INTO ${raw(table)} (${raw(columns.join(", "))}) VALUES ${join(
          chunk.map((row) => sql`(${join(columns.map((c) => row[c] as string))})`),
          ", ",
        )}`,
      );
      onWritten?.(chunk.length);
    }
  }

  private counts(table: string) {
    this.report[table] ??= { inserted: 0, updated: 0, unchanged: 0, deleted: 0 };
    return this.report[table];
  }
}

/** Whether a stored value equals the value to store, as the drivers spell them (1 for true, strings for numbers). */
function sameValue(storedValue: unknown, wantedValue: unknown): boolean {
  const [stored, wanted] = [storedValue, wantedValue].map((v) => (typeof v === "boolean" ? Number(v) : v));
  if (stored === null || stored === undefined || wanted === null || wanted === undefined) {
    return (stored ?? null) === (wanted ?? null);
  }
  if (stored instanceof Date || wanted instanceof Date)
    return new Date(stored as string).getTime() === new Date(wanted as string).getTime();
  return String(stored) === String(wanted);
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
