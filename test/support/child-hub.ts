import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { type DatabaseConfig, PROJECT_ROOT } from "../../src/config";
import { createDataSource } from "../../src/domains";
import { seed } from "../../src/seeding/seed-loader";
import { createTestDataSource, testDatabaseConfig } from "./test-database";

/** The `dossier` command as users run it, on the built `dist/` (`npm test` builds first). */
export const BIN = path.join(PROJECT_ROOT, "bin", "dossier.js");

/** A `dossier serve` process of its own, over a seeded database. */
export interface ChildHub {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>/graphql`. */
  url: string;
  /** `http://127.0.0.1:<port>`. */
  base: string;
  /** Everything the process wrote, standard output and error interleaved. */
  output(): string;
  /** Whether the process has exited (and with what). */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Sends `signal` (SIGTERM by default) and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The `DATABASE_URL` for a database config (the MariaDB one of a Jest worker, or a SQLite file). */
export function databaseUrl(config: DatabaseConfig): string {
  if (config.type === "sqlite") return `sqlite:${config.path}`;
  const credentials = config.password
    ? `${encodeURIComponent(config.username)}:${encodeURIComponent(config.password)}`
    : encodeURIComponent(config.username);
  return `mysql://${credentials}@${config.host}:${config.port}/${config.database}`;
}

/**
 * A migrated, seeded database that another process can open: a SQLite file in a fresh temporary
 * folder, or this Jest worker's MariaDB database. `prepare` may add to it (API keys, say) before it
 * is closed. Returns its `DATABASE_URL`.
 */
export async function preparedDatabase(prepare?: (dataSource: DataSource) => Promise<void>): Promise<string> {
  const config = testDatabaseConfig();
  let dataSource: DataSource;
  let url: string;
  if (config.type === "sqlite") {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-hub-")), "dossier.sqlite");
    dataSource = await createDataSource({ type: "sqlite", path: file }).initialize();
    await dataSource.runMigrations({ transaction: "each" });
    url = `sqlite:${file}`;
  } else {
    dataSource = await createTestDataSource();
    url = databaseUrl(config);
  }
  try {
    await seed(dataSource);
    await prepare?.(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url;
}

/**
 * Starts `node [nodeOptions] bin/dossier.js serve` on a loopback port over `databaseUrl` (migrated
 * and seeded already: nothing is migrated or seeded at start), silent unless `env` says otherwise,
 * and resolves once it listens. Without a `databaseUrl` the hub starts as `npm start` does, in `cwd`
 * (the project by default): on its default SQLite file, migrating and seeding it, with no
 * `DATABASE_URL` or `NODE_ENV` of the test run's.
 */
export function startChildHub(
  databaseUrlOfHub: string | undefined,
  options: { env?: Record<string, string>; nodeOptions?: string[]; cwd?: string } = {},
): Promise<ChildHub> {
  const cwd = options.cwd ?? PROJECT_ROOT;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" };
  if (databaseUrlOfHub === undefined) {
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
  } else Object.assign(env, { DATABASE_URL: databaseUrlOfHub, AUTO_MIGRATE: "false", AUTO_SEED: "false" });
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), path.join(cwd, "bin", "dossier.js"), "serve"], {
    env: { ...env, ...options.env },
    cwd,
  });
  let output = "";
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve((exit = { code, signal }))),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/at (http:\/\/\S+\/graphql)/);
      if (match) {
        child.stdout?.off("data", onData);
        child.stderr?.off("data", onData);
        child.stdout?.on("data", (more: Buffer) => (output += more.toString()));
        child.stderr?.on("data", (more: Buffer) => (output += more.toString()));
        resolve({
          child,
          url: match[1],
          base: match[1].replace(/\/graphql$/, ""),
          output: () => output,
          exited: () => exit,
          stop(signal: NodeJS.Signals = "SIGTERM") {
            if (!exit) child.kill(signal);
            return ended;
          },
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void ended.then(({ code, signal }) =>
      reject(new Error(`dossier serve ended (${code ?? signal}) before listening:\n${output}`)),
    );
  });
}
