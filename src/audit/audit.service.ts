import { Collection } from "../db/collection";
import type { Database } from "../db/database";
import type { Row } from "../db/rows";
import { inList, raw, sql, type Sql } from "../db/sql";
import { InvalidArgumentError } from "../errors";
import { AuditEntryRecord } from "./audit-entry.entity";
import { type AuditEntry, type AuditFilter, type FieldChange } from "./audit.types";

/** The audit trail, read: entries filtered by writer, operation, record and time, a page at a time. */
export class AuditService extends Collection<AuditEntry, AuditFilter> {
  protected readonly from = raw("audit_log al");
  protected readonly alias = "al";
  protected readonly sortKeys = { AT: [{ column: "al.at" }, { column: "al.id" }] };

  constructor(db: Database) {
    const mapper = db.mapper(AuditEntryRecord);
    super(db, {
      fromRow: (row: Row): AuditEntry => {
        const record = mapper.fromRow(row);
        const changes = JSON.parse(record.changes) as Record<string, { old: unknown; new: unknown }>;
        return {
          id: String(record.id),
          at: record.at,
          actor: record.actor,
          keyId: record.keyId,
          operation: record.operation as AuditEntry["operation"],
          entityType: record.entityType,
          entityId: record.entityId,
          changes: Object.entries(changes).map(([field, change]): FieldChange => ({ field, old: change.old, new: change.new })),
        };
      },
    });
  }

  where(filter: AuditFilter | null | undefined): Sql[] {
    if (!filter) return [];
    const conditions: Sql[] = [];
    if (filter.actors) conditions.push(inList("al.actor", filter.actors));
    if (filter.operations) conditions.push(inList("al.operation", filter.operations));
    if (filter.entityTypes) conditions.push(inList("al.entity_type", filter.entityTypes));
    if (filter.entityIds) conditions.push(inList("al.entity_id", filter.entityIds));
    const { from, to } = filter.at ?? {};
    if (from && to && from > to)
      throw new InvalidArgumentError("`filter.at` ends before it starts; give `from` ≤ `to`.", "filter.at");
    const stored = (instant: Date) => this.db.mapper(AuditEntryRecord).toRow({ at: instant }).at as string;
    if (from) conditions.push(sql`al.at >= ${stored(from)}`);
    if (to) conditions.push(sql`al.at <= ${stored(to)}`);
    return conditions;
  }
}
