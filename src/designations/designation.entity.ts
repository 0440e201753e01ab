import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Timestamped } from "../graphql/timestamped";
import { FEDERATION_KEY, Node } from "../graphql/node";
import { DateScalar } from "../graphql/scalars";
import { DesignationStatus } from "./designation.enums";

/** One target listed under one sanction: the edge from a Sanction to an Actor, with why and when. */
@Entity({ name: "designations" })
@Directive(FEDERATION_KEY)
@ObjectType({
  implements: Node,
  description:
    "One target listed under one sanction, with the reason, when it was listed (and delisted) and the " +
    "record it came from. An actor can be designated under several sanctions at once.",
})
export class Designation extends Timestamped implements Node {
  @PrimaryColumn({ type: "varchar", length: 191 })
  @Field(() => ID, { description: "Stable ID, e.g. `designation:ofac-17614-dprk2` (OFAC entry 17614 under program DPRK2)." })
  id: string;

  @Column({ name: "sanction_id", type: "varchar", length: 191 })
  sanctionId: string;

  @Column({ name: "target_id", type: "varchar", length: 191 })
  targetId: string;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Why the target was designated, as the source gives it." })
  reason: string | null;

  @Column({ name: "listed_on", type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "When the target was listed, where a source gives it." })
  listedOn: string | null;

  @Column({ name: "delisted_on", type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "When the target was removed from the list." })
  delistedOn: string | null;

  @Column({ type: "varchar", length: 16 })
  @Field(() => DesignationStatus, { description: "Whether the designation is in force." })
  status: DesignationStatus;

  @Column({ name: "ofac_entry_number", type: "int", nullable: true })
  @Field(() => Int, { nullable: true, description: "The OFAC SDN entry number the designation was recorded from." })
  ofacEntryNumber: number | null;

  @Column({ name: "source_id", type: "varchar", length: 191 })
  sourceId: string;
}
