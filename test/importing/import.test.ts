import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { progressBar } from "../../src/importing/progress";
import { countRecords, loadDataSet, readDataSet, SeedError } from "../../src/seeding/seed-loader";
import { createTestDataSource } from "../support/test-database";

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-import-"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const ndjson = (records: object[]) => records.map((record) => JSON.stringify(record)).join("\n") + "\n";

describe("importing files in the seed format", () => {
  let dataSource: DataSource;

  beforeEach(async () => {
    dataSource = await createTestDataSource();
  });

  afterEach(async () => {
    await dataSource.destroy();
  });

  const actors = [
    { id: "actor:acme", name: "Acme Corp", kind: "COMPANY", country: "US" },
    { id: "actor:jane-doe", name: "Jane Doe", kind: "PERSON", affiliation: "actor:acme" },
  ];

  it("imports an NDJSON file, a record per line, as an upsert that changes nothing the second time", async () => {
    const dir = folder({ "actors.ndjson": ndjson(actors) });
    const first = await loadDataSet(dataSource, readDataSet(path.join(dir, "actors.ndjson")), { actor: { name: "cli:test" } });
    expect(first.actors).toMatchObject({ inserted: 2 });
    const second = await loadDataSet(dataSource, readDataSet(path.join(dir, "actors.ndjson")), { actor: { name: "cli:test" } });
    expect(second.actors).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const [jane] = await dataSource.query("SELECT affiliation_id FROM actors WHERE id = 'actor:jane-doe'");
    expect(jane.affiliation_id).toBe("actor:acme");
    const [audit] = await dataSource.query("SELECT DISTINCT actor FROM audit_log");
    expect(audit.actor).toBe("cli:test");
  });

  it("names the file, the record, its line and the field of a bad record, and writes nothing", async () => {
    const dir = folder({
      "actors.ndjson": `${JSON.stringify(actors[0])}\n\n${JSON.stringify({ ...actors[1], kind: "ROBOT" })}\n`,
    });
    const file = path.join(dir, "actors.ndjson");
    expect(() => readDataSet(file)).toThrow(`${file}, record 1 (line 3, actor:jane-doe), field kind: must be one of PERSON`);
    const broken = folder({ "actors.ndjson": `${JSON.stringify(actors[0])}\n{"id": \n` });
    expect(() => readDataSet(path.join(broken, "actors.ndjson"))).toThrow(/actors\.ndjson, record 1 \(line 2\): not valid JSON/);
    const dangling = folder({ "actors.ndjson": ndjson([{ ...actors[1], affiliation: "actor:nobody" }]) });
    await expect(loadDataSet(dataSource, readDataSet(path.join(dangling, "actors.ndjson")))).rejects.toThrow(
      /record 0 \(line 1, actor:jane-doe\), field affiliation: unknown actor actor:nobody/,
    );
    expect(Number((await dataSource.query("SELECT COUNT(*) AS n FROM actors"))[0].n)).toBe(0);
  });

  it("imports a folder of JSON and NDJSON files together, and refuses two files of one kind", async () => {
    const dir = folder({
      "sources.json": JSON.stringify([{ id: "source:memo", title: "A memo", publisher: "Acme", kind: "RESEARCH_REPORT" }]),
      "actors.ndjson": ndjson(actors),
      "statements.ndjson": ndjson([
        {
          id: "statement:memo-1",
          text: "We are fine.",
          kind: "QUOTE",
          saidOn: "2020-05",
          speaker: "actor:jane-doe",
          source: "source:memo",
        },
      ]),
    });
    const dataSet = readDataSet(dir);
    expect(countRecords(dataSet)).toBe(4);
    const report = await loadDataSet(dataSource, dataSet);
    expect([report.sources.inserted, report.actors.inserted, report.statements.inserted]).toEqual([1, 2, 1]);
    fs.writeFileSync(path.join(dir, "actors.json"), JSON.stringify(actors));
    expect(() => readDataSet(dir)).toThrow(SeedError);
    expect(() => readDataSet(dir)).toThrow(/actors\.ndjson: .*actors\.json already holds this kind of record/);
  });

  it("refuses a file whose name is not a kind of record", () => {
    const dir = folder({ "people.ndjson": ndjson(actors) });
    expect(() => readDataSet(path.join(dir, "people.ndjson"))).toThrow(
      "unknown kind of file; name it <kind>.json or <kind>.ndjson, the kind being one of sources, topics, actors, events, statements, sanctions",
    );
  });
});

describe("progressBar", () => {
  function terminal() {
    const written: string[] = [];
    const stream = {
      isTTY: true,
      columns: 120,
      write: (text: string) => written.push(text),
      cursorTo() {},
      clearLine() {},
      moveCursor() {},
      on() {},
      removeListener() {},
    };
    return { stream: stream as unknown as NodeJS.WriteStream, output: () => written.join("") };
  }

  it("draws a bar on a terminal for a large job", () => {
    const { stream, output } = terminal();
    const bar = progressBar("Importing x", 1500, { stream });
    bar.advance(1500);
    bar.stop();
    expect(output()).toContain("1500/1500 records");
  });

  it("stays silent off a terminal, or for a small job", () => {
    const { stream, output } = terminal();
    progressBar("Importing x", 10, { stream }).advance(10);
    const pipe = { ...stream, isTTY: false } as NodeJS.WriteStream;
    progressBar("Importing x", 5000, { stream: pipe }).advance(5000);
    expect(output()).toBe("");
  });
});
