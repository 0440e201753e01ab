import type { DomainModule } from "../domain-module";
import { AuditEntryRecord } from "./audit-entry.entity";
import { AuditResolver } from "./audit.resolver";
import { AuditService } from "./audit.service";

/** The audit trail: every write, by whom and when. */
export const auditModule = {
  name: "audit",
  entities: [AuditEntryRecord],
  resolvers: [AuditResolver],
  services: (db) => ({ audit: new AuditService(db) }),
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    audit: AuditService;
  }
}
