import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { INPUT_NOTE } from "../graphql/mutations";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { DateScalar } from "../graphql/scalars";
import { DesignationStatus } from "../designations/designation.enums";
import { SanctionKind } from "./sanction.enums";
import { Sanction } from "./sanction.entity";

/** Which sanctions to return. */
@InputType({
  description:
    "Which sanctions to return. Every field given narrows the result (they are ANDed); lists match any of their values.",
})
export class SanctionFilter {
  @Field(() => [ID], { nullable: true, description: "Only these sanctions." })
  ids?: string[] | null;

  @Field(() => [SanctionKind], { nullable: true, description: "Only sanctions of these kinds." })
  kinds?: SanctionKind[] | null;

  @Field(() => [String], { nullable: true, description: "Only sanctions with these OFAC program tags (`DPRK2`)." })
  programs?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Only sanctions issued by these actors." })
  authorityIds?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Only sanctions in force on this date: announced on or before it (or of unknown date) and not lifted by then.",
  })
  activeOn?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only sanctions that designate this actor (with a designation in force on `activeOn`, when given).",
  })
  targetId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Only sanctions that respond to any of these events." })
  respondsTo?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words that must each begin a word of the title, legal basis, program or summary, in any case (`kor` finds Korea; full-text indexed).",
  })
  text?: string | null;
}

/** The fields sanctions can be sorted by. */
export const SanctionOrderField = defineEnum("SanctionOrderField", "The fields sanctions can be sorted by.", {
  ANNOUNCED_ON: "By date (`announcedOn`; undated first when ascending), then ID.",
  TITLE: "By title, then ID.",
});
export type SanctionOrderField = EnumValue<typeof SanctionOrderField>;

/** How to sort sanctions. */
@InputType({ description: "How to sort sanctions." })
export class SanctionOrder extends OrderInput<SanctionOrderField>(SanctionOrderField, "Sanction") {}

/** Arguments of a sanction connection. */
@ArgsType()
export class SanctionConnectionArgs extends FilteredConnectionArgs(SanctionFilter, SanctionOrder, "sanctions", "by date") {}

/** A page of sanctions. */
@ObjectType({ description: "A page of sanctions, with cursors and the total count." })
export class SanctionConnection extends Connection(Sanction, "Sanction", "sanctions") {}

/** A designation under the sanction being written. */
@InputType({ description: "A target listed under the sanction being written." })
export class DesignationInput {
  @Field(() => ID, {
    nullable: true,
    description: "A stable ID (`designation:…`); made from the sanction and the target when left out.",
  })
  id?: string | null;

  @Field(() => ID, { description: "The designated actor." })
  target: string;

  @Field(() => String, { nullable: true, description: "Why, as the source gives it." })
  reason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When the target was listed." })
  listedOn?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "When the target was removed from the list." })
  delistedOn?: Date | null;

  @Field(() => DesignationStatus, { nullable: true, description: "Defaults to ACTIVE, or DELISTED when `delistedOn` is given." })
  status?: DesignationStatus | null;

  @Field(() => Int, { nullable: true, description: "The OFAC SDN entry number it was recorded from." })
  ofacEntryNumber?: number | null;

  @Field(() => ID, { description: "The source it is recorded from." })
  source: string;
}

/** A sanction to create, or the fields of one to change. */
@InputType({ description: `A sanction to create, or the fields of one to change. ${INPUT_NOTE}` })
export class SanctionInput {
  @Field(() => ID, { nullable: true, description: "A stable ID (`sanction:…`); made from the title when left out of a create." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The measure's title. Required." })
  title?: string | null;

  @Field(() => SanctionKind, { nullable: true, description: "What kind of measure. Required." })
  kind?: SanctionKind | null;

  @Field(() => ID, { nullable: true, description: "Who issued it. Required." })
  authority?: string | null;

  @Field(() => String, { nullable: true, description: "The law or order it rests on." })
  legalBasis?: string | null;

  @Field(() => String, { nullable: true, description: "The OFAC program tag (`DPRK2`)." })
  program?: string | null;

  @Field(() => String, { nullable: true, description: "What the measure does." })
  summary?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When it was announced or signed." })
  announcedOn?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "When it was lifted." })
  liftedOn?: Date | null;

  @Field(() => [ID], { nullable: true, description: "The events it responds to (replaces the list)." })
  respondsTo?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "The sources that report it. At least one is required." })
  sources?: string[] | null;

  @Field(() => [DesignationInput], {
    nullable: true,
    description: "Its designations (replaces the list: designations left out are deleted).",
  })
  designations?: DesignationInput[] | null;
}
