import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { ENTITIES } from "../../src/domains";
import { listDataSets, loadDataSet, readDataSet, SeedError } from "../../src/seeding/seed-loader";
import { editedCopy, SONY } from "../support/seed-copies";
import { createTestDataSource } from "../support/test-database";

const TABLES = () => ENTITIES.map((entity) => entity.name);

/** Every row of every table, in a stable order: the whole database, to compare before and after. */
async function dump(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const metadata of dataSource.entityMetadatas) {
    const keys = metadata.primaryColumns.map((c) => c.databaseName).join(", ");
    result[metadata.tableName] = await dataSource.query(`SELECT * FROM ${metadata.tableName} ORDER BY ${keys}`);
  }
  return result;
}

async function rowCounts(dataSource: DataSource, except: string[] = []): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const metadata of dataSource.entityMetadatas.filter((m) => !except.includes(m.tableName))) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${metadata.tableName}`);
    counts[metadata.tableName] = Number(row.n);
  }
  return counts;
}

describe("seed loader", () => {
  let dataSource: DataSource;

  beforeEach(async () => {
    dataSource = await createTestDataSource();
  });

  afterEach(async () => {
    await dataSource.destroy();
  });

  it("finds the sony-2015 data set under seeds/", () => {
    expect(listDataSets().map((dir) => path.basename(dir))).toContain("sony-2015");
  });

  it("loads every file of the data set in one go", async () => {
    await loadDataSet(dataSource, readDataSet(SONY));
    const counts = await rowCounts(dataSource);
    expect(counts).toMatchObject({
      actors: 35,
      events: 10,
      statements: 15,
      sanctions: 2,
      designations: 15,
      topics: 8,
      sources: 7,
    });
    expect(TABLES().length).toBe(Object.keys(counts).length);
  });

  it("changes nothing when the same data set is loaded twice", async () => {
    await loadDataSet(dataSource, readDataSet(SONY));
    const before = await dump(dataSource);
    const report = await loadDataSet(dataSource, readDataSet(SONY));
    for (const counts of Object.values(report)) expect(counts).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    expect(await dump(dataSource)).toEqual(before);
  });

  it("updates only the records that changed, and their links", async () => {
    await loadDataSet(dataSource, readDataSet(SONY));
    const dir = editedCopy("statements.json", (records) => {
      records[0].text = `${records[0].text} (corrected)`;
      records[0].topics = ["topic:attribution"];
    });
    const report = await loadDataSet(dataSource, readDataSet(dir));
    expect(report.statements).toMatchObject({ inserted: 0, updated: 1, deleted: 0, unchanged: 14 });
    expect(report.statement_topics.deleted).toBe(1);
    const [row] = await dataSource.query(
      "SELECT text FROM statements WHERE id = 'statement:senior-official-standing-by-assessment'",
    );
    expect(row.text).toMatch(/\(corrected\)$/);
  });

  it("records every write in the audit trail: who, what, and each field's old and new value", async () => {
    await loadDataSet(dataSource, readDataSet(SONY));
    const created = await dataSource.query(
      "SELECT actor, operation, entity_type, COUNT(*) AS n FROM audit_log GROUP BY actor, operation, entity_type ORDER BY entity_type",
    );
    expect(created.map((r: any) => [r.actor, r.operation, r.entity_type, Number(r.n)])).toEqual([
      ["seed:sony-2015", "CREATE", "Actor", 35],
      ["seed:sony-2015", "CREATE", "Designation", 15],
      ["seed:sony-2015", "CREATE", "Event", 10],
      ["seed:sony-2015", "CREATE", "Sanction", 2],
      ["seed:sony-2015", "CREATE", "Source", 7],
      ["seed:sony-2015", "CREATE", "Statement", 15],
      ["seed:sony-2015", "CREATE", "Topic", 8],
    ]);
    const [fbi] = await dataSource.query("SELECT changes FROM audit_log WHERE entity_id = 'actor:fbi'");
    expect(JSON.parse(fbi.changes)).toMatchObject({
      name: { old: null, new: "Federal Bureau of Investigation" },
      sources: { old: [], new: ["source:thewrap-2015-01-02"] },
    });

    await loadDataSet(dataSource, readDataSet(SONY));
    expect(Number((await dataSource.query("SELECT COUNT(*) AS n FROM audit_log"))[0].n)).toBe(92);

    const dir = editedCopy("statements.json", (records) => {
      records[0].text = "Corrected.";
      records[0].topics = ["topic:attribution"];
    });
    await loadDataSet(dataSource, readDataSet(dir), { actor: { name: "Desk A", keyId: "key:abc" } });
    const [update] = await dataSource.query("SELECT * FROM audit_log WHERE operation = 'UPDATE'");
    expect(update).toMatchObject({
      actor: "Desk A",
      key_id: "key:abc",
      entity_type: "Statement",
      entity_id: "statement:senior-official-standing-by-assessment",
    });
    expect(JSON.parse(update.changes)).toEqual({
      text: { old: expect.stringMatching(/^We’re standing by our assessment/), new: "Corrected." },
      topics: { old: ["topic:attribution", "topic:classified-information"], new: ["topic:attribution"] },
    });
  });

  it("deletes the designations a sanction no longer lists, and nothing else", async () => {
    await loadDataSet(dataSource, readDataSet(SONY));
    const dir = editedCopy("sanctions.json", (records) => {
      records[1].designations = records[1].designations.filter((d: { id: string }) => d.id !== "designation:ofac-17627-dprk2");
    });
    const report = await loadDataSet(dataSource, readDataSet(dir));
    expect(report.designations).toMatchObject({ deleted: 1, inserted: 0, updated: 0, unchanged: 14 });
    const [deleted] = await dataSource.query("SELECT * FROM audit_log WHERE operation = 'DELETE'");
    expect(deleted).toMatchObject({ entity_type: "Designation", entity_id: "designation:ofac-17627-dprk2" });
    expect(JSON.parse(deleted.changes).targetId).toEqual({ old: "actor:ofac-17627", new: null });
    expect(await dataSource.query("SELECT id FROM designations WHERE id = 'designation:ofac-17627-dprk2'")).toEqual([]);
    expect((await rowCounts(dataSource)).actors).toBe(35);
  });

  it("refuses affiliations that form a cycle, naming the record", () => {
    const dir = editedCopy("actors.json", (records) => {
      records.find((r: { id: string }) => r.id === "actor:north-korea").affiliation = "actor:government-of-north-korea";
    });
    expect(() => readDataSet(dir)).toThrow(
      `${path.join(dir, "actors.json")}, record 0 (actor:north-korea), field affiliation: affiliations form a cycle: actor:north-korea → actor:government-of-north-korea → actor:north-korea`,
    );
  });

  it("writes nothing when one record refers to something unknown, and names file, record and field", async () => {
    const dir = editedCopy("statements.json", (records) => {
      records[3].speaker = "actor:nobody";
    });
    const dataSet = readDataSet(dir);
    const error = await loadDataSet(dataSource, dataSet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect(error).toMatchObject({ record: 3, recordId: "statement:senior-official-covert-action", field: "speaker" });
    expect((error as SeedError).message).toContain(
      `${path.join(dir, "statements.json")}, record 3 (statement:senior-official-covert-action), field speaker: unknown actor actor:nobody`,
    );
    expect(Object.values(await rowCounts(dataSource)).every((n) => n === 0)).toBe(true);
  });

  it("rolls back everything written before a failure inside the transaction", async () => {
    // Designations are written last: without their table, the load fails after every other table was written.
    await dataSource.query("DROP TABLE designations");
    await expect(loadDataSet(dataSource, readDataSet(SONY))).rejects.toThrow();
    const counts = await rowCounts(dataSource, ["designations"]);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(Object.keys(counts)).toContain("actors");
  });

  it("refuses an OFAC entry number that another actor has, in the data set or in the database", async () => {
    const twin = { id: "actor:komid-twin", name: "KOMID twin", kind: "COMPANY", ofacEntryNumber: 9345 };
    const inSet = editedCopy("actors.json", (records) => records.push(twin));
    expect(() => readDataSet(inSet)).toThrow(
      /record 35 \(actor:komid-twin\), field ofacEntryNumber: 9345 already belongs to actor:komid/,
    );

    await loadDataSet(dataSource, readDataSet(SONY));
    const alone = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-seed-"));
    fs.writeFileSync(path.join(alone, "actors.json"), JSON.stringify([twin]));
    await expect(loadDataSet(dataSource, readDataSet(alone))).rejects.toThrow(
      /record 0 \(actor:komid-twin\), field ofacEntryNumber: 9345 already belongs to actor:komid/,
    );
  });

  it("checks every file against its JSON Schema and names the field and the allowed values", () => {
    const dir = editedCopy("actors.json", (records) => {
      records[5].kind = "WIZARD";
    });
    expect(() => readDataSet(dir)).toThrow(
      `${path.join(dir, "actors.json")}, record 5 (actor:us-government), field kind: must be one of PERSON, STATE, GOVERNMENT`,
    );
  });

  it("refuses unknown fields, missing fields, bad dates and duplicate IDs", () => {
    expect(() => readDataSet(editedCopy("events.json", (r) => (r[2].colour = "red")))).toThrow(
      /record 2 \(event:threats-against-theaters\), field colour: is not a known field/,
    );
    expect(() => readDataSet(editedCopy("events.json", (r) => delete r[0].sources))).toThrow(
      /record 0 \(event:sony-pictures-hack\), field sources: is required/,
    );
    expect(() => readDataSet(editedCopy("statements.json", (r) => (r[1].saidOn = "2015-02-30")))).toThrow(
      /record 1 .*field saidOn: 2015-02-30 is not a calendar date/,
    );
    expect(() => readDataSet(editedCopy("topics.json", (r) => (r[1].id = r[0].id)))).toThrow(
      /record 1 \(topic:attribution\), field id: duplicate ID topic:attribution/,
    );
    expect(() => readDataSet(editedCopy("events.json", (r) => (r[0].participants[1].role = "VILLAIN")))).toThrow(
      /record 0 .*field participants\[1\]\.role: must be one of/,
    );
  });

  it("names the file when it is not JSON", () => {
    const dir = editedCopy("topics.json", () => undefined);
    fs.writeFileSync(path.join(dir, "topics.json"), "[{ not json");
    expect(() => readDataSet(dir)).toThrow(new RegExp(`${path.join(dir, "topics.json")}: not valid JSON`));
  });
});
