import fs from "node:fs";
import path from "node:path";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { DataSource } from "typeorm";
import { Actor } from "../actors/actor.entity";
import { PROJECT_ROOT } from "../config";
import type { Row } from "../db/rows";
import { inList, raw, sql, type Sql } from "../db/sql";
import { Event } from "../events/event.entity";
import { DatePrecision } from "../graphql/common";
import { Designation } from "../designations/designation.entity";
import { DesignationStatus } from "../designations/designation.enums";
import { Sanction } from "../sanctions/sanction.entity";
import { Source } from "../sources/source.entity";
import { Statement } from "../statements/statement.entity";
import { Topic } from "../topics/topic.entity";
import { SEED_FILES, SEED_SCHEMAS, type SeedFileName } from "./seed.schema";
import { AuditTrail, type AuditActor } from "../audit/audit-trail";
import { SyncWriter, type TableCounts } from "./sync-writer";

/** Where the curated data sets live: one folder per data set. */
export const SEEDS_DIR = path.join(PROJECT_ROOT, "seeds");

/**
 * A seed file that cannot be loaded. The message names the file, the record (index and ID) and
 * the field, and says what is wrong; nothing has been written when it is thrown.
 */
export class SeedError extends Error {
  override name = "SeedError";

  constructor(
    readonly file: string,
    readonly record: number | undefined,
    readonly recordId: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
    /** The line, for records of NDJSON files. */
    readonly line?: number,
  ) {
    const about = [line === undefined ? undefined : `line ${line}`, recordId].filter(Boolean).join(", ");
    super(
      [
        file,
        record === undefined ? undefined : `record ${record}${about ? ` (${about})` : ""}`,
        field === undefined ? undefined : `field ${field}`,
      ]
        .filter(Boolean)
        .join(", ") + `: ${problem}`,
    );
  }
}

/** What loading a data set did to each table. */
export type SeedReport = Record<string, TableCounts>;

/** A data set read from its folder (or files) and checked against the JSON Schemas. */
export interface DataSet {
  name: string;
  dir: string;
  files: Partial<Record<SeedFileName, SeedRecord[]>>;
  /** The file each kind of record was read from, as errors name it. Defaults to `<dir>/<kind>.json`. */
  paths?: Partial<Record<SeedFileName, string>>;
  /** For NDJSON files: the line of each record. */
  lines?: Partial<Record<SeedFileName, number[]>>;
}

/** One record of a seed file, as checked by its JSON Schema. */
export type SeedRecord = { id: string } & Record<string, unknown>;

// `verbose` gives each error its schema, whose `description` says in words what a pattern accepts.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
addFormats(ajv, ["date", "uri"]);
const validators = Object.fromEntries(SEED_FILES.map((file) => [file, ajv.compile(SEED_SCHEMAS[file])])) as Record<
  SeedFileName,
  ReturnType<typeof ajv.compile>
>;

/** Lists the data sets under `seeds/`: the folders that hold seed files. */
export function listDataSets(root = SEEDS_DIR): string[] {
  if (!fs.existsSync(root)) return [];
  // A folder with no seed files (`seeds/ofac/`, the SDN list as published) is data of another kind.
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(root, entry.name))
    .filter((dir) => fs.readdirSync(dir).some((name) => /\.(nd)?json$/.test(name)))
    .sort();
}

/**
 * Reads a data set — a folder of seed files, or one file — and checks every file against its JSON
 * Schema, every ID for uniqueness and every date for sense. Files are `<kind>.json` (an array of
 * records) or `<kind>.ndjson` (a record per line), the kinds being those of `SEED_FILES`. Throws
 * a `SeedError` naming the file, record (and line) and field at the first problem.
 */
export function readDataSet(target: string): DataSet {
  const isDir = fs.statSync(target).isDirectory();
  const dir = isDir ? target : path.dirname(target);
  const entries = isDir
    ? fs
        .readdirSync(dir)
        .filter((name) => /\.(nd)?json$/.test(name))
        .sort()
    : [path.basename(target)];
  const files: DataSet["files"] = {};
  const paths: DataSet["paths"] = {};
  const lines: DataSet["lines"] = {};
  for (const entry of entries) {
    const file = displayPath(path.join(dir, entry));
    const kind = `${entry.replace(/\.(nd)?json$/, "")}.json` as SeedFileName;
    if (!SEED_FILES.includes(kind)) {
      const expected = SEED_FILES.map((name) => name.replace(/\.json$/, "")).join(", ");
      throw new SeedError(
        file,
        undefined,
        undefined,
        undefined,
        `unknown kind of file; name it <kind>.json or <kind>.ndjson, the kind being one of ${expected}`,
      );
    }
    if (paths[kind])
      throw new SeedError(file, undefined, undefined, undefined, `${paths[kind]} already holds this kind of record`);
    paths[kind] = file;
    const text = fs.readFileSync(path.join(dir, entry), "utf8");
    const { data, lineNumbers } = entry.endsWith(".ndjson")
      ? parseNdjson(file, text)
      : { data: parseJson(file, text), lineNumbers: undefined };
    if (lineNumbers) lines[kind] = lineNumbers;
    const validate = validators[kind];
    if (!validate(data)) throw schemaError(file, data, validate.errors ?? [], lineNumbers);
    files[kind] = data as SeedRecord[];
  }
  const dataSet: DataSet = { name: path.basename(target).replace(/\.(nd)?json$/, ""), dir, files, paths, lines };
  checkIdsAreUnique(dataSet);
  checkOfacEntriesAreUnique(dataSet);
  checkAffiliationCycles(dataSet);
  checkDates(dataSet);
  return dataSet;
}

/** Options of `loadDataSet`. */
export interface LoadOptions {
  /** Who writes, for the audit trail. Defaults to `seed:<data set>`. */
  actor?: AuditActor;
  /** Told how many more records have been written (see `countRecords` for the total). */
  onWritten?: (records: number) => void;
  /** Run in this transaction (its statement runner) instead of opening one. */
  run?: (statement: Sql) => Promise<Row[]>;
}

/** How many records a data set holds, designations included: the total that `onWritten` counts up to. */
export function countRecords(dataSet: DataSet): number {
  return Object.values(dataSet.files).reduce(
    (total, records) =>
      total + records.length + records.reduce((n, r) => n + ((r.designations as unknown[] | undefined)?.length ?? 0), 0),
    0,
  );
}

/**
 * Loads a checked data set: checks every reference (against the set itself and the database),
 * then writes everything in one transaction, with an audit entry for every record it changes, in
 * the name of `actor`. Loading the same data twice changes nothing: rows are compared and only
 * what differs is written.
 */
export async function loadDataSet(dataSource: DataSource, dataSet: DataSet, options: LoadOptions = {}): Promise<SeedReport> {
  const load = async (run: (statement: Sql) => Promise<Row[]>) => {
    await checkReferences(dataSet, run);
    const audit = new AuditTrail(options.actor ?? { name: `seed:${dataSet.name}` });
    const writer = new SyncWriter(dataSource, run, audit, options.onWritten);
    await writeDataSet(dataSet, writer);
    await audit.flush(dataSource, run);
    return writer.report;
  };
  if (options.run) return load(options.run);
  return dataSource.transaction((manager) =>
    load((statement) => manager.query(statement.sql, statement.values) as Promise<Row[]>),
  );
}

/** Reads, checks and loads every data set under `seeds/` (or the given folders), in one transaction each. */
export async function seed(dataSource: DataSource, dirs = listDataSets()): Promise<Map<string, SeedReport>> {
  const reports = new Map<string, SeedReport>();
  const dataSets = dirs.map((dir) => readDataSet(dir));
  for (const dataSet of dataSets) reports.set(dataSet.name, await loadDataSet(dataSource, dataSet));
  return reports;
}

function displayPath(file: string): string {
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith("..") ? file : relative;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SeedError(file, undefined, undefined, undefined, `not valid JSON (${(error as Error).message})`);
  }
}

/** One JSON value per line; blank lines are skipped. The records keep their line numbers for errors. */
function parseNdjson(file: string, text: string): { data: unknown[]; lineNumbers: number[] } {
  const data: unknown[] = [];
  const lineNumbers: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      data.push(JSON.parse(line));
    } catch (error) {
      throw new SeedError(file, data.length, undefined, undefined, `not valid JSON (${(error as Error).message})`, i + 1);
    }
    lineNumbers.push(i + 1);
  });
  return { data, lineNumbers };
}

/**
 * Checks records of one kind against its JSON Schema and returns every problem, one per field
 * (the most specific problem of each), for callers that report them all at once.
 */
export function schemaProblems(kind: SeedFileName, records: unknown[], file: string): SeedError[] {
  const validate = validators[kind];
  if (validate(records)) return [];
  const byField = new Map<string, SeedError>();
  const errors = [...(validate.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
  for (const error of errors) {
    const problem = schemaError(file, records, [error]);
    const key = `${problem.record}|${problem.field}`;
    if (!byField.has(key)) byField.set(key, problem);
  }
  return [...byField.values()];
}

function schemaError(file: string, data: unknown, errors: ErrorObject[], lineNumbers?: number[]): SeedError {
  // Report the most specific error: the one deepest in the document.
  const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  const [index, ...rest] = error.instancePath.split("/").slice(1);
  const record = index === undefined ? undefined : Number(index);
  const recordId = record === undefined ? undefined : idOf((data as unknown[])[record]);
  let field = rest
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join("")
    .replace(/^\./, "");
  let problem = error.message ?? "is invalid";
  if (error.keyword === "required") {
    field = [field, error.params.missingProperty].filter(Boolean).join(".");
    problem = "is required";
  } else if (error.keyword === "additionalProperties") {
    field = [field, error.params.additionalProperty].filter(Boolean).join(".");
    problem = "is not a known field";
  } else if (error.keyword === "enum") {
    problem = `must be one of ${(error.params.allowedValues as string[]).join(", ")}`;
  } else if (error.keyword === "pattern") {
    const description = (error.parentSchema as { description?: string } | undefined)?.description;
    problem = description ? `must be ${description}; got ${JSON.stringify(error.data)}` : `must match ${error.params.pattern}`;
  }
  if (record === undefined) problem = `the file must hold an array of records (${problem})`;
  return new SeedError(
    file,
    record,
    recordId,
    field || undefined,
    problem,
    record === undefined ? undefined : lineNumbers?.[record],
  );
}

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

function fileOf(dataSet: DataSet, name: SeedFileName): string {
  return dataSet.paths?.[name] ?? displayPath(path.join(dataSet.dir, name));
}

/** A `SeedError` about record `index` of one of the data set's files, with its line in an NDJSON file. */
function recordError(
  dataSet: DataSet,
  name: SeedFileName,
  index: number | undefined,
  id: string | undefined,
  field: string | undefined,
  problem: string,
) {
  const line = index === undefined ? undefined : dataSet.lines?.[name]?.[index];
  return new SeedError(fileOf(dataSet, name), index, id, field, problem, line);
}

function* recordsOf(dataSet: DataSet): Generator<[SeedFileName, number, SeedRecord]> {
  for (const name of SEED_FILES) {
    const records = dataSet.files[name] ?? [];
    for (let i = 0; i < records.length; i++) yield [name, i, records[i]];
  }
}

function checkIdsAreUnique(dataSet: DataSet): void {
  const seen = new Map<string, string>();
  for (const [name, i, record] of recordsOf(dataSet)) {
    const nested = name === "sanctions.json" ? ((record.designations as SeedRecord[] | undefined) ?? []) : [];
    const entries: [string, string][] = [
      [record.id, "id"],
      ...nested.map((d, j): [string, string] => [d.id, `designations[${j}].id`]),
    ];
    for (const [id, field] of entries) {
      const where = `${fileOf(dataSet, name)} record ${i}`;
      if (seen.has(id))
        throw recordError(dataSet, name, i, record.id, field, `duplicate ID ${id}, already used in ${seen.get(id)}`);
      seen.set(id, where);
    }
  }
}

function checkOfacEntriesAreUnique(dataSet: DataSet): void {
  const seen = new Map<number, string>();
  (dataSet.files["actors.json"] ?? []).forEach((record, i) => {
    const entry = record.ofacEntryNumber as number | undefined;
    if (entry === undefined) return;
    const owner = seen.get(entry);
    if (owner) throw recordError(dataSet, "actors.json", i, record.id, "ofacEntryNumber", `${entry} already belongs to ${owner}`);
    seen.set(entry, record.id);
  });
}

/** An actor's affiliation chain must end: A → B → A cannot be written, nor make sense. */
function checkAffiliationCycles(dataSet: DataSet): void {
  const actors = dataSet.files["actors.json"] ?? [];
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  actors.forEach((actor, i) => {
    const chain = [actor.id];
    for (let next = byId.get(actor.affiliation as string); next; next = byId.get(next.affiliation as string)) {
      chain.push(next.id);
      if (next.id === actor.id) {
        throw recordError(dataSet, "actors.json", i, actor.id, "affiliation", `affiliations form a cycle: ${chain.join(" → ")}`);
      }
      if (chain.length > actors.length) break; // a cycle that does not pass through this actor; found from one of its members
    }
  });
}

export function checkDates(dataSet: DataSet): void {
  const fail = (name: SeedFileName, i: number, record: SeedRecord, field: string, problem: string) => {
    throw recordError(dataSet, name, i, record.id, field, problem);
  };
  for (const [name, i, record] of recordsOf(dataSet)) {
    for (const field of ["occurredOn", "saidOn"]) {
      if (typeof record[field] === "string" && !isCalendarDate(expandDate(record[field] as string).date)) {
        fail(name, i, record, field, `${record[field]} is not a calendar date`);
      }
    }
    if (name === "events.json" && record.endedOn && (record.endedOn as string) < expandDate(record.occurredOn as string).date) {
      fail(name, i, record, "endedOn", `ends (${record.endedOn}) before the event occurred (${record.occurredOn})`);
    }
    if (name === "sanctions.json") {
      ((record.designations as SeedRecord[] | undefined) ?? []).forEach((d, j) => {
        if (d.listedOn && d.delistedOn && (d.delistedOn as string) < (d.listedOn as string)) {
          fail(name, i, record, `designations[${j}].delistedOn`, `is before listedOn (${d.listedOn})`);
        }
        if (d.status === DesignationStatus.ACTIVE && d.delistedOn) {
          fail(
            name,
            i,
            record,
            `designations[${j}].status`,
            "is ACTIVE but delistedOn is set; use DELISTED or remove delistedOn",
          );
        }
      });
    }
  }
}

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** `2014` → 2014-01-01 (YEAR), `2014-12` → 2014-12-01 (MONTH), `2014-12-19` → itself (DAY). */
export function expandDate(value: string): { date: string; precision: DatePrecision } {
  if (value.length === 4) return { date: `${value}-01-01`, precision: DatePrecision.YEAR };
  if (value.length === 7) return { date: `${value}-01`, precision: DatePrecision.MONTH };
  return { date: value, precision: DatePrecision.DAY };
}

/** The tables that hold each kind of ID, by prefix. */
export const TABLE_OF_PREFIX: Record<string, string> = {
  actor: "actors",
  event: "events",
  statement: "statements",
  sanction: "sanctions",
  designation: "designations",
  source: "sources",
  topic: "topics",
};

/** The references each kind of record makes: [field, ID]. */
function referencesOf(name: SeedFileName, record: SeedRecord): [string, string][] {
  const list = (field: string) =>
    ((record[field] as string[] | undefined) ?? []).map((id, i): [string, string] => [`${field}[${i}]`, id]);
  const one = (field: string): [string, string][] =>
    typeof record[field] === "string" ? [[field, record[field] as string]] : [];
  switch (name) {
    case "actors.json":
      return [...one("affiliation"), ...list("sources")];
    case "events.json":
      return [
        ...((record.participants as { actor: string }[] | undefined) ?? []).map((p, i): [string, string] => [
          `participants[${i}].actor`,
          p.actor,
        ]),
        ...((record.related as { event: string }[] | undefined) ?? []).map((r, i): [string, string] => [
          `related[${i}].event`,
          r.event,
        ]),
        ...list("sources"),
      ];
    case "statements.json":
      return [...one("speaker"), ...one("source"), ...list("topics"), ...list("about"), ...list("mentions")];
    case "sanctions.json":
      return [
        ...one("authority"),
        ...list("respondsTo"),
        ...list("sources"),
        ...((record.designations as { target: string; source: string }[] | undefined) ?? []).flatMap(
          (d, i): [string, string][] => [
            [`designations[${i}].target`, d.target],
            [`designations[${i}].source`, d.source],
          ],
        ),
      ];
    default:
      return [];
  }
}

/** Where checks send the problems they find: the loader throws the first; mutations collect them all. */
export type ProblemSink = (problem: SeedError) => void;

const throwFirst: ProblemSink = (problem) => {
  throw problem;
};

/**
 * Checks every reference of a data set against the set itself and the database, and every OFAC
 * entry number against the actors already stored; sends each problem to `report`.
 */
export async function checkReferences(
  dataSet: DataSet,
  run: (statement: Sql) => Promise<Row[]>,
  report: ProblemSink = throwFirst,
): Promise<void> {
  const inSet = new Set<string>();
  for (const [name, , record] of recordsOf(dataSet)) {
    inSet.add(record.id);
    if (name === "sanctions.json") for (const d of (record.designations as SeedRecord[] | undefined) ?? []) inSet.add(d.id);
  }
  const wanted = new Map<string, [SeedFileName, number, SeedRecord, string][]>();
  for (const [name, i, record] of recordsOf(dataSet)) {
    for (const [field, id] of referencesOf(name, record)) {
      if (field === "affiliation" && id === record.id) {
        report(recordError(dataSet, name, i, record.id, field, "an actor cannot be its own affiliation"));
        continue;
      }
      if (!inSet.has(id)) wanted.set(id, [...(wanted.get(id) ?? []), [name, i, record, field]]);
    }
  }
  const byTable = new Map<string, string[]>();
  for (const id of wanted.keys()) {
    const table = TABLE_OF_PREFIX[id.slice(0, id.indexOf(":"))];
    byTable.set(table, [...(byTable.get(table) ?? []), id]);
  }
  const found = new Set<string>();
  for (const [table, tableIds] of byTable) {
    const rows = await run(sql`SELECT id FROM ${raw(table)} WHERE ${inList("id", tableIds)}`);
    for (const row of rows) found.add(String(row.id));
  }
  await checkOfacEntriesAgainstDatabase(dataSet, run, report);
  for (const [id, uses] of wanted) {
    if (found.has(id)) continue;
    const kind = id.slice(0, id.indexOf(":"));
    for (const [name, i, record, field] of uses) {
      report(
        recordError(
          dataSet,
          name,
          i,
          record.id,
          field,
          `unknown ${kind} ${id}: it is neither in this data set nor in the database`,
        ),
      );
    }
  }
}

/** An OFAC entry number names one actor: refuse a record that would give it to a second one. */
async function checkOfacEntriesAgainstDatabase(
  dataSet: DataSet,
  run: (statement: Sql) => Promise<Row[]>,
  report: ProblemSink,
): Promise<void> {
  const actors = dataSet.files["actors.json"] ?? [];
  const entries = actors.filter((r) => r.ofacEntryNumber !== undefined).map((r) => r.ofacEntryNumber as number);
  if (entries.length === 0) return;
  const owners = new Map<number, string>();
  for (const row of await run(sql`SELECT id, ofac_entry_number FROM actors WHERE ${inList("ofac_entry_number", entries)}`)) {
    owners.set(Number(row.ofac_entry_number), String(row.id));
  }
  actors.forEach((record, i) => {
    const owner = owners.get(record.ofacEntryNumber as number);
    if (owner && owner !== record.id) {
      report(
        recordError(
          dataSet,
          "actors.json",
          i,
          record.id,
          "ofacEntryNumber",
          `${record.ofacEntryNumber} already belongs to ${owner}`,
        ),
      );
    }
  });
}

/**
 * The link tables, each as a list field of its owner's record: how an item of the list becomes a
 * row, and how a row reads in the audit trail.
 */
export const LINKS: {
  file: SeedFileName;
  type: string;
  field: string;
  table: string;
  owner: string;
  row: (ownerId: string, item: any) => Row;
  /** The list item a row stands for: the inverse of `row`. */
  item: (row: Row) => unknown;
  describe: (row: Row) => string;
}[] = [
  {
    file: "actors.json",
    type: "Actor",
    field: "sources",
    table: "actor_sources",
    owner: "actor_id",
    row: (id, source) => ({ actor_id: id, source_id: source }),
    item: (r) => String(r.source_id),
    describe: (r) => String(r.source_id),
  },
  {
    file: "events.json",
    type: "Event",
    field: "participants",
    table: "event_participants",
    owner: "event_id",
    row: (id, p) => ({ event_id: id, actor_id: p.actor, role: p.role }),
    item: (r) => ({ actor: String(r.actor_id), role: String(r.role) }),
    describe: (r) => `${r.actor_id} ${r.role}`,
  },
  {
    file: "events.json",
    type: "Event",
    field: "related",
    table: "event_relations",
    owner: "from_id",
    row: (id, rel) => ({ from_id: id, to_id: rel.event, type: rel.type }),
    item: (r) => ({ type: String(r.type), event: String(r.to_id) }),
    describe: (r) => `${r.type} ${r.to_id}`,
  },
  {
    file: "events.json",
    type: "Event",
    field: "sources",
    table: "event_sources",
    owner: "event_id",
    row: (id, source) => ({ event_id: id, source_id: source }),
    item: (r) => String(r.source_id),
    describe: (r) => String(r.source_id),
  },
  {
    file: "statements.json",
    type: "Statement",
    field: "topics",
    table: "statement_topics",
    owner: "statement_id",
    row: (id, topic) => ({ statement_id: id, topic_id: topic }),
    item: (r) => String(r.topic_id),
    describe: (r) => String(r.topic_id),
  },
  {
    file: "statements.json",
    type: "Statement",
    field: "about",
    table: "statement_events",
    owner: "statement_id",
    row: (id, event) => ({ statement_id: id, event_id: event }),
    item: (r) => String(r.event_id),
    describe: (r) => String(r.event_id),
  },
  {
    file: "statements.json",
    type: "Statement",
    field: "mentions",
    table: "statement_mentions",
    owner: "statement_id",
    row: (id, actor) => ({ statement_id: id, actor_id: actor }),
    item: (r) => String(r.actor_id),
    describe: (r) => String(r.actor_id),
  },
  {
    file: "sanctions.json",
    type: "Sanction",
    field: "respondsTo",
    table: "sanction_events",
    owner: "sanction_id",
    row: (id, event) => ({ sanction_id: id, event_id: event }),
    item: (r) => String(r.event_id),
    describe: (r) => String(r.event_id),
  },
  {
    file: "sanctions.json",
    type: "Sanction",
    field: "sources",
    table: "sanction_sources",
    owner: "sanction_id",
    row: (id, source) => ({ sanction_id: id, source_id: source }),
    item: (r) => String(r.source_id),
    describe: (r) => String(r.source_id),
  },
];

/** Makes the link tables of one file's records hold exactly the records' lists. */
async function writeLinks(writer: SyncWriter, file: SeedFileName, records: SeedRecord[]): Promise<void> {
  const owners = records.map((record) => record.id);
  for (const link of LINKS.filter((candidate) => candidate.file === file)) {
    const rows = records.flatMap((record) =>
      ((record[link.field] as unknown[] | undefined) ?? []).map((item) => link.row(record.id, item)),
    );
    await writer.links(link.table, link.owner, owners, rows, link);
  }
}

/** Writes every table of the data set, parents before children so foreign keys always hold. */
async function writeDataSet(dataSet: DataSet, writer: SyncWriter): Promise<void> {
  const { files } = dataSet;
  const sources = files["sources.json"] ?? [];
  const topics = files["topics.json"] ?? [];
  const actors = orderByAffiliation(files["actors.json"] ?? []);
  const events = files["events.json"] ?? [];
  const statements = files["statements.json"] ?? [];
  const sanctions = files["sanctions.json"] ?? [];

  await writer.entities(
    Source,
    sources.map((r) => pick<Source>(r, ["id", "title", "publisher", "url", "publishedOn", "kind"])),
  );
  await writer.entities(
    Topic,
    topics.map((r) => pick<Topic>(r, ["id", "name", "description"])),
  );

  // Actors are written in affiliation order, so that an actor's affiliation exists before it.
  for (const level of actors) {
    await writer.entities(
      Actor,
      level.map((r) => ({
        ...pick<Actor>(r, ["id", "name", "kind", "description", "country", "title", "bornOn", "ofacEntryNumber", "wikidataId"]),
        aliases: (r.aliases as string[] | undefined) ?? [],
        isOfficial: r.isOfficial === true,
        isAnonymous: r.isAnonymous === true,
        affiliationId: (r.affiliation as string | undefined) ?? null,
        // What a data set or an editor writes is curated: importers will no longer overwrite it.
        maintainedBy: null,
      })),
    );
  }
  await writeLinks(writer, "actors.json", actors.flat());

  await writer.entities(
    Event,
    events.map((r) => {
      const { date, precision } = expandDate(r.occurredOn as string);
      return {
        ...pick<Event>(r, ["id", "title", "type", "summary", "endedOn", "country", "cameoCode"]),
        occurredOn: date,
        datePrecision: precision,
      };
    }),
  );
  await writeLinks(writer, "events.json", events);

  await writer.entities(
    Statement,
    statements.map((r) => {
      const { date, precision } = expandDate(r.saidOn as string);
      return {
        ...pick<Statement>(r, ["id", "text", "kind", "attribution"]),
        saidOn: date,
        datePrecision: precision,
        speakerId: r.speaker as string,
        sourceId: r.source as string,
      };
    }),
  );
  await writeLinks(writer, "statements.json", statements);

  await writer.entities(
    Sanction,
    sanctions.map((r) => ({
      ...pick<Sanction>(r, ["id", "title", "kind", "legalBasis", "program", "summary", "announcedOn", "liftedOn"]),
      authorityId: r.authority as string,
    })),
  );
  await writeLinks(writer, "sanctions.json", sanctions);
  await writer.entities(
    Designation,
    sanctions.flatMap((r) =>
      ((r.designations as SeedRecord[] | undefined) ?? []).map((d) => ({
        ...pick<Designation>(d, ["id", "reason", "listedOn", "delistedOn", "ofacEntryNumber"]),
        sanctionId: r.id,
        targetId: d.target as string,
        sourceId: d.source as string,
        status:
          (d.status as DesignationStatus | undefined) ?? (d.delistedOn ? DesignationStatus.DELISTED : DesignationStatus.ACTIVE),
      })),
    ),
    { column: "sanction_id", owners: sanctions.map((r) => r.id) },
  );
}

/** Copies the named fields of a record, with `null` for those it leaves out. */
function pick<T>(record: SeedRecord, fields: (keyof T & string)[]): Partial<T> {
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null])) as Partial<T>;
}

/**
 * Groups actors into levels so that each actor's affiliation (when it is in the set) is in an
 * earlier level: the order in which they can be written with the foreign key in force.
 */
function orderByAffiliation(actors: SeedRecord[]): SeedRecord[][] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const depth = new Map<string, number>();
  // Cycles were refused by `checkAffiliationCycles`, so every chain ends.
  const depthOf = (actor: SeedRecord): number => {
    let value = depth.get(actor.id);
    if (value === undefined) {
      const parent = byId.get(actor.affiliation as string);
      value = parent ? depthOf(parent) + 1 : 0;
      depth.set(actor.id, value);
    }
    return value;
  };
  const levels: SeedRecord[][] = [];
  for (const actor of actors) (levels[depthOf(actor)] ??= []).push(actor);
  return levels.filter(Boolean);
}
