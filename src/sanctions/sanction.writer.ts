import { designationRecords, newDesignationId } from "../designations/designation.writer";
import { day, ids, idOf, oneOf, text } from "../records/json-schema";
import { idLink, type RecordType } from "../records/record-type";
import { Sanction } from "./sanction.entity";
import { SanctionKind } from "./sanction.enums";

/** How sanctions are written, with their designations: `sanctions.json`, `createSanction`/`updateSanction`, the OFAC import. */
export const sanctionRecords: RecordType<Sanction> = {
  entity: Sanction,
  prefix: "sanction",
  file: "sanctions",
  fields: {
    id: idOf("sanction"),
    title: text(500),
    kind: oneOf(SanctionKind),
    authority: idOf("actor"),
    legalBasis: text(255),
    program: {
      type: "string",
      // As OFAC writes them: DPRK2, RUSSIA-EO14024, CAATSA - RUSSIA, SOUTH SUDAN.
      pattern: "^[A-Z0-9]+([ -]+[A-Z0-9]+)*$",
      description: "an OFAC program tag of capitals and digits, words joined by hyphens or spaces, e.g. DPRK2 or CAATSA - RUSSIA",
      maxLength: 64,
    },
    summary: text(5000),
    announcedOn: day,
    liftedOn: day,
    respondsTo: ids("event"),
    sources: ids("source", 1),
  },
  required: ["id", "title", "kind", "authority", "sources"],
  namedBy: "title",
  references: [
    { field: "authority", property: "authorityId", column: "authority_id", prefix: "actor", as: "as their authority" },
  ],
  links: [
    idLink("respondsTo", "sanction_events", "sanction_id", {
      prefix: "event",
      column: "event_id",
      as: "as what they respond to",
    }),
    idLink("sources", "sanction_sources", "sanction_id", { prefix: "source", column: "source_id", as: "as a source" }),
  ],
  children: [
    {
      field: "designations",
      type: designationRecords,
      owner: { property: "sanctionId", column: "sanction_id" },
      newId: newDesignationId,
    },
  ],
};
