import type { DataSource } from "typeorm";
import { AuditEntryRecord } from "./audit-entry.entity";
import { RowMapper, type Row } from "../db/rows";
import { join, raw, sql, type Sql } from "../db/sql";

/** What a write did to a record. */
export type AuditOperation = "CREATE" | "UPDATE" | "DELETE";

/** Who writes: an API key's holder, or a named process (`seed:sony-2015`, `import-ofac`). */
export interface AuditActor {
  name: string;
  keyId?: string | null;
}

/** One field's value before and after a write. */
export interface FieldChange {
  old: unknown;
  new: unknown;
}

/**
 * Collects the changes of one write (one transaction), a record at a time, and stores them as
 * audit entries: who, when, which record, which operation, and each changed field's old and new
 * value. Changes to the same record in one write — its columns and its links — make one entry.
 */
export class AuditTrail {
  private readonly entries = new Map<
    string,
    { type: string; id: string; operation: AuditOperation; changes: Record<string, FieldChange> }
  >();

  constructor(
    readonly actor: AuditActor,
    readonly at = new Date(),
  ) {}

  /** Notes a change of `field` of record `type`/`id` by `operation`. */
  record(type: string, id: string, operation: AuditOperation, field: string, change: FieldChange): void {
    const key = `${type}|${id}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { type, id, operation, changes: {} };
      this.entries.set(key, entry);
    }
    // A record created or deleted in this write stays so, whatever else changes with it.
    if (entry.operation === "UPDATE") entry.operation = operation;
    entry.changes[field] = change;
  }

  /** How many records the write changed. */
  get size(): number {
    return this.entries.size;
  }

  /** Writes the collected entries to `audit_log` through `run` (inside the write's transaction). */
  async flush(dataSource: DataSource, run: (statement: Sql) => Promise<Row[]>): Promise<void> {
    if (this.entries.size === 0) return;
    const mapper = new RowMapper(dataSource, AuditEntryRecord);
    const rows = [...this.entries.values()].map((entry) =>
      mapper.toRow({
        at: this.at,
        actor: this.actor.name,
        keyId: this.actor.keyId ?? null,
        operation: entry.operation,
        entityType: entry.type,
        entityId: entry.id,
        changes: JSON.stringify(entry.changes),
      }),
    );
    const columns = Object.keys(rows[0]);
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      await run(
        sql`INSERT INTO audit_log (${raw(columns.join(", "))}) VALUES ${join(
          chunk.map((row) => sql`(${join(columns.map((column) => row[column] as string))})`),
          ", ",
        )}`,
      );
    }
    this.entries.clear();
  }
}
