import { Args, Ctx, Query, Resolver } from "type-graphql";
import { type Context, edgeWithNode } from "../graphql/context";
import { rootConnection } from "../graphql/loaders";
import { TimelineArgs, TimelineConnection, type TimelineEdge } from "./timeline.types";

/** The merged, dated view across events, statements and designations. */
@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    description:
      "Events, statements and designations in date order (oldest first), a page at a time: " +
      '`timeline(filter: { between: { from: "2014-11-01", to: "2015-01-31" } })`.',
  })
  timeline(@Args() { filter, ...paging }: TimelineArgs, @Ctx() context: Context) {
    return rootConnection(context.services.timeline, { ...paging, filter }, { field: "DATE" }, (row, cursor) => {
      const entry = context.services.timeline.toNode(row);
      return edgeWithNode(context, cursor, entry) as unknown as TimelineEdge;
    });
  }
}
