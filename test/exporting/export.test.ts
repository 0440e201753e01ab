import { Writable } from "node:stream";
import { ConfigError } from "../../src/config";
import { exportRecords, type ExportOptions } from "../../src/exporting/export";
import { buildDossierSchema } from "../../src/api/schema";
import { createTestHub, type TestHub } from "../support/test-hub";

/** A stream that keeps what is written, and says "wait" (returns false) every few writes to test draining. */
class Sink extends Writable {
  chunks: string[] = [];
  constructor() {
    super({ highWaterMark: 64 });
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.chunks.push(chunk.toString());
    setImmediate(done);
  }
  get text() {
    return this.chunks.join("");
  }
}

/** The records of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF line ends). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (record.push(field), (field = ""));
    else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      ((record = []), (field = ""), i++);
    } else field += c;
  }
  return records;
}

describe("export", () => {
  let hub: TestHub;
  const run = async (name: string, options: ExportOptions) => {
    const sink = new Sink();
    const written = await exportRecords(hub.services, await buildDossierSchema(), name, sink, options);
    return { written, text: sink.text };
  };

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  it("writes every statement a filter selects as NDJSON, in the connection's order, page after page", async () => {
    const filter = { speaker: { isOfficial: true }, saidOn: { from: "2014-12-01" } };
    const { statements } = await hub.data(
      `query($filter: StatementFilter) { statements(first: 100, filter: $filter) { totalCount nodes { id text kind saidOn speaker { id } source { id } } } }`,
      { filter },
    );
    expect(statements.totalCount).toBeGreaterThan(7);
    const { written, text } = await run("statements", { format: "ndjson", filter, pageSize: 3 });
    const records = text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(written).toBe(statements.totalCount);
    expect(records.map((record) => record.id)).toEqual(statements.nodes.map((node: any) => node.id));
    expect(records).toEqual(
      statements.nodes.map((node: any) =>
        expect.objectContaining({
          id: node.id,
          text: node.text,
          kind: node.kind,
          saidOn: node.saidOn,
          speakerId: node.speaker.id,
          sourceId: node.source.id,
        }),
      ),
    );
  });

  it("writes CSV with a header, quoting what needs quoting, that reads back to the same values", async () => {
    const { text, written } = await run("statements", { format: "csv", pageSize: 4 });
    const [header, ...rows] = parseCsv(text);
    expect(header.slice(0, 4)).toEqual(["id", "text", "kind", "saidOn"]);
    expect(header.slice(-2)).toEqual(["createdAt", "updatedAt"]);
    expect(rows).toHaveLength(written);
    const { statements } = await hub.data(`{ statements(first: 100) { nodes { id text attribution } } }`);
    const byId = new Map(statements.nodes.map((node: any) => [node.id, node]));
    const quoted = rows.filter((row) => /[",\n]/.test(row[1]));
    expect(quoted.length).toBeGreaterThan(0);
    for (const row of rows) {
      const node: any = byId.get(row[0]);
      expect([row[0], row[1], row[header.indexOf("attribution")]]).toEqual([node.id, node.text, node.attribution ?? ""]);
    }
  });

  it("writes text a spreadsheet would run as a formula with a leading quote, and no NUL characters", async () => {
    const risky = ['=HYPERLINK("http://x.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tlead", "\rlead", "a\u0000b", "plain"];
    for (const [i, name] of risky.entries())
      await hub.dataSource.query("INSERT INTO topics (id, name, description, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)", [
        `topic:risky-${i}`,
        name,
        "2026-01-01 00:00:00",
        "2026-01-01 00:00:00",
      ]);
    try {
      const { text } = await run("topics", { format: "csv", filter: { ids: risky.map((_, i) => `topic:risky-${i}`) } });
      const names = new Map(
        parseCsv(text)
          .slice(1)
          .map((row) => [row[0], row[1]]),
      );
      expect(risky.map((_, i) => names.get(`topic:risky-${i}`))).toEqual([
        '\'=HYPERLINK("http://x.example","x")',
        "'+1+1",
        "'-2+3",
        "'@SUM(A1)",
        "'\tlead",
        "'\rlead",
        "a\uFFFDb",
        "plain",
      ]);
      expect(text).not.toContain("\u0000");
      // NDJSON is data, not a spreadsheet: it keeps the text as it is.
      const ndjson = await run("topics", { format: "ndjson", filter: { ids: ["topic:risky-0"] } });
      expect(JSON.parse(ndjson.text).name).toBe(risky[0]);
    } finally {
      await hub.dataSource.query("DELETE FROM topics WHERE id LIKE 'topic:risky-%'");
    }
  });

  it("writes lists as JSON arrays, and every collection the API pages through", async () => {
    const { text } = await run("actors", { format: "ndjson", filter: { ids: ["actor:barack-obama"] } });
    expect(JSON.parse(text)).toMatchObject({ id: "actor:barack-obama", aliases: ["President Obama", "President Barack Obama"] });
    for (const name of ["events", "sanctions", "designations", "sources", "topics"]) {
      const { written } = await run(name, { format: "csv" });
      const total = (await hub.data(`{ ${name} { totalCount } }`))[name].totalCount;
      expect([name, written]).toEqual([name, total]);
    }
  });

  it("refuses a filter that does not fit, or an unknown connection, saying why, before writing anything", async () => {
    const sink = new Sink();
    const schema = await buildDossierSchema();
    const bad = exportRecords(hub.services, schema, "statements", sink, {
      format: "csv",
      filter: { saidOn: { from: "2015-13-01" }, speakers: ["actor:fbi"] },
    });
    await expect(bad).rejects.toThrow(ConfigError);
    await expect(bad).rejects.toThrow(
      /--filter does not fit StatementFilter: filter\.saidOn\.from: Date must be a calendar date .* Field "speakers" is not defined by type "StatementFilter"/,
    );
    await expect(exportRecords(hub.services, schema, "people", sink, { format: "csv" })).rejects.toThrow(
      'cannot export "people": choose one of actors, events, statements, sanctions, designations, sources, topics',
    );
    expect(sink.text).toBe("");
  });
});
