import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { DesignationStatus } from "./designation.enums";
import { DesignationFilter } from "./designation.inputs";

@ObjectType({ description: "How many of the counted designations fall under one sanctions program." })
export class ProgramCount {
  @Field({ description: 'The program tag of the designating sanction, as OFAC writes it (e.g. "CYBER2", "DPRK2").' })
  program: string;

  @Field(() => Int, { description: "How many designations." })
  count: number;
}

@ObjectType({ description: "How many of the counted designations have one status." })
export class DesignationStatusCount {
  @Field(() => DesignationStatus, { description: "The status." })
  status: DesignationStatus;

  @Field(() => Int, { description: "How many designations." })
  count: number;
}

@ObjectType({
  description:
    "How the designations a filter selects spread over programs and statuses. Each field is one count over the same designations `designations(filter: …)` pages through.",
})
export class DesignationFacets {
  constructor(readonly filter: DesignationFilter | null) {}
}

/** `designationFacets` and its counts. */
@Resolver(() => DesignationFacets)
export class DesignationFacetsResolver {
  @Query(() => DesignationFacets, {
    description:
      "Counts of the designations a filter selects, by program and status: `designationFacets(filter: { statuses: [ACTIVE] }) { byProgram { program count } }`.",
  })
  designationFacets(
    @Arg("filter", () => DesignationFilter, {
      nullable: true,
      description: "Which designations to count, as in `designations`; all when left out.",
    })
    filter: DesignationFilter | null,
  ) {
    return new DesignationFacets(filter);
  }

  @FieldResolver(() => Int, { description: "How many designations the filter selects." })
  total(@Root() { filter }: DesignationFacets, @Ctx() { services }: Context) {
    return services.designations.count(filter);
  }

  @FieldResolver(() => [ProgramCount], {
    description: "Designations per program, most first; designations under a sanction with no program tag are left out.",
  })
  async byProgram(@Root() { filter }: DesignationFacets, @Ctx() { services }: Context) {
    const rows = await services.designations.countBy(filter, services.designations.facets.program, { order: "count" });
    return rows.map(({ value, count }) => ({ program: value, count }));
  }

  @FieldResolver(() => [DesignationStatusCount], { description: "Designations per status, most first." })
  async byStatus(@Root() { filter }: DesignationFacets, @Ctx() { services }: Context) {
    const rows = await services.designations.countBy(filter, services.designations.facets.status, { order: "count" });
    return rows.map(({ value, count }) => ({ status: value as DesignationStatus, count }));
  }
}
