import type { Viewer } from "../auth/api-key.service";
import { AuditTrail } from "../audit/audit-trail";
import type { Database } from "../db/database";
import { raw, sql } from "../db/sql";
import { type InputProblem, InvalidInputError, NotFoundError, SeedError, StillReferencedError } from "../errors";
import type { RecordType, SeedRecord } from "../records/record-type";
import type { RecordTypes } from "../writing/record-types";
import { checkDataSet, type DataSet, RecordWriter, type Run, schemaProblems } from "../writing/record-writer";
import { slug } from "../records/slug";

/**
 * Creates, updates and deletes records for the API's mutations, through the one write path
 * (`writing/record-writer.ts`) that data sets and imports use: every problem with an input is
 * reported at once, per field; references are checked; each mutation is one transaction with its
 * audit entries; a record still referred to elsewhere is not deleted.
 */
export class RecordEditor {
  constructor(
    private readonly db: Database,
    private readonly types: RecordTypes,
  ) {}

  /** Creates a record; returns its ID (made from its name or title when the input gives none). */
  async create(type: RecordType, input: Record<string, unknown>, viewer: Viewer | null): Promise<string> {
    return this.transaction(viewer, async (writer, run) => {
      const record = clean(input) as SeedRecord;
      const problems: InputProblem[] = [];
      if (record.id === undefined) {
        record.id = await this.freeId(run, type, type.namedBy ? record[type.namedBy] : undefined);
      } else if (await writer.read(type, record.id)) {
        problems.push({
          field: "input.id",
          message: `is taken: ${record.id} already exists (update it with update${type.entity.name})`,
        });
      }
      fillChildIds(type, record);
      await this.write(writer, type, record, problems);
      return record.id;
    });
  }

  /** Updates a record: fields the input gives replace the stored ones, `null` clears one, lists are replaced whole. */
  async update(type: RecordType, id: string, input: Record<string, unknown>, viewer: Viewer | null): Promise<void> {
    await this.transaction(viewer, async (writer) => {
      const stored = await writer.read(type, id);
      if (!stored) throw new NotFoundError(type.entity.name, id);
      const problems: InputProblem[] = [];
      if (input.id !== undefined && input.id !== null && input.id !== id) {
        problems.push({ field: "input.id", message: `cannot change: IDs are stable (this is ${id})` });
      }
      const record: Record<string, unknown> = { ...stored };
      for (const [field, value] of Object.entries(clean(input, { keepNull: true }))) {
        if (field === "id") continue;
        if (value === null) delete record[field];
        else record[field] = value;
      }
      fillChildIds(type, record as SeedRecord);
      await this.write(writer, type, record as SeedRecord, problems);
    });
  }

  /** Deletes a record with its own links and children (a sanction's designations), unless something else still refers to it. */
  async delete(type: RecordType, id: string, viewer: Viewer | null): Promise<void> {
    await this.transaction(viewer, async (writer) => {
      if (!(await writer.read(type, id))) throw new NotFoundError(type.entity.name, id);
      const references = await writer.referencesTo(type, id);
      if (references.length > 0) throw new StillReferencedError(id, references);
      await writer.remove(type, [id]);
    });
  }

  /** One mutation: one transaction, one audit trail in the viewer's name, stored with the writes. */
  private async transaction<T>(viewer: Viewer | null, work: (writer: RecordWriter, run: Run) => Promise<T>): Promise<T> {
    const dataSource = this.db.dataSource;
    return dataSource.transaction(async (manager) => {
      const run: Run = (statement) => manager.query(statement.sql, statement.values);
      const actor = viewer ? { name: viewer.name, keyId: viewer.keyId } : { name: "anonymous" };
      const writer = new RecordWriter(dataSource, run, this.types, new AuditTrail(actor));
      const result = await work(writer, run);
      await writer.flush();
      return result;
    });
  }

  /** Checks a record completely, reporting every problem at once, then writes it. */
  private async write(writer: RecordWriter, type: RecordType, record: SeedRecord, problems: InputProblem[]): Promise<void> {
    const file = `${type.file}.json`;
    if (this.types.byFile(file) !== type) {
      // A resolver handing over a record type its module does not register would write nothing.
      throw new Error(`${type.entity.name} is not a record type of these services' domains: register its module's writer`);
    }
    const dataSet: DataSet = { name: "input", dir: "", files: { [file]: [record] }, paths: { [file]: "input" } };
    const collect = (problem: SeedError) =>
      problems.push({ field: problem.field ? `input.${problem.field}` : "input", message: problem.problem });
    const malformed = schemaProblems(this.types, type, [record], "input");
    malformed.forEach(collect);
    if (malformed.length === 0) {
      checkDataSet(this.types, dataSet, collect);
      await writer.checkAgainstDatabase(dataSet, collect);
    } else if (!malformed.some((problem) => problem.field === undefined)) {
      // The references of the fields that are well-formed are checked too, so that every problem
      // is reported at once (`speaker: "actor:nobody"` beside a malformed `saidOn`).
      const faulty = new Set(malformed.map((problem) => problem.field!.split(/[.[]/)[0]));
      const wellFormed = Object.fromEntries(Object.entries(record).filter(([field]) => !faulty.has(field))) as SeedRecord;
      await writer.checkAgainstDatabase({ ...dataSet, files: { [file]: [wellFormed] } }, collect);
    }
    if (problems.length > 0) throw new InvalidInputError(dedupe(problems));
    await writer.write(dataSet);
  }

  /** An unused ID for a new record: `actor:acme-corp`, then `actor:acme-corp-2`, … */
  private async freeId(run: Run, type: RecordType, name: unknown): Promise<string> {
    const words = typeof name === "string" ? name.split(/\s+/).slice(0, 8).join(" ") : "";
    const base = `${type.prefix}:${slug(words) || "record"}`;
    const table = this.types.table(this.db.dataSource, type);
    const taken = new Set(
      (await run(sql`SELECT id FROM ${raw(table)} WHERE id = ${base} OR id LIKE ${`${base}-%`}`)).map((row) => String(row.id)),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

/**
 * An input as a seed record: no undefined fields, no nulls (unless kept, for updates), dates as
 * `YYYY-MM-DD`, input objects as plain objects.
 */
function clean(value: Record<string, unknown>, options: { keepNull?: boolean } = {}): Record<string, unknown> {
  const plain = (item: unknown): unknown => {
    if (item instanceof Date) return item.toISOString().slice(0, 10);
    if (Array.isArray(item)) return item.map(plain);
    if (item && typeof item === "object") return clean(item as Record<string, unknown>);
    return item;
  };
  const result: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(value)) {
    if (item === undefined || (item === null && !options.keepNull)) continue;
    result[field] = item === null ? null : plain(item);
  }
  return result;
}

/** New children (a sanction's designations) get IDs from their owner, as their type says. */
function fillChildIds(type: RecordType, record: SeedRecord): void {
  for (const child of type.children ?? []) {
    for (const item of (record[child.field] as Record<string, unknown>[] | undefined) ?? []) {
      if (item.id === undefined) item.id = child.newId?.(record.id, item);
    }
  }
}

function dedupe(problems: InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

declare module "../graphql/context" {
  interface Services {
    /** Mutations' way to the data: read back, merge, check, write and audit a record. */
    editor: RecordEditor;
  }
}
