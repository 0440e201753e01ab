import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import type { ApolloServer } from "@apollo/server";
import { type GraphQLObjectType, printSchema } from "graphql";
import type { DataSource } from "typeorm";
import { type Context, createContext } from "../../src/api/context";
import { buildDossierSchema } from "../../src/api/schema";
import type { Viewer } from "../../src/auth/api-key.service";
import { Role } from "../../src/auth/role";
import { DEFAULT_LIMITS } from "../../src/config";
import { Database } from "../../src/db/database";
import { createRegistry, DOMAINS } from "../../src/domains";
import { exportRecords } from "../../src/exporting/export";
import { listDataSets, readDataSet, seed } from "../../src/seeding/seed-loader";
import { createApolloServer } from "../../src/server/apollo";
import { createServices, type Services } from "../../src/services";
import { createTestDataSource } from "../support/test-database";
import { CreateNotes1900000000000 } from "./fixture/notes/create-notes.migration";
import { notesModule } from "./fixture/notes/notes.module";
import { noteRecords } from "./fixture/notes/note.writer";

/*
 * docs/ARCHITECTURE.md's worked example, "Add an entity type", kept honest: a domain folder
 * (test/architecture/fixture/notes/: entity, inputs, service, loaders, resolver, record type,
 * module, and its migration) registered through the same list as the hub's domains — and nothing
 * else. Everything that enumerates types must then know notes: the data source, the schema, node
 * lookup, federation's references, data sets, mutations with their checks and audit, refusals to
 * delete what a note refers to, and export.
 */

const registry = createRegistry([...DOMAINS, notesModule]);
const editor: Viewer = { keyId: "key:editor", name: "Desk A", role: Role.EDITOR };

let dataSource: DataSource;
let services: Services;
let apollo: ApolloServer<Context>;
let dir: string;

async function execute(query: string, variables?: Record<string, unknown>, viewer: Viewer | null = null) {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(services, viewer) });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return JSON.parse(JSON.stringify(response.body.singleResult)) as {
    data?: Record<string, any>;
    errors?: { message: string; extensions?: Record<string, any> }[];
  };
}

beforeAll(async () => {
  dataSource = await createTestDataSource({ registry, extraMigrations: [CreateNotes1900000000000] });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-notes-"));
  fs.writeFileSync(
    path.join(dir, "notes.json"),
    JSON.stringify([
      {
        id: "note:fbi-attribution-basis",
        text: "The FBI based its attribution on malware and infrastructure overlaps.",
        author: "actor:fbi",
        sources: ["source:thewrap-2015-01-02"],
      },
    ]),
  );
  await seed(dataSource, [...listDataSets(), dir], registry.recordTypes);
  services = createServices(new Database(dataSource), registry);
  apollo = createApolloServer(await buildDossierSchema(registry), {
    production: true,
    publicRead: true,
    introspection: true,
    limits: { ...DEFAULT_LIMITS, depth: 30, cost: 10_000_000 },
  });
  await apollo.start();
});

afterAll(async () => {
  await apollo?.stop();
  await services?.db.close();
  await dataSource?.destroy();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("a domain added through the domain list alone (the notes fixture)", () => {
  it("is in the schema: a Node type, a connection with a filter, mutations, every part described", async () => {
    const schema = await buildDossierSchema(registry);
    const note = schema.getType("Note") as GraphQLObjectType;
    expect(note.getInterfaces().map((type) => type.name)).toContain("Node");
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(["note", "notes"]));
    expect(Object.keys(schema.getMutationType()!.getFields())).toEqual(
      expect.arrayContaining(["createNote", "updateNote", "deleteNote"]),
    );
    expect(printSchema(schema)).toMatch(/union _Entity = [^\n]*\bNote\b/);
    // The hub's own registry serves no notes. (type-graphql emits every class of the process that
    // implements Node, so in this process the type itself shows in both; the hub never loads it.)
    const hub = await buildDossierSchema();
    expect(Object.keys(hub.getQueryType()!.getFields())).not.toContain("notes");
    expect(Object.keys(hub.getMutationType()!.getFields())).not.toContain("createNote");
  });

  it("loads from a data set's notes.json, and is queried, filtered and followed to its author", async () => {
    const { data, errors } = await execute(
      `{ notes(filter: { author: "actor:fbi" }) { totalCount nodes { id text author { name } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.notes).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: "note:fbi-attribution-basis",
          text: "The FBI based its attribution on malware and infrastructure overlaps.",
          author: { name: "Federal Bureau of Investigation" },
        },
      ],
    });
  });

  it("is found by node(id) and by federation's _entities", async () => {
    const { data } = await execute(
      `query($reps: [_Any!]!) {
        node(id: "note:fbi-attribution-basis") { id ... on Note { text } }
        _entities(representations: $reps) { ... on Note { id author { id } } }
      }`,
      { reps: [{ __typename: "Note", id: "note:fbi-attribution-basis" }] },
    );
    expect(data!.node).toMatchObject({ id: "note:fbi-attribution-basis" });
    expect(data!._entities).toEqual([{ id: "note:fbi-attribution-basis", author: { id: "actor:fbi" } }]);
  });

  it("is created, checked and audited through the one write path", async () => {
    const created = await execute(
      `mutation { createNote(input: { text: "Guardians of Peace used a Lazarus wiper", author: "actor:fbi", sources: ["source:thewrap-2015-01-02"] }) { id } }`,
      undefined,
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createNote.id).toBe("note:guardians-of-peace-used-a-lazarus-wiper");
    const [entry] = await dataSource.query("SELECT operation, actor, changes FROM audit_log WHERE entity_id = ?", [
      "note:guardians-of-peace-used-a-lazarus-wiper",
    ]);
    expect(entry).toMatchObject({ operation: "CREATE", actor: "Desk A" });
    expect(JSON.parse(entry.changes)).toMatchObject({
      authorId: { old: null, new: "actor:fbi" },
      sources: { old: [], new: ["source:thewrap-2015-01-02"] },
    });

    const refused = await execute(`mutation { createNote(input: { author: "actor:nobody" }) { id } }`, undefined, editor);
    expect(refused.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: expect.arrayContaining([
        { field: "input.text", message: "is required" },
        { field: "input.author", message: "unknown actor actor:nobody: it is neither in this data set nor in the database" },
      ]),
    });
  });

  it("keeps what a note refers to from being deleted, saying so", async () => {
    const { errors } = await execute(`mutation { deleteSource(id: "source:thewrap-2015-01-02") { id } }`, undefined, editor);
    expect(errors![0].extensions!.references).toEqual(
      expect.arrayContaining([expect.objectContaining({ what: "notes (as a source)", count: 2 })]),
    );
  });

  it("is refused in a data set with a field its record type does not have, naming file, record and field", () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-notes-bad-"));
    try {
      fs.writeFileSync(path.join(bad, "notes.json"), JSON.stringify([{ id: "note:x", text: "x", colour: "red" }]));
      expect(() => readDataSet(bad, registry.recordTypes)).toThrow(
        `${path.join(bad, "notes.json")}, record 0 (note:x), field colour: is not a known field`,
      );
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  it("is written only by services whose registry has it: the hub's own refuse it rather than write nothing", async () => {
    const hubs = createServices(new Database(dataSource));
    try {
      await expect(hubs.editor.create(noteRecords, { text: "Not registered here" }, editor)).rejects.toThrow(
        "Note is not a record type of these services' domains: register its module's writer",
      );
    } finally {
      await hubs.db.close();
    }
  });

  it("is exported by `dossier export notes`", async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on("data", (chunk) => chunks.push(String(chunk)));
    const written = await exportRecords(services, await buildDossierSchema(registry), "notes", out, { format: "ndjson" });
    expect(written).toBe(2);
    const records = chunks
      .join("")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((record) => record.id).sort()).toEqual([
      "note:fbi-attribution-basis",
      "note:guardians-of-peace-used-a-lazarus-wiper",
    ]);
    expect(records[0]).toHaveProperty("authorId", "actor:fbi");
  });
});
