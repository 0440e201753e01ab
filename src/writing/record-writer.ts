import path from "node:path";
import type { DataSource, ObjectLiteral } from "typeorm";
import type { AuditTrail } from "../audit/audit-trail";
import { PROJECT_ROOT } from "../config";
import { RowMapper, type Row } from "../db/rows";
import { inList, raw, sql, type Sql } from "../db/sql";
import { type Reference as StillReferring, SeedError } from "../errors";
import { expandDate, isCalendarDate, partialDateOf } from "../records/dates";
import type { Child, Link, RecordType, SeedRecord } from "../records/record-type";
import type { RecordTypes } from "./record-types";
import { SyncWriter, type TableCounts } from "./sync-writer";

/** Records to write, by seed file (`actors.json`), with where each came from for errors. */
export interface DataSet {
  name: string;
  dir: string;
  files: Partial<Record<string, SeedRecord[]>>;
  /** The file each kind of record was read from, as errors name it. Defaults to `<dir>/<kind>.json`. */
  paths?: Partial<Record<string, string>>;
  /** For NDJSON files: the line of each record. */
  lines?: Partial<Record<string, number[]>>;
}

/** What writing did to each table. */
export type WriteReport = Record<string, TableCounts>;

/** Where checks send the problems they find: loading throws the first; mutations collect them all. */
export type ProblemSink = (problem: SeedError) => void;

/** A sink that throws the first problem. */
export const throwFirst: ProblemSink = (problem) => {
  throw problem;
};

/** A statement runner: one transaction's way to the database. */
export type Run = (statement: Sql) => Promise<Row[]>;

/**
 * The one write path. Within one transaction (`run`) it checks records of the domains' record
 * types completely, writes them — rows, link tables, children — touching only what differs, and
 * notes every change in the audit trail; it also reads a record back in its seed shape and deletes
 * one with what it owns. Mutations (`editing/`), data sets (`seeding/`) and the OFAC import
 * (`importing/`) all write through it.
 */
export class RecordWriter {
  private readonly sync: SyncWriter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly run: Run,
    readonly types: RecordTypes,
    private readonly audit: AuditTrail,
    /** Told how many more records have been written, as writing goes on (for a progress bar). */
    onWritten?: (records: number) => void,
  ) {
    types.checkAgainst(dataSource);
    this.sync = new SyncWriter(dataSource, run, audit, onWritten);
  }

  /** What has been written so far, per table. */
  get report(): WriteReport {
    return this.sync.report;
  }

  /**
   * Checks a data set against the database: every reference names a record of the set or of the
   * database, no unique field is taken by another stored record, and no chain of references to a
   * record's own type (an actor's affiliation) closes a cycle through stored records.
   */
  async checkAgainstDatabase(dataSet: DataSet, report: ProblemSink = throwFirst): Promise<void> {
    const inSet = new Set<string>();
    for (const [, , , record] of recordsOf(this.types, dataSet)) inSet.add(record.id);
    const wanted = new Map<string, [string, number, SeedRecord, string][]>();
    for (const [name, type, i, record, parent] of recordsOf(this.types, dataSet)) {
      for (const [field, id] of namedIds(type, record)) {
        const fieldPath = parent ? `${parent.path}.${field}` : field;
        if (!inSet.has(id)) wanted.set(id, [...(wanted.get(id) ?? []), [name, i, parent?.record ?? record, fieldPath]]);
      }
    }
    const found = new Set<string>();
    const byPrefix = new Map<string, string[]>();
    for (const id of wanted.keys()) {
      const prefix = id.slice(0, id.indexOf(":"));
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id]);
    }
    for (const [prefix, ids] of byPrefix) {
      const type = this.types.byPrefix(prefix);
      if (!type) continue;
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await this.run(
          sql`SELECT id FROM ${raw(this.types.table(this.dataSource, type))} WHERE ${inList("id", ids.slice(i, i + 500))}`,
        );
        for (const row of rows) found.add(String(row.id));
      }
    }
    await this.checkUniqueAgainstDatabase(dataSet, report);
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
    await this.checkCyclesThroughDatabase(dataSet, report);
  }

  /** Writes a data set's records, type by type in write order (parents before children), in this transaction. */
  async write(dataSet: DataSet): Promise<void> {
    for (const type of this.types.files) {
      const records = dataSet.files[`${type.file}.json`] ?? [];
      if (records.length > 0) await this.writeRecords(type, records);
    }
  }

  /**
   * Makes the stored records of a type hold these (entity values, matched by `id`): the way an
   * importer writes what it computed itself, partial records updating only the properties given.
   * Every value a field of the type stores is checked against that field's JSON Schema first, as a
   * data set's would be; a bad one is a `SeedError` naming `origin` (the imported file), the
   * record's index and ID, and the field, and nothing is written. With `ownedBy`, the records are
   * the whole set of their owners' children.
   */
  async store<E extends ObjectLiteral>(
    type: RecordType<E>,
    entities: Partial<E>[],
    options: { origin?: string; ownedBy?: { column: string; owners: string[] } } = {},
  ): Promise<void> {
    const validators = this.types.propertyValidators(type);
    entities.forEach((entity, index) => {
      for (const [property, value] of Object.entries(entity)) {
        const check = value === null || value === undefined ? undefined : validators.get(property);
        if (!check || check.validate(value)) continue;
        const error = check.validate.errors![0];
        const path = error.instancePath
          .split("/")
          .slice(1)
          .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
          .join("");
        const origin = options.origin ?? `${type.entity.name} records`;
        throw new SeedError(origin, index, String(entity.id), `${check.field}${path}`, problemOf(error, error.data));
      }
    });
    await this.sync.entities(type.entity, entities, options.ownedBy);
  }

  /** Makes the list `field` (a link) of each owner hold exactly the given items. */
  async storeLinks(type: RecordType, field: string, items: Map<string, unknown[]>): Promise<void> {
    const link = (type.links ?? []).find((candidate) => candidate.field === field);
    if (!link) throw new Error(`${type.entity.name} has no link ${field}`);
    const owners = [...items.keys()];
    const rows = owners.flatMap((owner) => items.get(owner)!.map((item) => link.row(owner, item)));
    await this.sync.links(link.table, link.owner, owners, rows, this.linkAudit(type, link));
  }

  /** A stored record in its seed shape — the shape mutations take — with its lists and children; null when there is none. */
  async read(type: RecordType, id: string): Promise<SeedRecord | null> {
    const mapper = new RowMapper(this.dataSource, type.entity as new () => ObjectLiteral);
    const [row] = await this.run(sql`SELECT * FROM ${raw(mapper.table)} WHERE id = ${id}`);
    if (!row) return null;
    const record = toRecord(type, mapper.fromRow(row));
    for (const link of type.links ?? []) {
      const rows = await this.run(sql`SELECT * FROM ${raw(link.table)} WHERE ${raw(link.owner)} = ${id}`);
      record[link.field] = rows.map(link.item);
    }
    for (const child of type.children ?? []) {
      const children = new RowMapper(this.dataSource, child.type.entity as new () => ObjectLiteral);
      const rows = await this.run(sql`SELECT * FROM ${raw(children.table)} WHERE ${raw(child.owner.column)} = ${id} ORDER BY id`);
      record[child.field] = rows.map((childRow) => toRecord(child.type, children.fromRow(childRow)));
    }
    return record;
  }

  /** What still refers to a stored record, kind by kind, with a few examples; empty when nothing does. */
  async referencesTo(type: RecordType, id: string): Promise<StillReferring[]> {
    const references: StillReferring[] = [];
    for (const { table, column, key, what } of this.types.referringColumns(this.dataSource, type)) {
      const rows = await this.run(
        sql`SELECT ${raw(key)} AS ref FROM ${raw(table)} WHERE ${raw(column)} = ${id} AND ${raw(key)} <> ${id}`,
      );
      if (rows.length > 0) references.push({ what, count: rows.length, examples: rows.slice(0, 5).map((r) => String(r.ref)) });
    }
    return references;
  }

  /** Deletes stored records with their links and children (whether others still refer to them is the caller's to check). */
  async remove(type: RecordType, ids: string[]): Promise<void> {
    for (const link of type.links ?? []) {
      for (let i = 0; i < ids.length; i += 500) {
        await this.sync.links(link.table, link.owner, ids.slice(i, i + 500), [], this.linkAudit(type, link));
      }
    }
    for (const child of type.children ?? [])
      await this.sync.entities(child.type.entity, [], { column: child.owner.column, owners: ids });
    await this.sync.remove(type.entity, ids);
  }

  /** Stores the audit entries of everything written, in this transaction. */
  async flush(): Promise<void> {
    await this.audit.flush(this.dataSource, this.run);
  }

  private async writeRecords(type: RecordType, records: SeedRecord[], owner?: { child: Child; ids: string[] }): Promise<void> {
    const levels = selfReference(type) ? levelsOf(type, records) : [records];
    for (const level of levels) {
      const entities = level.map((record) => ({
        ...toEntity(type, record),
        ...(owner ? { [owner.child.owner.property]: (record as SeedRecord & { [OWNER]: string })[OWNER] } : {}),
      }));
      await this.sync.entities(
        type.entity,
        entities,
        owner ? { column: owner.child.owner.column, owners: owner.ids } : undefined,
      );
    }
    if (owner && records.length === 0)
      await this.sync.entities(type.entity, [], { column: owner.child.owner.column, owners: owner.ids });
    for (const link of type.links ?? []) {
      const rows = records.flatMap((record) =>
        ((record[link.field] as unknown[] | undefined) ?? []).map((item) => link.row(record.id, item)),
      );
      await this.sync.links(
        link.table,
        link.owner,
        records.map((record) => record.id),
        rows,
        this.linkAudit(type, link),
      );
    }
    for (const child of type.children ?? []) {
      const children = records.flatMap((record) =>
        ((record[child.field] as SeedRecord[] | undefined) ?? []).map((item) => ({ ...item, [OWNER]: record.id })),
      );
      await this.writeRecords(child.type, children, { child, ids: records.map((record) => record.id) });
    }
  }

  private linkAudit(type: RecordType, link: Link) {
    return { type: type.entity.name, field: link.field, describe: link.describe };
  }

  /** A unique field (`ofacEntryNumber`) names one record: refuse one that would give it to a second. */
  private async checkUniqueAgainstDatabase(dataSet: DataSet, report: ProblemSink): Promise<void> {
    for (const type of this.types.files) {
      const name = `${type.file}.json`;
      const records = dataSet.files[name] ?? [];
      for (const { field, column } of type.unique ?? []) {
        const values = records.filter((record) => record[field] !== undefined).map((record) => record[field] as string);
        if (values.length === 0) continue;
        const owners = new Map<string, string>();
        const table = this.types.table(this.dataSource, type);
        for (let i = 0; i < values.length; i += 500) {
          for (const row of await this.run(
            sql`SELECT id, ${raw(column)} AS value FROM ${raw(table)} WHERE ${inList(column, values.slice(i, i + 500))}`,
          )) {
            owners.set(String(row.value), String(row.id));
          }
        }
        records.forEach((record, i) => {
          const owner = owners.get(String(record[field]));
          if (record[field] !== undefined && owner && owner !== record.id) {
            report(recordError(dataSet, name, i, record.id, field, `${record[field]} already belongs to ${owner}`));
          }
        });
      }
    }
  }

  /** A reference to the record's own type must not lead back to it through the stored records either. */
  private async checkCyclesThroughDatabase(dataSet: DataSet, report: ProblemSink): Promise<void> {
    for (const type of this.types.files) {
      const reference = selfReference(type);
      if (!reference) continue;
      const name = `${type.file}.json`;
      const records = dataSet.files[name] ?? [];
      const inSet = new Map(records.map((record) => [record.id, record[reference.field] as string | undefined]));
      const table = this.types.table(this.dataSource, type);
      for (const [i, record] of records.entries()) {
        const chain = [record.id];
        let next = record[reference.field] as string | undefined;
        while (next && next !== record.id && !chain.includes(next) && chain.length <= 100) {
          chain.push(next);
          if (inSet.has(next)) next = inSet.get(next);
          else {
            const [row] = await this.run(sql`SELECT ${raw(reference.column)} AS next FROM ${raw(table)} WHERE id = ${next}`);
            next = (row?.next as string | null) ?? undefined;
          }
        }
        if (next === record.id && chain.length > 1) {
          report(
            recordError(
              dataSet,
              name,
              i,
              record.id,
              reference.field,
              `${reference.field}s would form a cycle: ${[...chain, next].join(" → ")}`,
            ),
          );
        }
      }
    }
  }
}

/** Marks a child record with its owner's ID while it is written. */
const OWNER = Symbol("owner");

/**
 * Checks what can be checked of a data set without the database, reporting each problem: IDs are
 * unique, unique fields too, references to a record's own type form no cycle, dates are calendar
 * dates, and each type's own rules hold.
 */
export function checkDataSet(types: RecordTypes, dataSet: DataSet, report: ProblemSink = throwFirst): void {
  const seen = new Map<string, string>();
  for (const [name, , i, record, parent] of recordsOf(types, dataSet)) {
    const owner = parent?.record ?? record;
    const field = parent ? `${parent.path}.id` : "id";
    const where = `${fileOf(dataSet, name)} record ${i}`;
    if (seen.has(record.id)) {
      report(recordError(dataSet, name, i, owner.id, field, `duplicate ID ${record.id}, already used in ${seen.get(record.id)}`));
    } else seen.set(record.id, where);
  }
  for (const type of types.files) {
    const name = `${type.file}.json`;
    const records = dataSet.files[name] ?? [];
    for (const { field } of type.unique ?? []) {
      const owners = new Map<unknown, string>();
      records.forEach((record, i) => {
        if (record[field] === undefined) return;
        const owner = owners.get(record[field]);
        if (owner) report(recordError(dataSet, name, i, record.id, field, `${record[field]} already belongs to ${owner}`));
        else owners.set(record[field], record.id);
      });
    }
    const reference = selfReference(type);
    if (reference) checkCyclesInSet(dataSet, name, records, reference.field, report);
  }
  for (const [name, type, i, record, parent] of recordsOf(types, dataSet)) {
    const owner = parent?.record ?? record;
    const at = (field: string) => (parent ? `${parent.path}.${field}` : field);
    const problem = (field: string, text: string) => report(recordError(dataSet, name, i, owner.id, at(field), text));
    for (const field of type.partialDates ?? []) {
      if (typeof record[field] === "string" && !isCalendarDate(expandDate(record[field] as string).date)) {
        problem(field, `${record[field]} is not a calendar date`);
      }
    }
    for (const reference of type.references ?? []) {
      if (reference.prefix === type.prefix && record[reference.field] === record.id) {
        problem(reference.field, `${article(type.prefix)} ${type.prefix} cannot be its own ${reference.field}`);
      }
    }
    type.check?.(record, problem);
  }
}

/** A chain of references to the records' own type must end: A → B → A cannot be written, nor make sense. */
function checkCyclesInSet(dataSet: DataSet, name: string, records: SeedRecord[], field: string, report: ProblemSink): void {
  const byId = new Map(records.map((record) => [record.id, record]));
  records.forEach((record, i) => {
    if (record[field] === record.id) return; // its own: reported as such
    const chain = [record.id];
    for (let next = byId.get(record[field] as string); next; next = byId.get(next[field] as string)) {
      chain.push(next.id);
      if (next.id === record.id) {
        report(recordError(dataSet, name, i, record.id, field, `${field}s form a cycle: ${chain.join(" → ")}`));
        return;
      }
      if (chain.length > records.length) return; // a cycle that does not pass through this record; found from one of its members
    }
  });
}

/**
 * Checks records of one type against its JSON Schema and returns every problem, one per field
 * (the most specific problem of each), for callers that report them all at once.
 */
export function schemaProblems(types: RecordTypes, type: RecordType, records: unknown[], file: string): SeedError[] {
  const validate = types.validator(type);
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

/** The most specific of a validator's errors (the deepest in the document), as a `SeedError`. */
export function schemaError(
  file: string,
  data: unknown,
  errors: NonNullable<ReturnType<RecordTypes["validator"]>["errors"]>,
  lineNumbers?: number[],
): SeedError {
  const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  const [index, ...rest] = error.instancePath.split("/").slice(1);
  const record = index === undefined ? undefined : Number(index);
  const id = record === undefined ? undefined : (data as { id?: unknown }[])[record]?.id;
  let field = rest
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join("")
    .replace(/^\./, "");
  let problem = problemOf(error, error.data);
  if (error.keyword === "required") {
    field = [field, error.params.missingProperty].filter(Boolean).join(".");
  } else if (error.keyword === "additionalProperties") {
    field = [field, error.params.additionalProperty].filter(Boolean).join(".");
  }
  if (record === undefined) problem = `the file must hold an array of records (${problem})`;
  return new SeedError(
    file,
    record,
    typeof id === "string" ? id : undefined,
    field || undefined,
    problem,
    record === undefined ? undefined : lineNumbers?.[record],
  );
}

/** What a validator's error says is wrong, in words: "must be one of PERSON, …", "is required". */
function problemOf(error: NonNullable<ReturnType<RecordTypes["validator"]>["errors"]>[number], value: unknown): string {
  switch (error.keyword) {
    case "required":
      return "is required";
    case "additionalProperties":
      return "is not a known field";
    case "enum":
      return `must be one of ${(error.params.allowedValues as string[]).join(", ")}`;
    case "pattern": {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return description ? `must be ${description}; got ${JSON.stringify(value)}` : `must match ${error.params.pattern}`;
    }
    default:
      return error.message ?? "is invalid";
  }
}

/** A path as errors show it: relative to the project when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith("..") ? file : relative;
}

/** The file a data set's records of one kind came from. */
export function fileOf(dataSet: DataSet, name: string): string {
  return dataSet.paths?.[name] ?? displayPath(path.join(dataSet.dir, name));
}

/** A `SeedError` about record `index` of one of the data set's files, with its line in an NDJSON file. */
function recordError(
  dataSet: DataSet,
  name: string,
  index: number | undefined,
  id: string | undefined,
  field: string | undefined,
  problem: string,
): SeedError {
  const line = index === undefined ? undefined : dataSet.lines?.[name]?.[index];
  return new SeedError(fileOf(dataSet, name), index, id, field, problem, line);
}

/** Every record of a data set, children after their owner: [file, type, index in file, record, owner and path]. */
function* recordsOf(
  types: RecordTypes,
  dataSet: DataSet,
): Generator<[string, RecordType, number, SeedRecord, { record: SeedRecord; path: string } | undefined]> {
  for (const type of types.files) {
    const name = `${type.file}.json`;
    const records = dataSet.files[name] ?? [];
    for (let i = 0; i < records.length; i++) {
      yield [name, type, i, records[i], undefined];
      for (const child of type.children ?? []) {
        const children = (records[i][child.field] as SeedRecord[] | undefined) ?? [];
        for (let j = 0; j < children.length; j++) {
          yield [name, child.type, i, children[j], { record: records[i], path: `${child.field}[${j}]` }];
        }
      }
    }
  }
}

/** The IDs a record names, with the field naming each (`participants[0].actor`); its children's are theirs. */
function namedIds(type: RecordType, record: SeedRecord): [string, string][] {
  const named: [string, string][] = [];
  for (const reference of type.references ?? []) {
    if (typeof record[reference.field] === "string" && record[reference.field] !== record.id) {
      named.push([reference.field, record[reference.field] as string]);
    }
  }
  for (const link of type.links ?? []) {
    ((record[link.field] as unknown[] | undefined) ?? []).forEach((item, i) => {
      const key = link.names.key;
      const id = key ? (item as Record<string, unknown>)[key] : item;
      if (typeof id === "string") named.push([`${link.field}[${i}]${key ? `.${key}` : ""}`, id]);
    });
  }
  return named;
}

/** The reference a type makes to its own records (an actor's affiliation), if any. */
function selfReference(type: RecordType) {
  return (type.references ?? []).find((reference) => reference.prefix === type.prefix);
}

/**
 * Groups records into levels so that each record's own-type reference (when it is in the set) is
 * in an earlier level: the order in which they can be written with the foreign key in force.
 */
function levelsOf(type: RecordType, records: SeedRecord[]): SeedRecord[][] {
  const field = selfReference(type)!.field;
  const byId = new Map(records.map((record) => [record.id, record]));
  const depth = new Map<string, number>();
  // Cycles were refused by `checkDataSet`, so every chain ends.
  const depthOf = (record: SeedRecord): number => {
    let value = depth.get(record.id);
    if (value === undefined) {
      const parent = byId.get(record[field] as string);
      value = parent ? depthOf(parent) + 1 : 0;
      depth.set(record.id, value);
    }
    return value;
  };
  const levels: SeedRecord[][] = [];
  for (const record of records) (levels[depthOf(record)] ??= []).push(record);
  return levels.filter(Boolean);
}

/** A record as its entity's values: references in their columns, partial dates with their precision, defaults filled in. */
function toEntity(type: RecordType, record: SeedRecord): ObjectLiteral {
  const entity: ObjectLiteral = { ...type.defaults?.(record) };
  const references = new Map((type.references ?? []).map((reference) => [reference.field, reference]));
  const lists = new Set([...(type.links ?? []), ...(type.children ?? [])].map((list) => list.field));
  for (const field of Object.keys(type.fields)) {
    if (lists.has(field)) continue;
    const reference = references.get(field);
    if (reference) entity[reference.property] = record[field] ?? null;
    else if (type.partialDates?.includes(field) && typeof record[field] === "string") {
      const { date, precision } = expandDate(record[field] as string);
      entity[field] = date;
      entity.datePrecision = precision;
    } else entity[field] = record[field] ?? entity[field] ?? null;
  }
  return { ...entity, ...type.stamp };
}

/** An entity as a record: references by their fields, partial dates at their precision, no nulls. */
function toRecord(type: RecordType, entity: ObjectLiteral): SeedRecord {
  const record: Record<string, unknown> = {};
  const references = new Map((type.references ?? []).map((reference) => [reference.field, reference]));
  for (const field of Object.keys(type.fields)) {
    let value = entity[references.get(field)?.property ?? field];
    if (value === null || value === undefined) continue;
    if (type.partialDates?.includes(field)) value = partialDateOf(String(value), entity.datePrecision);
    record[field] = value;
  }
  return record as SeedRecord;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
