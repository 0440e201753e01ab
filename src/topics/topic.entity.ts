import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Timestamped } from "../graphql/timestamped";
import { FEDERATION_KEY, Node } from "../graphql/node";

/** A term of the controlled vocabulary that statements are tagged with. */
@Entity({ name: "topics" })
@Directive(FEDERATION_KEY)
@ObjectType({
  implements: Node,
  description: "A term of the controlled vocabulary that statements are tagged with (attribution, covert action, …).",
})
export class Topic extends Timestamped implements Node {
  @PrimaryColumn({ type: "varchar", length: 191 })
  @Field(() => ID, { description: "Stable ID, e.g. `topic:covert-action`." })
  id: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: "The term (`covert action`)." })
  name: string;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "What the term covers." })
  description: string | null;
}
