import { Column, Entity, PrimaryColumn } from "typeorm";

/** One write, as the audit trail keeps it: who, when, what, and each changed field's old and new value. */
@Entity({ name: "audit_log" })
export class AuditEntryRecord {
  @PrimaryColumn({ type: "int" })
  id: number;

  @Column({ type: "datetime", precision: 3 })
  at: Date;

  /** The API key's name, or what wrote without one (`import`, `seed`, `import-ofac`). */
  @Column({ type: "varchar", length: 255 })
  actor: string;

  @Column({ name: "key_id", type: "varchar", length: 64, nullable: true })
  keyId: string | null;

  @Column({ type: "varchar", length: 16 })
  operation: string;

  @Column({ name: "entity_type", type: "varchar", length: 32 })
  entityType: string;

  @Column({ name: "entity_id", type: "varchar", length: 191 })
  entityId: string;

  /** JSON: `{ field: { old, new } }`. */
  @Column({ type: "text" })
  changes: string;
}
