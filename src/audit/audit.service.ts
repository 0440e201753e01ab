import { Collection } from "../db/collection";
import type { Database } from "../db/database";
import type { Row } from "../db/rows";
import { inList, raw, sql, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
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

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<AuditFilter> = {
    actors: (actors) => inList("al.actor", actors),
    operations: (operations) => inList("al.operation", operations),
    entityTypes: (types) => inList("al.entity_type", types),
    entityIds: (ids) => inList("al.entity_id", ids),
    at: ({ from, to }) => {
      if (from && to && from > to)
        throw new InvalidArgumentError("`filter.at` ends before it starts; give `from` ≤ `to`.", "filter.at");
      const stored = (instant: Date) => this.db.mapper(AuditEntryRecord).toRow({ at: instant }).at as string;
      return [...(from ? [sql`al.at >= ${stored(from)}`] : []), ...(to ? [sql`al.at <= ${stored(to)}`] : [])];
    },
  };

  where(filter: AuditFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
