import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { MonthCount, monthCounts } from "../graphql/facets";
import { EventType } from "./event.enums";
import { EventFilter } from "./event.inputs";

@ObjectType({ description: "How many of the counted events are of one type." })
export class EventTypeCount {
  @Field(() => EventType, { description: "The type." })
  type: EventType;

  @Field(() => Int, { description: "How many events." })
  count: number;
}

@ObjectType({
  description:
    "How the events a filter selects spread over types and months. Each field is one count over the same events `events(filter: …)` pages through.",
})
export class EventFacets {
  constructor(readonly filter: EventFilter | null) {}
}

/** `eventFacets` and its counts. */
@Resolver(() => EventFacets)
export class EventFacetsResolver {
  @Query(() => EventFacets, {
    description:
      'Counts of the events a filter selects, by type and month: `eventFacets(filter: { countries: ["KP"] }) { byType { type count } }`.',
  })
  eventFacets(
    @Arg("filter", () => EventFilter, {
      nullable: true,
      description: "Which events to count, as in `events`; all when left out.",
    })
    filter: EventFilter | null,
  ) {
    return new EventFacets(filter);
  }

  @FieldResolver(() => Int, { description: "How many events the filter selects." })
  total(@Root() { filter }: EventFacets, @Ctx() { services }: Context) {
    return services.events.count(filter);
  }

  @FieldResolver(() => [EventTypeCount], { description: "Events per type, most first; types with none are left out." })
  async byType(@Root() { filter }: EventFacets, @Ctx() { services }: Context) {
    const rows = await services.events.countBy(filter, services.events.facets.type, { order: "count" });
    return rows.map(({ value, count }) => ({ type: value as EventType, count }));
  }

  @FieldResolver(() => [MonthCount], {
    description: "Events per month of `occurredOn`, in month order; months with none are left out.",
  })
  async byMonth(@Root() { filter }: EventFacets, @Ctx() { services }: Context) {
    return monthCounts(await services.events.countBy(filter, services.events.facets.month, { order: "value" }));
  }
}
