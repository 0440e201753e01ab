import type { DomainModule } from "../domain-module";
import { AuditEntryRecord } from "./audit-entry.entity";
import type { AuditService } from "./audit.service";

/** The audit trail: every write, by whom and when. */
export const auditModule: DomainModule = { name: "audit", entities: [AuditEntryRecord] };

declare module "../graphql/context" {
  interface Services {
    audit: AuditService;
  }
}
