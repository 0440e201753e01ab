import { Args, Ctx, Query, Resolver } from "type-graphql";
import { type Context, edgeWithNode } from "../graphql/context";
import { rootConnection } from "../graphql/loaders";
import { SearchArgs, SearchConnection, type SearchEdge } from "./search.types";

/** Search across every kind of object. */
@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      "Finds actors, events, statements, sanctions, sources and topics where every word given begins a word of their text (`kor` finds Korea), best matches first. Uses full-text indexes.",
  })
  search(@Args() { text, types, ...paging }: SearchArgs, @Ctx() context: Context) {
    return rootConnection(context.services.search, { ...paging, filter: { text, types } }, { field: "SCORE" }, (row, cursor) => {
      const hit = context.services.search.toNode(row);
      return edgeWithNode(context, cursor, hit) as unknown as SearchEdge;
    });
  }
}
