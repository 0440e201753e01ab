import { Entity, PrimaryColumn } from "typeorm";

/** Cites a source for what Dossier records about an actor. */
@Entity({ name: "actor_sources" })
export class ActorSource {
  @PrimaryColumn({ name: "actor_id", type: "varchar", length: 191 })
  actorId: string;

  @PrimaryColumn({ name: "source_id", type: "varchar", length: 191 })
  sourceId: string;
}
