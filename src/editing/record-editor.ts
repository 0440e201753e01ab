import type { Viewer } from "../auth/api-key.service";
import { AuditTrail } from "../audit/audit-trail";
import type { Database } from "../db/database";
import type { Row } from "../db/rows";
import { raw, sql, type Sql } from "../db/sql";
import { Designation } from "../designations/designation.entity";
import { type InputProblem, InvalidInputError, NotFoundError, type Reference, StillReferencedError } from "../errors";
import {
  checkDates,
  checkReferences,
  type DataSet,
  LINKS,
  loadDataSet,
  schemaProblems,
  SeedError,
  type SeedRecord,
} from "../seeding/seed-loader";
import { SyncWriter } from "../seeding/sync-writer";
import { ENTITY_OF_KIND, readRecord, type RecordKind } from "./record-reader";

/** The rows elsewhere that point at each kind of record, and how to name them in an error. */
const REFERENCED_BY: Record<RecordKind, { table: string; column: string; key: string; what: string }[]> = {
  "actors.json": [
    { table: "statements", column: "speaker_id", key: "id", what: "statements (as their speaker)" },
    { table: "statement_mentions", column: "actor_id", key: "statement_id", what: "statements (as mentioned)" },
    { table: "event_participants", column: "actor_id", key: "event_id", what: "events (as a participant)" },
    { table: "sanctions", column: "authority_id", key: "id", what: "sanctions (as their authority)" },
    { table: "designations", column: "target_id", key: "id", what: "designations (as their target)" },
    { table: "actors", column: "affiliation_id", key: "id", what: "actors (as their affiliation)" },
  ],
  "events.json": [
    { table: "statement_events", column: "event_id", key: "statement_id", what: "statements (as what they are about)" },
    { table: "sanction_events", column: "event_id", key: "sanction_id", what: "sanctions (as what they respond to)" },
    { table: "event_relations", column: "to_id", key: "from_id", what: "events (as related to them)" },
  ],
  "statements.json": [],
  "topics.json": [{ table: "statement_topics", column: "topic_id", key: "statement_id", what: "statements (as their topic)" }],
  "sources.json": [
    { table: "statements", column: "source_id", key: "id", what: "statements (as their source)" },
    { table: "designations", column: "source_id", key: "id", what: "designations (as their source)" },
    { table: "event_sources", column: "source_id", key: "event_id", what: "events (as a source)" },
    { table: "sanction_sources", column: "source_id", key: "sanction_id", what: "sanctions (as a source)" },
    { table: "actor_sources", column: "source_id", key: "actor_id", what: "actors (as a source)" },
  ],
  "sanctions.json": [],
};

/** The field that names a record of each kind, from which a new ID is made. */
const NAMING_FIELD: Record<RecordKind, string> = {
  "sources.json": "title",
  "topics.json": "name",
  "actors.json": "name",
  "events.json": "title",
  "statements.json": "text",
  "sanctions.json": "title",
};

/**
 * Creates, updates and deletes records for the API's mutations, in the seed format, through the
 * same checks and writer as data sets: every problem with an input is reported at once, per field;
 * references are checked; each mutation is one transaction with its audit entries; a record still
 * referenced elsewhere is not deleted.
 */
export class RecordEditor {
  constructor(private readonly db: Database) {}

  /** Creates a record; returns its ID (made from its name or title when the input gives none). */
  async create(kind: RecordKind, input: Record<string, unknown>, viewer: Viewer | null): Promise<string> {
    return this.db.dataSource.transaction(async (manager) => {
      const run = runner(manager.query.bind(manager));
      const record = clean(input) as SeedRecord;
      const problems: InputProblem[] = [];
      if (record.id === undefined) {
        record.id = await freeId(run, kind, record[NAMING_FIELD[kind]]);
      } else if (await readRecord(this.db.dataSource, run, kind, record.id)) {
        problems.push({
          field: "input.id",
          message: `is taken: ${record.id} already exists (update it with update${typeName(kind)})`,
        });
      }
      fillDesignationIds(record);
      await this.write(run, kind, record, viewer, problems);
      return record.id;
    });
  }

  /** Updates a record: fields the input gives replace the stored ones, `null` clears one, lists are replaced whole. */
  async update(kind: RecordKind, id: string, input: Record<string, unknown>, viewer: Viewer | null): Promise<void> {
    await this.db.dataSource.transaction(async (manager) => {
      const run = runner(manager.query.bind(manager));
      const stored = await readRecord(this.db.dataSource, run, kind, id);
      if (!stored) throw new NotFoundError(typeName(kind), id);
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
      fillDesignationIds(record as SeedRecord);
      await this.write(run, kind, record as SeedRecord, viewer, problems);
    });
  }

  /** Deletes a record with its own links (and a sanction's designations), unless something else still refers to it. */
  async delete(kind: RecordKind, id: string, viewer: Viewer | null): Promise<void> {
    const dataSource = this.db.dataSource;
    await dataSource.transaction(async (manager) => {
      const run = runner(manager.query.bind(manager));
      if (!(await readRecord(dataSource, run, kind, id))) throw new NotFoundError(typeName(kind), id);
      const references = await referencesTo(run, kind, id);
      if (references.length > 0) {
        throw new StillReferencedError(id, references);
      }
      const audit = new AuditTrail(actorOf(viewer));
      const writer = new SyncWriter(dataSource, run, audit);
      for (const link of LINKS.filter((candidate) => candidate.file === kind))
        await writer.links(link.table, link.owner, [id], [], link);
      if (kind === "sanctions.json") await writer.entities(Designation, [], { column: "sanction_id", owners: [id] });
      await writer.remove(ENTITY_OF_KIND[kind], [id]);
      await audit.flush(dataSource, run);
    });
  }

  /** Checks a record completely, reporting every problem at once, then writes it. */
  private async write(
    run: (statement: Sql) => Promise<Row[]>,
    kind: RecordKind,
    record: SeedRecord,
    viewer: Viewer | null,
    problems: InputProblem[],
  ): Promise<void> {
    const dataSet: DataSet = { name: "input", dir: "", files: { [kind]: [record] }, paths: { [kind]: "input" } };
    const collect = (problem: SeedError) =>
      problems.push({ field: problem.field ? `input.${problem.field}` : "input", message: problem.problem });
    const malformed = schemaProblems(kind, [record], "input");
    malformed.forEach(collect);
    if (problems.length === 0) {
      try {
        checkDates(dataSet);
      } catch (error) {
        if (!(error instanceof SeedError)) throw error;
        collect(error);
      }
      await checkReferences(dataSet, run, collect);
      if (kind === "actors.json") await checkAffiliationChain(run, record, collect);
    } else if (!malformed.some((problem) => problem.field === undefined)) {
      // The references of the fields that are well-formed are checked too, so that every problem
      // is reported at once (`speaker: "actor:nobody"` beside a malformed `saidOn`).
      const faulty = new Set(malformed.map((problem) => problem.field!.split(/[.[]/)[0]));
      const wellFormed = Object.fromEntries(Object.entries(record).filter(([field]) => !faulty.has(field))) as SeedRecord;
      await checkReferences({ ...dataSet, files: { [kind]: [wellFormed] } }, run, collect);
    }
    if (problems.length > 0) throw new InvalidInputError(dedupe(problems));
    await loadDataSet(this.db.dataSource, dataSet, { actor: actorOf(viewer), run });
  }
}

function runner(query: (sql: string, values: unknown[]) => Promise<unknown>) {
  return (statement: Sql) => query(statement.sql, statement.values) as Promise<Row[]>;
}

function actorOf(viewer: Viewer | null) {
  return viewer ? { name: viewer.name, keyId: viewer.keyId } : { name: "anonymous" };
}

function typeName(kind: RecordKind): string {
  return ENTITY_OF_KIND[kind].name;
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

/** A sanction's new designations get IDs from the sanction and their target. */
function fillDesignationIds(record: SeedRecord): void {
  const designations = record.designations as Record<string, unknown>[] | undefined;
  if (!designations) return;
  for (const designation of designations) {
    if (designation.id === undefined && typeof designation.target === "string") {
      designation.id = `designation:${slug(record.id.replace(/^sanction:/, ""))}-${slug(designation.target.replace(/^actor:/, ""))}`;
    }
  }
}

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
}

/** An unused ID for a new record: `actor:acme-corp`, then `actor:acme-corp-2`, … */
async function freeId(run: (statement: Sql) => Promise<Row[]>, kind: RecordKind, name: unknown): Promise<string> {
  const prefix = kind.replace(/s\.json$/, "");
  const words = typeof name === "string" ? name.split(/\s+/).slice(0, 8).join(" ") : "";
  const base = `${prefix}:${slug(words) || "record"}`;
  const table = kind.replace(/\.json$/, "");
  const taken = new Set(
    (await run(sql`SELECT id FROM ${raw(table)} WHERE id = ${base} OR id LIKE ${`${base}-%`}`)).map((row) => String(row.id)),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** What still refers to a record, by kind of reference, with a few examples. */
async function referencesTo(run: (statement: Sql) => Promise<Row[]>, kind: RecordKind, id: string): Promise<Reference[]> {
  const references: Reference[] = [];
  for (const { table, column, key, what } of REFERENCED_BY[kind]) {
    const rows = await run(
      sql`SELECT ${raw(key)} AS ref FROM ${raw(table)} WHERE ${raw(column)} = ${id} AND ${raw(key)} <> ${id}`,
    );
    if (rows.length > 0) references.push({ what, count: rows.length, examples: rows.slice(0, 5).map((row) => String(row.ref)) });
  }
  return references;
}

/** An actor's affiliation must not lead back to it through the stored actors. */
async function checkAffiliationChain(
  run: (statement: Sql) => Promise<Row[]>,
  record: SeedRecord,
  report: (problem: SeedError) => void,
): Promise<void> {
  const chain = [record.id];
  for (let next = record.affiliation as string | undefined; next;) {
    chain.push(next);
    if (next === record.id) {
      report(new SeedError("input", 0, record.id, "affiliation", `affiliations would form a cycle: ${chain.join(" → ")}`));
      return;
    }
    if (chain.length > 100) return;
    const [row] = await run(sql`SELECT affiliation_id FROM actors WHERE id = ${next}`);
    next = (row?.affiliation_id as string | null) ?? undefined;
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
