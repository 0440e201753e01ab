import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, ID, InputType, Int, ObjectType, createUnionType } from "type-graphql";
import { Event } from "../events/event.entity";
import { DateRange } from "../graphql/common";
import { ConnectionArgs, PageInfo } from "../graphql/connection";
import { DateScalar } from "../graphql/scalars";
import { Designation } from "../designations/designation.entity";
import { Statement } from "../statements/statement.entity";

/** The kinds of item a timeline holds. */
export const TimelineItemKind = defineEnum("TimelineItemKind", "The kinds of item a timeline holds.", {
  EVENT: "An event, dated by `occurredOn`.",
  STATEMENT: "A statement, dated by `saidOn`.",
  DESIGNATION: "A designation, dated by `listedOn` (undated designations are left out).",
});
export type TimelineItemKind = EnumValue<typeof TimelineItemKind>;

/** An item of a timeline: an event, a statement or a designation. */
export const TimelineItem = createUnionType({
  name: "TimelineItem",
  description: "An item of a timeline: an event, a statement or a designation.",
  types: () => [Event, Statement, Designation] as const,
});

/** Which items a timeline holds. */
@InputType({ description: "Which items a timeline holds. Every field given narrows it." })
export class TimelineFilter {
  @Field(() => DateRange, { nullable: true, description: "Only items dated in this range." })
  between?: DateRange | null;

  @Field(() => [TimelineItemKind], { nullable: true, description: "Only these kinds of item; all three when left out." })
  kinds?: TimelineItemKind[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only items involving any of these actors: events they take part in, statements they make or are mentioned in, designations of them.",
  })
  actorIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only items about any of these events: the events themselves, statements about them, and designations under sanctions that respond to them.",
  })
  eventIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Words that must each begin a word of an event's title or summary, a statement's text or a designation's reason, in any case (`kor` finds Korea; full-text indexed).",
  })
  text?: string | null;
}

/** Arguments of `timeline`. */
@ArgsType()
export class TimelineArgs extends ConnectionArgs {
  @Field(() => TimelineFilter, { nullable: true, description: "Which items to include; everything dated when left out." })
  filter?: TimelineFilter | null;
}

/** One item of a timeline with its date and cursor. */
@ObjectType({ description: "One item of a timeline, with its date and cursor." })
export class TimelineEdge {
  @Field({ description: "The cursor of this item, for `after` or `before`." })
  cursor: string;

  @Field(() => DateScalar, {
    description: "The item's date: when the event occurred, the statement was made, the target was listed.",
  })
  date: string;

  @Field(() => TimelineItemKind, { description: "What kind of item this is." })
  kind: TimelineItemKind;

  @Field(() => ID, { description: "The item's ID." })
  id: string;

  @Field(() => TimelineItem, { description: "The item itself." })
  node: Event | Statement | Designation;
}

/** A page of a timeline, oldest first. */
@ObjectType({
  description: "A page of a timeline: events, statements and designations in date order (oldest first), ties broken by ID.",
})
export class TimelineConnection {
  @Field(() => [TimelineEdge], { description: "The items of this page, each with its date and cursor." })
  edges: TimelineEdge[];

  @Field(() => [TimelineItem], { description: "The items of this page, without cursors." })
  nodes: (Event | Statement | Designation)[];

  @Field(() => PageInfo, { description: "Where this page sits, and the cursors to fetch its neighbours." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "How many items the timeline holds, across all pages." })
  totalCount: number;
}
