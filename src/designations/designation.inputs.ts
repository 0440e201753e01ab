import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { DateRange } from "../graphql/common";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { defineEnum, type EnumValue } from "../graphql/enums";
import { DateScalar } from "../graphql/scalars";
import { Designation } from "./designation.entity";
import { DesignationStatus } from "./designation.enums";

/** Which designations to return. */
@InputType({
  description: "Which designations to return. Every field given narrows the result; lists match any of their values.",
})
export class DesignationFilter {
  @Field(() => [ID], { nullable: true, description: "Only these designations." })
  ids?: string[] | null;

  @Field(() => [DesignationStatus], { nullable: true, description: "Only designations with these statuses." })
  statuses?: DesignationStatus[] | null;

  @Field(() => [String], { nullable: true, description: "Only designations under sanctions with these OFAC program tags." })
  programs?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Only designations of these targets." })
  targetIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Only designations under these sanctions." })
  sanctionIds?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: "Only designations listed in this range (by `listedOn`)." })
  listedOn?: DateRange | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only designations in force on this date: listed on or before it (or undated), and delisted only after it (or, with no delisting date, still ACTIVE).",
  })
  activeOn?: Date | null;
}

/** The fields designations can be sorted by. */
export const DesignationOrderField = defineEnum("DesignationOrderField", "The fields designations can be sorted by.", {
  LISTED_ON: "By listing date (undated first when ascending), then ID.",
});
export type DesignationOrderField = EnumValue<typeof DesignationOrderField>;

/** How to sort designations. */
@InputType({ description: "How to sort designations." })
export class DesignationOrder extends OrderInput<DesignationOrderField>(DesignationOrderField, "Designation") {}

/** Arguments of a designation connection. */
@ArgsType()
export class DesignationConnectionArgs extends FilteredConnectionArgs(
  DesignationFilter,
  DesignationOrder,
  "designations",
  "by listing date",
) {}

/** A page of designations. */
@ObjectType({ description: "A page of designations, with cursors and the total count." })
export class DesignationConnection extends Connection(Designation, "Designation", "designations") {}
