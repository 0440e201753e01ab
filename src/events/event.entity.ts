import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Timestamped } from "../graphql/timestamped";
import { DatePrecision } from "../graphql/common";
import { FEDERATION_KEY, Node } from "../graphql/node";
import { DateScalar } from "../graphql/scalars";
import { EventType } from "./event.enums";

/** Something that happened: an attack, a leak, a threat, an attribution, a sanction. */
@Entity({ name: "events" })
@Directive(FEDERATION_KEY)
@ObjectType({
  implements: Node,
  description:
    "Something that happened: an attack, a leak, a threat, an attribution, a dispute, a sanction. " +
    "Actors take part in it with a role; it relates to other events; statements are about it.",
})
export class Event extends Timestamped implements Node {
  @PrimaryColumn({ type: "varchar", length: 191 })
  @Field(() => ID, { description: "Stable ID, e.g. `event:sony-pictures-hack`." })
  id: string;

  @Column({ type: "varchar", length: 500 })
  @Field({ description: "A short headline for the event." })
  title: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => EventType, { description: "What kind of thing happened." })
  type: EventType;

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "What happened, in a few sentences." })
  summary: string | null;

  @Column({ name: "occurred_on", type: "date" })
  @Field(() => DateScalar, { description: "When it happened (or began); see `datePrecision` for how exactly this is known." })
  occurredOn: string;

  @Column({ name: "date_precision", type: "varchar", length: 8 })
  @Field(() => DatePrecision, { description: "Whether `occurredOn` is known to the day, the month or the year." })
  datePrecision: DatePrecision;

  @Column({ name: "ended_on", type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "When it ended, for events that lasted." })
  endedOn: string | null;

  @Column({ type: "varchar", length: 2, nullable: true })
  @Field(() => String, { nullable: true, description: "Where it happened, as an ISO 3166-1 alpha-2 code." })
  country: string | null;

  @Column({ name: "cameo_code", type: "varchar", length: 8, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "The CAMEO event code, for interchange with GDELT-style event data (`163` = impose embargo, boycott or sanctions).",
  })
  cameoCode: string | null;
}
