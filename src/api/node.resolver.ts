import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "./context";
import { BadUserInputError } from "../graphql/errors";
import { Node } from "../graphql/node";

/** The largest number of IDs `nodes` takes at once. */
export const MAX_NODES = 100;

/** Relay's `node` and `nodes`: any object by its global ID. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "The object with this ID, of whatever type, or null if there is none." })
  node(
    @Arg("id", () => ID, { description: "A global ID, e.g. `actor:fbi` or `event:sony-pictures-hack`." }) id: string,
    @Ctx() { node }: Context,
  ) {
    return node(id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `The objects with these IDs, in the same order, with null for each ID that names nothing. At most ${MAX_NODES} IDs.`,
  })
  nodes(@Arg("ids", () => [ID], { description: `Global IDs, at most ${MAX_NODES}.` }) ids: string[], @Ctx() { node }: Context) {
    if (ids.length > MAX_NODES) {
      throw new BadUserInputError(`\`ids\` holds ${ids.length} IDs; at most ${MAX_NODES} are allowed per request.`, "ids");
    }
    return Promise.all(ids.map((id) => node(id)));
  }
}
