import { Column, Entity, PrimaryColumn } from "typeorm";
import type { Role } from "./role";

/** An API key as stored: never the key itself, only its SHA-256 hash and a prefix to recognise it by. */
@Entity({ name: "api_keys" })
export class ApiKey {
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  /** Who the key was issued to; recorded in the audit trail with every write. */
  @Column({ type: "varchar", length: 255 })
  name: string;

  @Column({ type: "varchar", length: 16 })
  role: Role;

  @Column({ name: "key_hash", type: "varchar", length: 64 })
  keyHash: string;

  /** The first characters of the key, so that a person can tell keys apart (`dsk_3fA9…`). */
  @Column({ name: "key_prefix", type: "varchar", length: 16 })
  keyPrefix: string;

  @Column({ name: "created_at", type: "datetime", precision: 3 })
  createdAt: Date;

  @Column({ name: "revoked_at", type: "datetime", precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: "last_used_at", type: "datetime", precision: 3, nullable: true })
  lastUsedAt: Date | null;
}
