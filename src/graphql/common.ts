import { defineEnum, type EnumValue } from "./enums";
import { Field, InputType } from "type-graphql";
import { DateScalar } from "./scalars";

/** How precise a date is: the day is known, or only the month, or only the year. */
export const DatePrecision = defineEnum(
  "DatePrecision",
  "How precise a date is. A date known only to the month is stored as the first of that month, " +
    "one known only to the year as 1 January, and sorts there.",
  {
    DAY: "The exact day is known.",
    MONTH: "Only the month is known; the date is the first of that month.",
    YEAR: "Only the year is known; the date is 1 January of that year.",
  },
);
export type DatePrecision = EnumValue<typeof DatePrecision>;

/** The direction of a sort. */
export const OrderDirection = defineEnum("OrderDirection", "The direction of a sort.", {
  ASC: "Smallest (earliest, A) first.",
  DESC: "Largest (latest, Z) first.",
});
export type OrderDirection = EnumValue<typeof OrderDirection>;

/** An inclusive range of dates; either end may be left open. */
@InputType({ description: "An inclusive range of dates (`YYYY-MM-DD`). Either end may be left open." })
export class DateRange {
  @Field(() => DateScalar, { nullable: true, description: "The first date included." })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "The last date included." })
  to?: Date | null;
}
