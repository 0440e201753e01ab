import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { getMetadataStorage } from "type-graphql";
import { buildDossierSchema } from "../../src/api/schema";
import { mysqlPoolOf, poolFigures } from "../../src/db/typeorm-internals";
import { createTestDataSource, onMysql } from "../support/test-database";

/*
 * The hub reads past three libraries' public APIs, each in one file, for speed or for figures
 * (docs/ARCHITECTURE.md). These checks fail on an upgrade that moves what those files read, and
 * say which file to look at again, rather than letting the hub go quietly slower or wrong.
 */

const ROOT = path.join(__dirname, "..", "..");
const versionOf = (name: string): string =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

describe("what the hub reads of type-graphql's metadata (src/api/type-graphql-internals.ts)", () => {
  it("was written against type-graphql 2.0.0-rc.4", () => {
    // On an upgrade: check the metadata fields below against the new version, then move this pin.
    expect(versionOf("type-graphql")).toBe("2.0.0-rc.4");
  });

  it("finds the metadata it reads, and its effect shows in the schema", async () => {
    const schema = await buildDossierSchema();
    const storage = getMetadataStorage();
    for (const list of [storage.objectTypes, storage.fieldResolvers, storage.queries]) expect(list.length).toBeGreaterThan(5);
    for (const type of storage.objectTypes) {
      expect(typeof type.name).toBe("string");
      expect(typeof type.target).toBe("function");
      for (const field of type.fields ?? []) expect(typeof field.schemaName).toBe("string");
    }
    for (const resolver of storage.fieldResolvers) {
      expect(typeof resolver.getObjectType).toBe("function");
      expect(typeof resolver.methodName).toBe("string");
      expect(["external", "internal"]).toContain(resolver.kind);
    }
    const kinds = new Set(storage.queries.flatMap((query) => (query.params ?? []).map((param) => param.kind)));
    for (const kind of ["arg", "args", "context", "info"]) expect(kinds).toContain(kind);
    // A plain field is read by graphql-js itself; a query is called without type-graphql's wrapper.
    const actor = schema.getType("Actor") as unknown as { getFields(): Record<string, { resolve?: unknown }> };
    expect(actor.getFields().name.resolve).toBeUndefined();
    const query = schema.getQueryType()!.getFields().actor.resolve!;
    expect(query.toString()).toMatch(/instanceof rootType/);
  });
});

describe("graphql-jit's memos, bounded by src/server/jit-memo.ts", () => {
  it("are needed by the pinned graphql-jit 0.8.7 (0.8.9 bounds its own: remove jit-memo.ts when upgrading)", () => {
    expect(versionOf("graphql-jit")).toBe("0.8.7");
  });

  it("are the only ones in production that lodash.memoize's replaced cache reaches", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean; dependencies?: Record<string, string> }>;
    };
    const users = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== "" && !entry.dev && entry.dependencies?.["lodash.memoize"])
      .map(([name]) => name.replace(/^.*node_modules\//, ""));
    expect(users).toEqual(["graphql-jit"]);
  });
});

describe("mysql2's pool behind TypeORM (src/db/typeorm-internals.ts)", () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await createTestDataSource();
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it("was written against TypeORM 1.1 and mysql2 3", () => {
    expect(versionOf("typeorm")).toMatch(/^1\.1\./);
    expect(versionOf("mysql2")).toMatch(/^3\./);
  });

  (onMysql ? it : it.skip)("is found, runs prepared statements and reports its figures on MariaDB/MySQL", async () => {
    const pool = mysqlPoolOf(dataSource);
    expect(pool).toBeDefined();
    const rows = await new Promise<unknown>((resolve, reject) =>
      pool!.execute("SELECT ? AS answer", [42], (error, result) => (error ? reject(error) : resolve(result))),
    );
    expect(rows).toEqual([{ answer: 42 }]);
    const figures = poolFigures(pool!);
    expect(figures.total).toBeGreaterThanOrEqual(1);
    expect(figures.free).toBeGreaterThanOrEqual(1);
    expect(figures.limit).toBe(10);
  });

  (onMysql ? it.skip : it)("is absent on SQLite, which prepares statements itself", () => {
    expect(mysqlPoolOf(dataSource)).toBeUndefined();
  });
});
