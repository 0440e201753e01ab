import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { getMetadataStorage } from "type-graphql";
import { buildDossierSchema } from "../../src/api/schema";
import { Database } from "../../src/db/database";
import { isMysql } from "../../src/db/data-source";
import { sql } from "../../src/db/sql";
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

describe("the hub's own mysql2 pool (src/db/mysql-pool.ts, src/db/mysql2-internals.ts)", () => {
  let dataSource: DataSource;
  let db: Database;
  beforeAll(async () => {
    dataSource = await createTestDataSource();
    db = new Database(dataSource);
  });
  afterAll(async () => {
    await db.close();
    await dataSource.destroy();
  });

  it("was written against mysql2 3 (whose pool keeps its connections in arrays /metrics reads)", () => {
    expect(versionOf("mysql2")).toMatch(/^3\./);
  });

  (onMysql ? it : it.skip)("runs prepared statements and reports its figures on MariaDB/MySQL", async () => {
    expect(db.poolFigures()).toEqual({ total: 0, free: 0, queued: 0, limit: 0 }); // not opened yet
    const [row] = await db.query<{ answer: number; n: string; day: string }>(
      sql`SELECT ${42} AS answer, COUNT(*) AS n, CAST('2014-12-19' AS DATE) AS day FROM actors`,
    );
    // As TypeORM's own pool reads them: BIGINT as a string, a DATE as `YYYY-MM-DD`.
    expect(row).toEqual({ answer: 42, n: "0", day: "2014-12-19" });
    const figures = db.poolFigures()!;
    expect(figures.total).toBeGreaterThanOrEqual(1);
    expect(figures.free).toBeGreaterThanOrEqual(1);
    expect(figures.queued).toBe(0);
    expect(figures.limit).toBe(10);
  });

  it("is the hub's, not TypeORM's: reads no private part of TypeORM's driver", () => {
    const sources = ["database.ts", "mysql-pool.ts", "mysql2-internals.ts", "data-source.ts"].map((file) =>
      fs.readFileSync(path.join(__dirname, "..", "..", "src", "db", file), "utf8"),
    );
    for (const source of sources) expect(source).not.toMatch(/driver as|\.driver\.pool|poolCluster/);
  });

  (onMysql ? it.skip : it)("is absent on SQLite, which prepares statements itself", async () => {
    expect(isMysql(dataSource)).toBe(false);
    await db.query(sql`SELECT 1 AS one`);
    expect(db.poolFigures()).toBeUndefined();
  });
});
