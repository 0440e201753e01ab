import type { DataSource, ObjectLiteral } from "typeorm";
import { Actor } from "../actors/actor.entity";
import { RowMapper, type Row } from "../db/rows";
import { raw, sql, type Sql } from "../db/sql";
import { Event } from "../events/event.entity";
import { DatePrecision } from "../graphql/common";
import { Designation } from "../designations/designation.entity";
import { Sanction } from "../sanctions/sanction.entity";
import { LINKS, type SeedRecord } from "../seeding/seed-loader";
import type { SeedFileName } from "../seeding/seed.schema";
import { Source } from "../sources/source.entity";
import { Statement } from "../statements/statement.entity";
import { Topic } from "../topics/topic.entity";

/** The kinds of record that can be edited, as the seed format names them. */
export type RecordKind = SeedFileName;

/** The entity each kind of record is stored as. */
export const ENTITY_OF_KIND: Record<RecordKind, new () => ObjectLiteral> = {
  "sources.json": Source,
  "topics.json": Topic,
  "actors.json": Actor,
  "events.json": Event,
  "statements.json": Statement,
  "sanctions.json": Sanction,
};

/** Entity properties that hold a reference, and the record field that names it. */
const REFERENCE_FIELDS: Record<string, string> = {
  affiliationId: "affiliation",
  speakerId: "speaker",
  sourceId: "source",
  authorityId: "authority",
  targetId: "target",
};

/** Bookkeeping and importer-owned properties that the seed format does not carry. */
const NOT_IN_RECORDS = new Set(["createdAt", "updatedAt", "remarks", "maintainedBy", "sanctionId", "datePrecision"]);

/**
 * Reads a stored record back in the seed format — the shape mutations take — with its links and,
 * for a sanction, its designations. Null when there is no such record.
 */
export async function readRecord(
  dataSource: DataSource,
  run: (statement: Sql) => Promise<Row[]>,
  kind: RecordKind,
  id: string,
): Promise<SeedRecord | null> {
  const mapper = new RowMapper(dataSource, ENTITY_OF_KIND[kind]);
  const [row] = await run(sql`SELECT * FROM ${raw(mapper.table)} WHERE id = ${id}`);
  if (!row) return null;
  const record = toRecord(mapper.fromRow(row));
  for (const link of LINKS.filter((candidate) => candidate.file === kind)) {
    const rows = await run(sql`SELECT * FROM ${raw(link.table)} WHERE ${raw(link.owner)} = ${id}`);
    record[link.field] = rows.map(link.item);
  }
  if (kind === "sanctions.json") {
    const designations = new RowMapper(dataSource, Designation);
    const rows = await run(sql`SELECT * FROM designations WHERE sanction_id = ${id} ORDER BY id`);
    record.designations = rows.map((designation) => toRecord(designations.fromRow(designation)));
  }
  return record;
}

/** An entity as a seed record: references by their record names, partial dates, no nulls. */
function toRecord(entity: ObjectLiteral): SeedRecord {
  const record: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(entity)) {
    if (value === null || value === undefined || NOT_IN_RECORDS.has(property)) continue;
    record[REFERENCE_FIELDS[property] ?? property] = value;
  }
  // A date known to the month or year is written as such: `2014-12`, `2014`.
  for (const field of ["occurredOn", "saidOn"]) {
    if (typeof record[field] === "string" && entity.datePrecision !== DatePrecision.DAY) {
      record[field] = (record[field] as string).slice(0, entity.datePrecision === DatePrecision.MONTH ? 7 : 4);
    }
  }
  return record as SeedRecord;
}
