import type { DomainModule } from "../domain-module";
import { Designation } from "./designation.entity";
import { DesignationFacetsResolver } from "./designation.facets";
import { DesignationResolver } from "./designation.resolver";
import { DesignationService } from "./designation.service";
import { SanctionEvent, SanctionSource } from "./sanction-links.entity";
import { Sanction } from "./sanction.entity";
import { createSanctionLoaders } from "./sanction.loaders";
import { SanctionResolver } from "./sanction.resolver";
import { SanctionService } from "./sanction.service";

/** Sanctions and the designations of parties under them (OFAC programs, executive orders). */
export const sanctionsModule = {
  name: "sanctions",
  entities: [Sanction, SanctionEvent, SanctionSource, Designation],
  resolvers: [SanctionResolver, DesignationResolver, DesignationFacetsResolver],
  services: (db) => ({ sanctions: new SanctionService(db), designations: new DesignationService(db) }),
  loaders: (services) => ({ sanctions: createSanctionLoaders(services) }),
  exports: [
    { name: "sanctions", entity: Sanction, order: "ANNOUNCED_ON", service: (services) => services.sanctions },
    { name: "designations", entity: Designation, order: "LISTED_ON", service: (services) => services.designations },
  ],
  nodes: [
    { prefix: "sanction", type: Sanction, service: (services) => services.sanctions, byId: (loaders) => loaders.sanctions.byId },
    {
      prefix: "designation",
      type: Designation,
      service: (services) => services.designations,
      byId: (loaders) => loaders.sanctions.designationById,
    },
  ],
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    sanctions: SanctionService;
    designations: DesignationService;
  }
  interface Loaders {
    sanctions: ReturnType<typeof createSanctionLoaders>;
  }
}
