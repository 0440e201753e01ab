import { Entity, PrimaryColumn } from "typeorm";
import { EventRelationType } from "./event.enums";

/** A stored link between two events, read as `from <type> to`. The API shows it as `EventRelation` from either side. */
@Entity({ name: "event_relations" })
export class EventRelationRecord {
  @PrimaryColumn({ name: "from_id", type: "varchar", length: 191 })
  fromId: string;

  @PrimaryColumn({ name: "to_id", type: "varchar", length: 191 })
  toId: string;

  @PrimaryColumn({ type: "varchar", length: 32 })
  type: EventRelationType;
}
