import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Timestamped } from "../graphql/timestamped";
import { FEDERATION_KEY, Node } from "../graphql/node";
import { DateScalar } from "../graphql/scalars";
import { SanctionKind } from "./sanction.enums";

/** A measure: an executive order, a set of designations, a program. Its designations name its targets. */
@Entity({ name: "sanctions" })
@Directive(FEDERATION_KEY)
@ObjectType({
  implements: Node,
  description:
    "A sanctions measure: an executive order, a set of designations, a program. It has an issuing " +
    "authority and a legal basis, may respond to events, and lists its targets as designations.",
})
export class Sanction extends Timestamped implements Node {
  @PrimaryColumn({ type: "varchar", length: 191 })
  @Field(() => ID, { description: "Stable ID, e.g. `sanction:eo-13687`." })
  id: string;

  @Column({ type: "varchar", length: 500 })
  @Field({ description: "The measure's title." })
  title: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => SanctionKind, { description: "What kind of measure this is." })
  kind: SanctionKind;

  @Column({ name: "authority_id", type: "varchar", length: 191 })
  authorityId: string;

  @Column({ name: "legal_basis", type: "varchar", length: 255, nullable: true })
  @Field(() => String, { nullable: true, description: "The law or order it rests on (`Executive Order 13687`)." })
  legalBasis: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "The OFAC program tag its designations carry (`DPRK2`), if any." })
  program: string | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "What the measure does, in a few sentences." })
  summary: string | null;

  @Column({ name: "announced_on", type: "date", nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: "When it was announced or signed; null when no source gives it (programs imported from OFAC's list).",
  })
  announcedOn: string | null;

  @Column({ name: "lifted_on", type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "When it was revoked or lifted as a whole; null while in force." })
  liftedOn: string | null;
}
