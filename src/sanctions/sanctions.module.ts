import type { DomainModule } from "../domain-module";
import { Designation } from "./designation.entity";
import { SanctionEvent, SanctionSource } from "./sanction-links.entity";
import { Sanction } from "./sanction.entity";

/** Sanctions and the designations of parties under them (OFAC programs, executive orders). */
export const sanctionsModule: DomainModule = {
  name: "sanctions",
  entities: [Sanction, SanctionEvent, SanctionSource, Designation],
};
