import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Timestamped } from "../graphql/timestamped";
import { DatePrecision } from "../graphql/common";
import { FEDERATION_KEY, Node } from "../graphql/node";
import { DateScalar } from "../graphql/scalars";
import { StatementKind } from "./statement.enums";

/** Something an actor said, quoted or paraphrased, with the source that reports it. */
@Entity({ name: "statements" })
@Directive(FEDERATION_KEY)
@ObjectType({
  implements: Node,
  description:
    "Something an actor said: a verbatim quote or a reported claim, with when it was said, the source " +
    "that reports it, its topics, the events it is about and the actors it mentions.",
})
export class Statement extends Timestamped implements Node {
  @PrimaryColumn({ type: "varchar", length: 191 })
  @Field(() => ID, { description: "Stable ID, e.g. `statement:senior-official-covert-action`." })
  id: string;

  @Column({ type: "text" })
  @Field({
    description:
      "What was said: for a QUOTE, verbatim as the source printed it (editorial [brackets] included); for a PARAPHRASE, the source's account.",
  })
  text: string;

  @Column({ type: "varchar", length: 16 })
  @Field(() => StatementKind, { description: "Whether `text` is a direct quote or a paraphrase." })
  kind: StatementKind;

  @Column({ name: "said_on", type: "date" })
  @Field(() => DateScalar, { description: "When it was said; see `datePrecision`." })
  saidOn: string;

  @Column({ name: "date_precision", type: "varchar", length: 8 })
  @Field(() => DatePrecision, { description: "Whether `saidOn` is known to the day, the month or the year." })
  datePrecision: DatePrecision;

  @Column({ name: "speaker_id", type: "varchar", length: 191 })
  speakerId: string;

  @Column({ type: "varchar", length: 500, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'How the source named the speaker ("a senior administration official told TheWrap on Friday").',
  })
  attribution: string | null;

  @Column({ name: "source_id", type: "varchar", length: 191 })
  sourceId: string;
}
