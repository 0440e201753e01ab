import { Entity, PrimaryColumn } from "typeorm";

/** Links a sanction to an event it responds to. */
@Entity({ name: "sanction_events" })
export class SanctionEvent {
  @PrimaryColumn({ name: "sanction_id", type: "varchar", length: 191 })
  sanctionId: string;

  @PrimaryColumn({ name: "event_id", type: "varchar", length: 191 })
  eventId: string;
}

/** Cites a source for a sanction. */
@Entity({ name: "sanction_sources" })
export class SanctionSource {
  @PrimaryColumn({ name: "sanction_id", type: "varchar", length: 191 })
  sanctionId: string;

  @PrimaryColumn({ name: "source_id", type: "varchar", length: 191 })
  sourceId: string;
}
