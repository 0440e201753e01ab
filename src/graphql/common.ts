import { Field, InputType, registerEnumType } from "type-graphql";
import { DateScalar } from "./scalars";

/** How precise a date is: the day is known, or only the month, or only the year. */
export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description:
    "How precise a date is. A date known only to the month is stored as the first of that month, " +
    "one known only to the year as 1 January, and sorts there.",
  valuesConfig: {
    DAY: { description: "The exact day is known." },
    MONTH: { description: "Only the month is known; the date is the first of that month." },
    YEAR: { description: "Only the year is known; the date is 1 January of that year." },
  },
});

/** The direction of a sort. */
export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "The direction of a sort.",
  valuesConfig: {
    ASC: { description: "Smallest (earliest, A) first." },
    DESC: { description: "Largest (latest, Z) first." },
  },
});

/** An inclusive range of dates; either end may be left open. */
@InputType({ description: "An inclusive range of dates (`YYYY-MM-DD`). Either end may be left open." })
export class DateRange {
  @Field(() => DateScalar, { nullable: true, description: "The first date included." })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "The last date included." })
  to?: Date | null;
}
