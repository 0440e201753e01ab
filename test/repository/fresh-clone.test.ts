import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { transformSync } from "esbuild";
import { PROJECT_ROOT } from "../../src/config";
import { type ChildHub, startChildHub } from "../support/child-hub";

/*
 * The repository as a user clones it: its files (those git tracks, or would: `git ls-files` with
 * the untracked ones not ignored) copied into an empty temporary folder with nothing beside it —
 * no sibling folder, no data/ — plus this checkout's node_modules and the dist/ that `npm test` just
 * built. There `dossier serve` must seed the embedded SQLite database by itself and answer, and
 * every example of the README's Quickstart and "For each kind of user" must work verbatim against
 * it (only the address changed from localhost:4000 to the test's port).
 */
const run = promisify(execFile);

/**
 * The paths a source file names that lie outside `root`: `path.join(__dirname, "..", …)` with more
 * ".." than the file's folder is deep, a join from the project root that starts with "..", and
 * string literals beginning with "../" that, read from the file's folder, climb past the root.
 */
function pathsAbove(root: string, file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const depth = path.relative(root, path.dirname(file)).split(path.sep).filter(Boolean).length;
  const found: string[] = [];
  for (const match of text.matchAll(/__dirname((?:\s*,\s*["']\.\.["'])+)/g)) {
    if ((match[1].match(/\.\./g) ?? []).length > depth) found.push(match[0]);
  }
  for (const match of text.matchAll(/\b(?:PROJECT_ROOT|ROOT)\s*,\s*["']\.\.["']/g)) found.push(match[0]);
  for (const match of text.matchAll(/["'`]((?:\.\.\/)+)[^"'`\s]*["'`]/g)) {
    const target = path.resolve(path.dirname(file), match[1]);
    if (path.relative(root, target).startsWith("..")) found.push(match[0]);
  }
  return found;
}

/** The fenced code blocks of a Markdown text, with their language. */
function codeBlocks(markdown: string): { language: string; code: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ language: match[1], code: match[2] }));
}

/** Every file under `target` (itself, if a file). */
function filesUnder(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs.readdirSync(target).flatMap((name) => filesUnder(path.join(target, name)));
}

/** Whether python3 can import `requests`, which the README's Python example uses. */
function havePythonRequests(): boolean {
  try {
    execFileSync("python3", ["-c", "import requests"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("a fresh clone", () => {
  let clone: string;
  let hub: ChildHub;
  let readerKey: string;
  let editorKey: string;
  const blocks = codeBlocks(fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8"));
  /** An example as it would run against the hub: `npm start`'s address, or a production hub's, made the test's. */
  const pointed = (code: string) =>
    code.replaceAll("http://localhost:4000", hub.base).replaceAll("https://dossier.example", hub.base);

  beforeAll(async () => {
    // Nested one level down in a folder of its own, so that nothing stands beside the clone.
    clone = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-clone-")), "dossier");
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: PROJECT_ROOT })
      .toString()
      .split("\0")
      .filter((file) => file && fs.existsSync(path.join(PROJECT_ROOT, file)));
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
      fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(clone, file));
    }
    fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(clone, "node_modules"), "dir");
    fs.cpSync(path.join(PROJECT_ROOT, "dist"), path.join(clone, "dist"), { recursive: true });
    expect(fs.existsSync(path.join(clone, "data"))).toBe(false);
    expect(fs.readdirSync(path.dirname(clone))).toEqual([path.basename(clone)]);

    const env = { ...process.env };
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    const dossier = (...args: string[]) =>
      run(process.execPath, [path.join(clone, "bin", "dossier.js"), ...args], { cwd: clone, env });
    // The default database is the clone's own data/dossier.sqlite: created, migrated and seeded by `serve`.
    hub = await startChildHub(undefined, { cwd: clone });
    const key = async (role: string) =>
      (await dossier("keys", "create", "--role", role, "--name", `readme ${role}`)).stdout.trim().split("\n").pop()!;
    readerKey = await key("reader");
    editorKey = await key("editor");
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
    if (clone) fs.rmSync(path.dirname(clone), { recursive: true, force: true });
  });

  it("seeds its own SQLite database on the first start and serves it, reading nothing outside its folder", async () => {
    expect(hub.output()).toMatch(/Seeded sony-2015: \d+ rows inserted/);
    expect(hub.output()).toContain(`Dossier is serving sqlite:data/dossier.sqlite at ${hub.url}`);
    expect(fs.existsSync(path.join(clone, "data", "dossier.sqlite"))).toBe(true);
    // No file of the repository names a path above its own folder: a `__dirname` or root joined with
    // more ".." than the file is deep, or a "../" string that climbs past the root.
    const named = ["src", "test", "bench", "bin", ".ci"]
      .flatMap((top) => filesUnder(path.join(clone, top)))
      .filter((file) => /\.(ts|js|mjs|cjs|sh)$|\/run$/.test(file))
      .flatMap((file) => pathsAbove(clone, file).map((found) => `${path.relative(clone, file)}: ${found}`));
    expect(named).toEqual([]);
  });

  it("answers every curl example of the README, with and without a key", async () => {
    const curls = blocks.filter(
      (block) =>
        block.language === "sh" && /^curl -s (http:\/\/localhost:4000|https:\/\/dossier\.example)\/graphql/.test(block.code),
    );
    expect(curls).toHaveLength(3); // Quickstart, data scientists, partner apps
    for (const { code } of curls) {
      for (const key of [readerKey, undefined]) {
        const { stdout } = await run("bash", ["-c", pointed(code)], {
          env: { ...process.env, ...(key ? { DOSSIER_KEY: key } : {}) },
        });
        const answer = JSON.parse(stdout);
        expect({ code, errors: answer.errors }).toEqual({ code, errors: undefined });
        expect(Object.keys(answer.data).length).toBeGreaterThan(0);
      }
    }
    const [quickstart, facets, partner] = await Promise.all(
      curls.map(async ({ code }) =>
        JSON.parse((await run("bash", ["-c", pointed(code)], { env: { ...process.env, DOSSIER_KEY: readerKey } })).stdout),
      ),
    );
    expect(quickstart.data.statements.nodes).toHaveLength(2);
    expect(facets.data.statementFacets.total).toBeGreaterThan(0);
    expect(partner.data.designations.nodes).toHaveLength(13);
  });

  it("runs the README's Apollo Client example (TypeScript) with and without a key", async () => {
    const [ts] = blocks.filter((block) => block.language === "ts");
    expect(ts.code).toContain('from "@apollo/client"');
    // As a frontend team would run it: TypeScript compiled to an ES module, beside the clone's node_modules.
    const file = path.join(clone, "readme-example.mjs");
    fs.writeFileSync(file, transformSync(pointed(ts.code), { loader: "ts", format: "esm" }).code);
    for (const key of [readerKey, undefined]) {
      const { stdout } = await run(process.execPath, [file], {
        cwd: clone,
        env: { ...process.env, ...(key ? { DOSSIER_KEY: key } : {}) },
      });
      expect(stdout).toMatch(/^2 \[/);
      expect(stdout).toContain("covert action");
    }
  });

  (havePythonRequests() ? it : it.skip)("runs the README's Python example (requests)", async () => {
    const [python] = blocks.filter((block) => block.language === "python" && block.code.includes("import requests"));
    const { stdout } = await run("python3", ["-c", pointed(python.code)]);
    const [facets, count] = stdout.trim().split("\n");
    expect(facets).toMatch(/^\d+ \[\('[^']+', \d+\)/);
    expect(Number(count)).toBeGreaterThan(5);
  });

  it("runs the README's mutation with an EDITOR key", async () => {
    const [mutation] = blocks.filter((block) => block.language === "graphql" && block.code.startsWith("mutation"));
    const response = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${editorKey}` },
      body: JSON.stringify({ query: mutation.code }),
    });
    const answer = (await response.json()) as any;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.updateEvent.participants.nodes).toEqual([{ role: "TARGET", actor: { name: "North Korea" } }]);
  });
});
