import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { type AuditActor, AuditTrail } from "../audit/audit-trail";
import { PROJECT_ROOT } from "../config";
import { RECORD_TYPES } from "../domains";
import type { RecordTypes } from "../writing/record-types";
import { SeedError } from "../errors";
import type { SeedRecord } from "../records/record-type";
import {
  checkDataSet,
  type DataSet,
  displayPath,
  RecordWriter,
  type Run,
  schemaError,
  type WriteReport,
} from "../writing/record-writer";

export { SeedError } from "../errors";
export type { DataSet } from "../writing/record-writer";
export type { SeedRecord } from "../records/record-type";

/*
 * Data sets: folders of seed files, one file per record type (`actors.json`, or `actors.ndjson`
 * with a record per line), in the shape the domains' record types declare (`<domain>.writer.ts`).
 * Reading checks them; loading hands them to the write path (`writing/record-writer.ts`).
 */

/** Where the curated data sets live: one folder per data set. */
export const SEEDS_DIR = path.join(PROJECT_ROOT, "seeds");

/** What loading a data set did to each table. */
export type SeedReport = WriteReport;

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
 * records) or `<kind>.ndjson` (a record per line), the kinds being the record types' files. Throws
 * a `SeedError` naming the file, record (and line) and field at the first problem.
 */
export function readDataSet(target: string, types: RecordTypes = RECORD_TYPES): DataSet {
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
    const kind = `${entry.replace(/\.(nd)?json$/, "")}.json`;
    const type = types.byFile(kind);
    if (!type) {
      const expected = types.files.map((candidate) => candidate.file).join(", ");
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
    const validate = types.validator(type);
    if (!validate(data)) throw schemaError(file, data, validate.errors ?? [], lineNumbers);
    files[kind] = data as SeedRecord[];
  }
  const dataSet: DataSet = { name: path.basename(target).replace(/\.(nd)?json$/, ""), dir, files, paths, lines };
  checkDataSet(types, dataSet);
  return dataSet;
}

/** Options of `loadDataSet`. */
export interface LoadOptions {
  /** Who writes, for the audit trail. Defaults to `seed:<data set>`. */
  actor?: AuditActor;
  /** Told how many more records have been written (see `countRecords` for the total). */
  onWritten?: (records: number) => void;
  /** The record types to write by: the hub's by default. */
  types?: RecordTypes;
}

/** How many records a data set holds, children (a sanction's designations) included: the total that `onWritten` counts up to. */
export function countRecords(dataSet: DataSet, types: RecordTypes = RECORD_TYPES): number {
  let total = 0;
  for (const [name, records] of Object.entries(dataSet.files)) {
    const children = types.byFile(name)?.children ?? [];
    for (const record of records ?? []) {
      total += 1 + children.reduce((n, child) => n + ((record[child.field] as unknown[] | undefined)?.length ?? 0), 0);
    }
  }
  return total;
}

/**
 * Loads a checked data set: checks every reference (against the set itself and the database),
 * then writes everything in one transaction, with an audit entry for every record it changes, in
 * the name of `actor`. Loading the same data twice changes nothing: rows are compared and only
 * what differs is written.
 */
export async function loadDataSet(dataSource: DataSource, dataSet: DataSet, options: LoadOptions = {}): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    const run: Run = (statement) => manager.query(statement.sql, statement.values);
    const audit = new AuditTrail(options.actor ?? { name: `seed:${dataSet.name}` });
    const writer = new RecordWriter(dataSource, run, options.types ?? RECORD_TYPES, audit, options.onWritten);
    await writer.checkAgainstDatabase(dataSet);
    await writer.write(dataSet);
    await writer.flush();
    return writer.report;
  });
}

/** Reads, checks and loads every data set under `seeds/` (or the given folders), in one transaction each. */
export async function seed(
  dataSource: DataSource,
  dirs = listDataSets(),
  types: RecordTypes = RECORD_TYPES,
): Promise<Map<string, SeedReport>> {
  const reports = new Map<string, SeedReport>();
  const dataSets = dirs.map((dir) => readDataSet(dir, types));
  for (const dataSet of dataSets) reports.set(dataSet.name, await loadDataSet(dataSource, dataSet, { types }));
  return reports;
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
