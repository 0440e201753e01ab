import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { Actor } from "../actors/actor.entity";
import type { Context } from "../graphql/context";
import { rootConnection, selecting } from "../graphql/loaders";
import { DesignationConnection, DesignationConnectionArgs } from "./designation.inputs";
import { Source } from "../sources/source.entity";
import { Designation } from "./designation.entity";
import { Sanction } from "../sanctions/sanction.entity";

/** The lookup of a designation and its two ends. */
@Resolver(() => Designation)
export class DesignationResolver {
  @Query(() => Designation, { nullable: true, description: "The designation with this ID, or null if there is none." })
  designation(
    @Arg("id", () => ID, { description: "The designation's ID, e.g. `designation:ofac-17614-dprk2`." }) id: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.designations.byId.load(id);
  }

  @Query(() => DesignationConnection, {
    description:
      'Designations across all sanctions, filtered and sorted (by listing date unless told otherwise), a page at a time: `designations(filter: { programs: ["DPRK2"], statuses: [ACTIVE] })`.',
  })
  designations(@Args() args: DesignationConnectionArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return rootConnection(services.designations, selecting(args, info, services.designations), { field: "LISTED_ON" });
  }

  @FieldResolver(() => Sanction, { description: "The sanction it is made under." })
  sanction(@Root() designation: Designation, @Ctx() { loaders }: Context) {
    return loaders.sanctions.byId.load(designation.sanctionId);
  }

  @FieldResolver(() => Actor, { description: "The designated actor." })
  target(@Root() designation: Designation, @Ctx() { loaders }: Context) {
    return loaders.actors.byId.load(designation.targetId);
  }

  @FieldResolver(() => Source, { description: "The source it was recorded from." })
  source(@Root() designation: Designation, @Ctx() { loaders }: Context) {
    return loaders.sources.byId.load(designation.sourceId);
  }
}
