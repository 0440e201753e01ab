import type { DomainModule } from "../domain-module";
import { Designation } from "./designation.entity";
import { SanctionEvent, SanctionSource } from "./sanction-links.entity";
import { Sanction } from "./sanction.entity";
import type { DesignationService } from "./designation.service";
import type { createSanctionLoaders } from "./sanction.loaders";
import type { SanctionService } from "./sanction.service";

/** Sanctions and the designations of parties under them (OFAC programs, executive orders). */
export const sanctionsModule: DomainModule = {
  name: "sanctions",
  entities: [Sanction, SanctionEvent, SanctionSource, Designation],
};

declare module "../graphql/context" {
  interface Services {
    sanctions: SanctionService;
    designations: DesignationService;
  }
  interface Loaders {
    sanctions: ReturnType<typeof createSanctionLoaders>;
  }
}
