import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createConnection } from "mysql2/promise";
import { PROJECT_ROOT } from "../../src/config";
import { onMysql, testDatabaseConfig } from "../support/test-database";

/*
 * The `dossier` command as users run it: `node bin/dossier.js` on the built `dist/` (`npm test`
 * builds first). Each test gets its own SQLite file, so nothing touches `data/`.
 */
const BIN = path.join(PROJECT_ROOT, "bin", "dossier.js");
const run = promisify(execFile);

function tempDatabase(): string {
  return `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-cli-")), "dossier.sqlite")}`;
}

/*
 * On a loaded 2-core machine a command took 4–11 s to start before the CLI loaded its modules per
 * command; a test runs up to ten. So each command gets a minute, and each test three: a command
 * that hangs fails the test, naming itself, while a slow machine still passes.
 */
const COMMAND_LIMIT_MS = 60_000;
jest.setTimeout(180_000);

async function dossier(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      cwd: PROJECT_ROOT,
      timeout: COMMAND_LIMIT_MS,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; killed?: boolean; stdout: string; stderr: string };
    if (failure.killed)
      throw new Error(`dossier ${args.join(" ")} did not finish within ${COMMAND_LIMIT_MS / 1000} s:\n${failure.stderr}`);
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** Starts `dossier serve` and resolves with its URL once it listens. */
function serve(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, "serve"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    cwd: PROJECT_ROOT,
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/at (http:\/\/\S+\/graphql)/);
      if (match) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`dossier serve exited with ${code}:\n${output}`)));
  });
}

/** Sends SIGTERM and resolves with the exit code. */
function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  return exited;
}

describe("the dossier command", () => {
  it("lists its commands and the environment it reads with --help", async () => {
    const { code, stdout } = await dossier(["--help"]);
    expect(code).toBe(0);
    for (const command of ["serve", "migrate", "seed", "schema", "supergraph", "gateway"])
      expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
    for (const variable of ["PORT", "DATABASE_URL", "AUTO_MIGRATE", "AUTO_SEED"]) expect(stdout).toContain(variable);
  });

  it("is on the path as `npx dossier` inside the project", async () => {
    const { stdout } = await run("npx", ["--no-install", "dossier", "--help"], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/^Usage: dossier \[options\] \[command\]/m);
  });

  it("checks the committed schema and supergraph", async () => {
    const schema = await dossier(["schema", "--check"]);
    expect(schema).toMatchObject({ code: 0, stdout: expect.stringContaining("matches the code") });
    const supergraph = await dossier(["supergraph", "--check"]);
    expect(supergraph).toMatchObject({ code: 0, stdout: expect.stringContaining("matches its subgraphs") });
  });

  it("fails the supergraph check when the committed file drifts", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-supergraph-"));
    const config = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "gateway.config.json"), "utf8"));
    config.supergraph = path.join(dir, "supergraph.graphql");
    config.subgraphs = config.subgraphs.map((s: { schema: string }) => ({ ...s, schema: path.join(PROJECT_ROOT, s.schema) }));
    fs.writeFileSync(config.supergraph, "type Query { stale: String }\n");
    fs.writeFileSync(path.join(dir, "gateway.config.json"), JSON.stringify(config));
    const check = await dossier(["supergraph", "--check", "--config", path.join(dir, "gateway.config.json")]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("is out of date with its subgraphs. Run `npm run supergraph`");
  });

  it("migrates and seeds a database, and seeding again changes nothing", async () => {
    const env = { DATABASE_URL: tempDatabase() };
    expect((await dossier(["migrate"], env)).stdout).toContain("Migrated: InitialSchema1764144000000");
    expect((await dossier(["migrate"], env)).stdout).toContain("The schema is up to date.");
    expect((await dossier(["seed"], env)).stdout).toMatch(
      /^Seeded sony-2015: \d+ rows inserted, 0 updated, 0 deleted, 0 unchanged$/m,
    );
    expect((await dossier(["seed"], env)).stdout).toMatch(
      /^Seeded sony-2015: 0 rows inserted, 0 updated, 0 deleted, \d+ unchanged$/m,
    );
  });

  it("imports NDJSON files, once, and explains a bad one", async () => {
    const env = { DATABASE_URL: tempDatabase() };
    await dossier(["migrate"], env);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-cli-import-"));
    fs.writeFileSync(path.join(dir, "topics.ndjson"), '{"id":"topic:a","name":"a"}\n{"id":"topic:b","name":"b"}\n');
    const first = await dossier(["import", path.join(dir, "topics.ndjson"), "--as", "Desk A"], env);
    expect(first.stdout.trim()).toBe("Imported topics: 2 rows inserted, 0 updated, 0 deleted, 0 unchanged");
    expect((await dossier(["import", dir], env)).stdout).toContain("0 rows inserted, 0 updated, 0 deleted, 2 unchanged");
    fs.writeFileSync(path.join(dir, "topics.ndjson"), '{"id":"topic:a","name":"a"}\n{"id":"topic:b"}\n');
    const bad = await dossier(["import", dir], env);
    expect(bad).toMatchObject({
      code: 1,
      stderr: `dossier: ${path.join(dir, "topics.ndjson")}, record 1 (line 2, topic:b), field name: is required\n`,
    });
  });

  it("exports what a filter selects as NDJSON or CSV, and explains a bad filter", async () => {
    const env = { DATABASE_URL: tempDatabase() };
    await dossier(["migrate"], env);
    await dossier(["seed"], env);
    const ndjson = await dossier(
      ["export", "statements", "--filter", '{"topics": ["topic:attribution"], "saidOn": {"to": "2014-12-31"}}'],
      env,
    );
    const records = ndjson.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.length).toBeGreaterThan(1);
    expect(records.every((record) => record.saidOn <= "2014-12-31")).toBe(true);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-cli-export-")), "topics.csv");
    const csv = await dossier(["export", "topics", "--format", "csv", "--out", out], env);
    const lines = fs.readFileSync(out, "utf8").trimEnd().split("\r\n");
    expect(csv.stderr.trim()).toBe(`Exported ${lines.length - 1} topics to ${out}.`);
    expect(lines[0]).toBe("id,name,description,createdAt,updatedAt");
    expect(await dossier(["export", "statements", "--filter", '{"topics": "x"'], env)).toMatchObject({ code: 1 });
    // A refused filter leaves the file it would have replaced as it was; a folder that is not there is said so.
    expect(await dossier(["export", "topics", "--filter", '{"kinds": ["X"]}', "--out", out], env)).toMatchObject({ code: 1 });
    expect(fs.readFileSync(out, "utf8").trimEnd().split("\r\n")).toEqual(lines);
    const nowhere = path.join(path.dirname(out), "missing", "topics.csv");
    const missing = await dossier(["export", "topics", "--out", nowhere], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      new RegExp(`^dossier: --out ${nowhere.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: cannot write there \\(ENOENT[^\n]*\\)\n$`),
    );
    expect(fs.readdirSync(path.dirname(out))).toEqual(["topics.csv"]);
    expect((await dossier(["export", "events", "--filter", '{"kinds": ["X"]}'], env)).stderr).toBe(
      'dossier: --filter does not fit EventFilter: Field "kinds" is not defined by type "EventFilter". Did you mean "ids"?\n',
    );
  });

  it("imports an OFAC SDN snapshot, refuses a malformed date or an empty file, and undoes the latest snapshot", async () => {
    const env = { DATABASE_URL: tempDatabase() };
    await dossier(["migrate"], env);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-sdn-")), "sdn.csv");
    fs.writeFileSync(
      file,
      '900001,"ALPHA TRADING",-0- ,"NPWMD] [DPRK2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. \'ALPHA\'."\r\n\x1a',
    );
    const imported = await dossier(["import-ofac", file, "--as-of", "2024-06-01"], env);
    expect(imported.stdout).toMatch(
      /^Imported 1 entries and 2 designations of .*sdn\.csv as of 2024-06-01; delisted 0\. \d+ rows inserted/,
    );
    const bad = await dossier(["import-ofac", file, "--as-of", "June 1st"], env);
    expect(bad).toMatchObject({
      code: 1,
      stderr: `dossier: ${file}, field --as-of: "June 1st" must be a date written YYYY-MM-DD\n`,
    });
    const empty = path.join(path.dirname(file), "empty.csv");
    fs.writeFileSync(empty, "");
    expect(await dossier(["import-ofac", empty, "--as-of", "2024-06-02"], env)).toMatchObject({
      code: 1,
      stderr: `dossier: ${empty}: holds no entries: an empty or failed download? Nothing was imported\n`,
    });
    const undone = await dossier(["import-ofac", "--undo", "2024-06-01"], env);
    expect(undone).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Undid the snapshot of 2024-06-01 \(1 import\): 0 records restored, \d+ removed\.$/m),
    });
    expect((await dossier(["import-ofac", file, "--as-of", "2024-05-31"], env)).code).toBe(0);
  });

  it("issues, lists and revokes API keys, printing each key once", async () => {
    const env = { DATABASE_URL: tempDatabase() };
    await dossier(["migrate"], env);
    const created = await dossier(["keys", "create", "--role", "editor", "--name", "Desk A"], env);
    expect(created.code).toBe(0);
    const key = created.stdout.trim().split("\n").pop()!;
    expect(key).toMatch(/^dsk_[A-Za-z0-9_-]{43}$/);
    const listed = await dossier(["keys", "list"], env);
    expect(listed.stdout).toMatch(new RegExp(`^key:[0-9a-f]{12}\tDesk A\tEDITOR\t${key.slice(0, 8)}…\t[^\t]+\tactive$`, "m"));
    expect(listed.stdout).not.toContain(key);
    expect((await dossier(["keys", "revoke", "Desk A"], env)).stdout.trim()).toBe("Revoked 1 key.");
    expect((await dossier(["keys", "list"], env)).stdout).toMatch(/\trevoked \S+$/m);
    const again = await dossier(["keys", "revoke", "Desk A"], env);
    expect(again).toMatchObject({ code: 1, stderr: 'dossier: no active key has the ID or name "Desk A"\n' });
    const badRole = await dossier(["keys", "create", "--role", "owner", "--name", "x"], env);
    expect(badRole).toMatchObject({ code: 1, stderr: 'dossier: --role "owner" must be reader, editor or admin\n' });
  });

  it("explains bad input in one line and exits 1", async () => {
    const badUrl = await dossier(["migrate"], { DATABASE_URL: "postgres://localhost/x" });
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr.trim()).toBe(
      'dossier: DATABASE_URL scheme "postgres:" is not supported: use sqlite:<file> or mysql://user:password@host:3306/database',
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bad-seed-"));
    fs.writeFileSync(path.join(dir, "topics.json"), JSON.stringify([{ id: "topic:x", name: "x", colour: "red" }]));
    const badSeed = await dossier(["seed", dir], { DATABASE_URL: tempDatabase() });
    expect(badSeed.code).toBe(1);
    expect(badSeed.stderr.trim()).toBe(
      `dossier: ${path.join(dir, "topics.json")}, record 0 (topic:x), field colour: is not a known field`,
    );
  });

  it("serves a seeded hub on a fresh SQLite database with no other setup, and stops on SIGTERM", async () => {
    const { child, url, output } = await serve({ DATABASE_URL: tempDatabase(), LOG_LEVEL: "info" });
    try {
      expect(output()).toMatch(/Seeded sony-2015: \d+ rows inserted/);
      expect(output()).toContain(
        `Explorer: ${url.replace(/\/graphql$/, "/explorer/")} (works offline; ${url} opens Apollo Sandbox, which needs the internet)`,
      );
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "cli-check-1" },
        body: JSON.stringify({ query: `query Designated { actors(filter: { designatedUnder: "DPRK2" }) { totalCount } }` }),
      });
      expect(await response.json()).toMatchObject({ data: { actors: { totalCount: 13 } } });
      // The request's JSON log line reaches standard output at once, not when a buffer fills.
      for (let wait = 0; wait < 50 && !output().includes("cli-check-1"); wait++) await new Promise((r) => setTimeout(r, 20));
      const line = output()
        .split("\n")
        .find((text) => text.includes('"cli-check-1"'));
      expect(JSON.parse(line ?? "{}")).toMatchObject({ requestId: "cli-check-1", operation: "Designated", status: 200 });
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  // In production too: Apollo's own signal handlers (off when NODE_ENV is test, as under Jest) made it exit 143.
  it.each(["development", "production"])(
    "on SIGTERM stops accepting, finishes a slow in-flight request, closes the pool and exits 0 (%s)",
    async (mode) => {
      const { child, url, output } = await serve({ DATABASE_URL: tempDatabase(), NODE_ENV: mode, PUBLIC_READ: "true" });
      const { port } = new URL(url);
      // A request whose body arrives slowly: in flight when the signal comes.
      const body = JSON.stringify({ query: `{ actor(id: "actor:fbi") { name } }` });
      const socket = net.connect(Number(port), "127.0.0.1");
      await new Promise((resolve) => socket.once("connect", resolve));
      let response = "";
      socket.on("data", (chunk) => (response += chunk.toString()));
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
      );
      socket.write(body.slice(0, 10));
      await new Promise((resolve) => setTimeout(resolve, 200));

      const exited = new Promise<[number | null, string | null]>((resolve) =>
        child.once("exit", (code, signal) => resolve([code, signal])),
      );
      child.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
      // No new connections are accepted…
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      // …but the request in flight is finished.
      socket.end(body.slice(10));
      await new Promise((resolve) => socket.once("close", resolve));
      expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
      expect(response).toContain('{"data":{"actor":{"name":"Federal Bureau of Investigation"}}');
      expect(await exited).toEqual([0, null]);
      expect(output()).toContain("SIGTERM: finishing in-flight requests and shutting down…");
      expect(output()).toContain("Stopped; the database connections are closed.");
    },
  );

  it("refuses to serve a database whose schema is behind when it may not migrate", async () => {
    const failed = serve({ DATABASE_URL: tempDatabase(), AUTO_MIGRATE: "false" });
    await expect(failed).rejects.toThrow(/The database schema is behind this version of Dossier. Run `npx dossier migrate`/);
  });

  // Runs in `npm run test:mysql`: the production path, where migrating and seeding are explicit steps.
  (onMysql ? it : it.skip)("migrates, seeds and serves MySQL/MariaDB as explicit steps", async () => {
    const config = testDatabaseConfig();
    if (config.type !== "mysql") throw new Error("unreachable");
    const database = `${config.database}_cli`;
    const connection = await createConnection({
      host: config.host,
      port: config.port,
      user: config.username,
      password: config.password,
    });
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4`);
    await connection.end();
    const env = { DATABASE_URL: `mysql://${config.username}:${config.password}@${config.host}:${config.port}/${database}` };

    await expect(serve(env)).rejects.toThrow(/schema is behind/);
    expect((await dossier(["migrate"], env)).stdout).toContain("Migrated: InitialSchema1764144000000");
    expect((await dossier(["seed"], env)).stdout).toMatch(/Seeded sony-2015: \d+ rows inserted/);
    const { child, url } = await serve(env);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ statement(id: "statement:senior-official-covert-action") { text } }` }),
      });
      expect(((await response.json()) as any).data.statement.text).toContain("– the first step in our proportional response");
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });
});
