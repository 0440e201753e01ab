import type { DomainModule } from "../domain-module";
import { Designation } from "./designation.entity";
import { DesignationFacetsResolver } from "./designation.facets";
import { createDesignationLoaders } from "./designation.loaders";
import { DesignationResolver } from "./designation.resolver";
import { DesignationService } from "./designation.service";

/** Designations: a party listed under a sanction, with its reason, dates and status (OFAC's SDN entries). */
export const designationsModule = {
  name: "designations",
  entities: [Designation],
  resolvers: [DesignationResolver, DesignationFacetsResolver],
  services: (db) => ({ designations: new DesignationService(db) }),
  loaders: (services) => ({ designations: createDesignationLoaders(services) }),
  exports: [{ name: "designations", entity: Designation, order: "LISTED_ON", service: (services) => services.designations }],
  nodes: [
    {
      prefix: "designation",
      type: Designation,
      service: (services) => services.designations,
      byId: (loaders) => loaders.designations.byId,
    },
  ],
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    designations: DesignationService;
  }
  interface Loaders {
    designations: ReturnType<typeof createDesignationLoaders>;
  }
}
