import type { DomainModule } from "../domain-module";
import { sanctionRecords } from "./sanction.writer";
import { SanctionEvent, SanctionSource } from "./sanction-links.entity";
import { Sanction } from "./sanction.entity";
import { createSanctionLoaders } from "./sanction.loaders";
import { SanctionResolver } from "./sanction.resolver";
import { SanctionService } from "./sanction.service";

/** Sanctions: executive orders, designation acts, programs, laws and resolutions, with their events and sources. */
export const sanctionsModule = {
  name: "sanctions",
  entities: [Sanction, SanctionEvent, SanctionSource],
  resolvers: [SanctionResolver],
  services: (db) => ({ sanctions: new SanctionService(db) }),
  loaders: (services) => ({ sanctions: createSanctionLoaders(services) }),
  exports: [{ name: "sanctions", entity: Sanction, order: "ANNOUNCED_ON", service: (services) => services.sanctions }],
  nodes: [
    { prefix: "sanction", type: Sanction, service: (services) => services.sanctions, byId: (loaders) => loaders.sanctions.byId },
  ],
  writer: sanctionRecords,
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    sanctions: SanctionService;
  }
  interface Loaders {
    sanctions: ReturnType<typeof createSanctionLoaders>;
  }
}
