import type { DomainModule } from "../domain-module";
import { AuditEntryRecord } from "./audit-entry.entity";

/** The audit trail: every write, by whom and when. */
export const auditModule: DomainModule = { name: "audit", entities: [AuditEntryRecord] };
