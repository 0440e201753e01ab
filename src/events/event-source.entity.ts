import { Entity, PrimaryColumn } from "typeorm";

/** Cites a source for an event. */
@Entity({ name: "event_sources" })
export class EventSource {
  @PrimaryColumn({ name: "event_id", type: "varchar", length: 191 })
  eventId: string;

  @PrimaryColumn({ name: "source_id", type: "varchar", length: 191 })
  sourceId: string;
}
