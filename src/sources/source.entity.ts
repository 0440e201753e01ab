import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Timestamped } from "../graphql/timestamped";
import { FEDERATION_KEY, Node } from "../graphql/node";
import { DateScalar } from "../graphql/scalars";
import { SourceKind } from "./source.enums";

/** Where facts come from: an article, a government release, a sanctions list snapshot. */
@Entity({ name: "sources" })
@Directive(FEDERATION_KEY)
@ObjectType({
  implements: Node,
  description:
    "Where facts come from: a news article, a government release, a sanctions list snapshot. " +
    "Every event, statement and sanction cites at least one source.",
})
export class Source extends Timestamped implements Node {
  @PrimaryColumn({ type: "varchar", length: 191 })
  @Field(() => ID, { description: "Stable ID, e.g. `source:thewrap-2015-01-02`." })
  id: string;

  @Column({ type: "varchar", length: 500 })
  @Field({ description: "The title as published." })
  title: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: "Who published it (`TheWrap`, `U.S. Department of the Treasury`)." })
  publisher: string;

  @Column({ type: "varchar", length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: "Where it can be read, when known." })
  url: string | null;

  @Column({ name: "published_on", type: "date", nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: "When it was published; null for continuously edited works such as an encyclopedia entry.",
  })
  publishedOn: string | null;

  @Column({ type: "varchar", length: 32 })
  @Field(() => SourceKind, { description: "What kind of document this is." })
  kind: SourceKind;
}
