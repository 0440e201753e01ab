import { day, idOf, oneOf, text } from "../records/json-schema";
import type { RecordType } from "../records/record-type";
import { Designation } from "./designation.entity";
import { DesignationStatus } from "./designation.enums";
import { slug } from "../records/slug";

/**
 * How designations are written: as the `designations` of their sanction's record
 * (`sanctions.json`, `createSanction`), and by the OFAC import.
 */
export const designationRecords: RecordType<Designation> = {
  entity: Designation,
  prefix: "designation",
  fields: {
    id: idOf("designation"),
    target: idOf("actor"),
    reason: text(5000),
    listedOn: day,
    delistedOn: day,
    status: oneOf(DesignationStatus),
    ofacEntryNumber: { type: "integer", minimum: 1 },
    source: idOf("source"),
  },
  required: ["id", "target", "source"],
  references: [
    { field: "target", property: "targetId", column: "target_id", prefix: "actor", as: "as their target" },
    { field: "source", property: "sourceId", column: "source_id", prefix: "source", as: "as their source" },
  ],
  defaults: (record) => ({ status: record.delistedOn ? DesignationStatus.DELISTED : DesignationStatus.ACTIVE }),
  check: (record, report) => {
    const { listedOn, delistedOn, status } = record as { listedOn?: string; delistedOn?: string; status?: string };
    if (listedOn && delistedOn && delistedOn < listedOn) report("delistedOn", `is before listedOn (${listedOn})`);
    if (status === DesignationStatus.ACTIVE && delistedOn) {
      report("status", "is ACTIVE but delistedOn is set; use DELISTED or remove delistedOn");
    }
  },
};

/** A new designation's ID, from its sanction and its target: `designation:<sanction>-<target>`. */
export function newDesignationId(sanctionId: string, designation: Record<string, unknown>): string | undefined {
  if (typeof designation.target !== "string") return undefined;
  return `designation:${slug(sanctionId.replace(/^sanction:/, ""))}-${slug(designation.target.replace(/^actor:/, ""))}`;
}
