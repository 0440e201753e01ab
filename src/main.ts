import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { ConfigError, loadConfig, PROJECT_ROOT } from "./config";
import { EXPORT_NAMES } from "./exporting/export-names";
import type { ExportFormat } from "./exporting/export";
import type { OfacImportReport } from "./importing/ofac-import";
import type { SeedReport } from "./seeding/seed-loader";
import type { ApiKeyService } from "./auth/api-key.service";
import type { Database } from "./db/database";
import type { EntityClass } from "./domain-module";
import type { Services } from "./services";

/*
 * Each command loads the modules it needs when it runs, not when the CLI starts: `--help` and
 * `keys list` need neither Apollo nor type-graphql's schema, and loading every module up front
 * took ~0.75 s of an idle machine's CPU (several seconds on a loaded one) before any command ran.
 */
const load = {
  dataSource: () => import("./domains"),
  prepare: () => import("./seeding/prepare"),
  schema: () => import("./api/schema"),
  seeding: () => import("./seeding/seed-loader"),
  progress: () => import("./importing/progress"),
  ofacImport: () => import("./importing/ofac-import"),
  ofacSdn: () => import("./importing/ofac-sdn"),
  ofacUndo: () => import("./importing/ofac-undo"),
  hub: () => import("./server/hub"),
  memory: () => import("./server/memory"),
  services: async () => ({ ...(await import("./services")), ...(await import("./db/database")) }),
  gatewayConfig: () => import("./federation/gateway-config"),
  exporting: () => import("./exporting/export"),
  role: () => import("./auth/role"),
  // Apollo Gateway and composition take about 30 MB that a hub serving its own schema would otherwise hold for nothing.
  gateway: () => import("./federation/gateway"),
  supergraph: () => import("./federation/supergraph"),
};

/** The gateway configuration `supergraph` and `gateway` read unless `--config` names another: the project's. */
const GATEWAY_CONFIG = "gateway.config.json";

/** `--config`'s file: the project's by default, else as given (relative to the working directory). */
function gatewayConfigFile(option: string): string {
  return option === GATEWAY_CONFIG ? path.join(PROJECT_ROOT, GATEWAY_CONFIG) : path.resolve(option);
}

/** Where the printed SDL is committed. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema", "schema.graphql");

const program = new Command()
  .name("dossier")
  .description("Dossier: a GraphQL data hub for geopolitical and cyber-incident intelligence.")
  .addHelpText(
    "after",
    `
Environment:
  PORT           HTTP port (default 4000)
  HOST           interface to listen on (default 0.0.0.0)
  DATABASE_URL   sqlite:<file> (default sqlite:data/dossier.sqlite) or mysql://user:pass@host:3306/db
  AUTO_MIGRATE   run pending migrations on serve (default: true on SQLite, false on MySQL)
  AUTO_SEED      load seeds/ into an empty database on serve (default: true on SQLite, false on MySQL)
  PUBLIC_READ    let clients without an API key run queries (default true; false in production)
  NODE_ENV       production: no stack traces or suggestions, introspection off, CORS only as allowed
  INTROSPECTION  answer introspection (default true; false in production)
  CORS_ORIGINS   origins browsers may call from, comma-separated, or * (default *; none in production)
  BODY_LIMIT     largest request body (default 1mb)
  REQUEST_TIMEOUT_MS   time limit of one operation (default 10000)
  MAX_CONCURRENT_OPERATIONS   GraphQL requests run at once; later ones wait their turn (default 8)
  COMPILE_QUERIES   run operations compiled by graphql-jit (default true; false: on graphql-js)
  HEAP_GROWING_PERCENT   how far the heap grows past its live data before a full collection (default 100; 0: V8's own)
  LIMIT_DEPTH, LIMIT_ALIASES, LIMIT_DIRECTIVES, LIMIT_TOKENS, LIMIT_COST   operation limits (15, 15, 50, 2000, 100000)
  LIMIT_LIST_ITEMS, LIMIT_INPUT_DEPTH   items in one list argument, input objects nested (100, 8)
  RATE_LIMIT_POINTS    points per client per minute, charged by cost (default 500000; 0: off)
  REDIS_URL      share rate-limit budgets between replicas through Redis
  TRUST_PROXY    take anonymous clients' address from X-Forwarded-For (default false)
  API_KEY_CACHE_SECONDS  how long a valid API key is trusted before it is checked again (default 5; 0: always)
  LOG_SQL        print every SQL statement (default false)
  LOG_LEVEL      the JSON log's level: info (a line per request), warn, error, debug, silent (default info)`,
  );

program
  .command("serve")
  .description("Serve the GraphQL API (at /graphql), with /healthz, /readyz and /metrics.")
  .action(async () => {
    const config = loadConfig();
    (await load.memory()).setHeapGrowth(config.heapGrowingPercent);
    const [{ createDataSource }, { prepareDatabase }, { startHub }] = await Promise.all([
      load.dataSource(),
      load.prepare(),
      load.hub(),
    ]);
    const dataSource = await createDataSource(config.database, { logSql: config.logSql }).initialize();
    let hub: Awaited<ReturnType<typeof startHub>>;
    try {
      const prepared = await prepareDatabase(dataSource, { migrate: config.autoMigrate, seed: config.autoSeed });
      for (const name of prepared.migrationsRun) console.log(`Migrated: ${name}`);
      for (const [name, report] of prepared.seeded ?? []) console.log(`Seeded ${name}: ${summarize(report)}`);
      hub = await startHub(dataSource, config);
    } catch (error) {
      // Close the pool, or its open connections would keep the process alive after the error.
      await dataSource.destroy();
      throw error;
    }
    // One write, so that whoever waits for the first line has the second too.
    console.log(
      `Dossier is serving ${config.databaseLabel} at ${hub.url}\n` +
        `Explorer: ${hub.url.replace(/\/graphql$/, "/explorer/")} (works offline; ${hub.url} opens Apollo Sandbox, which needs the internet)`,
    );
    const shutdown = async (signal: string) => {
      console.log(`${signal}: finishing in-flight requests and shutting down…`);
      await hub.stop();
      await dataSource.destroy();
      console.log("Stopped; the database connections are closed.");
      process.exit(0);
    };
    process.once("SIGTERM", () => void shutdown("SIGTERM"));
    process.once("SIGINT", () => void shutdown("SIGINT"));
  });

program
  .command("migrate")
  .description("Run pending database migrations (or revert the last one).")
  .option("--revert", "revert the most recent migration instead")
  .action(async (options: { revert?: boolean }) => {
    const config = loadConfig();
    const { createDataSource } = await load.dataSource();
    const dataSource = await createDataSource(config.database, { logSql: config.logSql }).initialize();
    try {
      if (options.revert) {
        await dataSource.undoLastMigration({ transaction: "each" });
        console.log("Reverted the most recent migration.");
      } else {
        const ran = await dataSource.runMigrations({ transaction: "each" });
        console.log(ran.length === 0 ? "The schema is up to date." : ran.map((m) => `Migrated: ${m.name}`).join("\n"));
      }
    } finally {
      await dataSource.destroy();
    }
  });

program
  .command("seed")
  .description("Load data sets (folders of seed files) into the database: all of seeds/ by default. Idempotent.")
  .argument("[dirs...]", "data set folders to load", [])
  .action(async (dirs: string[]) => {
    const config = loadConfig();
    const [{ createDataSource }, { PendingMigrationsError }] = await Promise.all([load.dataSource(), load.prepare()]);
    const { listDataSets, loadDataSet, readDataSet, SEEDS_DIR } = await load.seeding();
    const folders = dirs.length > 0 ? dirs.map((dir) => path.resolve(dir)) : listDataSets(SEEDS_DIR);
    const dataSets = folders.map((dir) => readDataSet(dir));
    const dataSource = await createDataSource(config.database, { logSql: config.logSql }).initialize();
    try {
      if (await dataSource.showMigrations()) {
        throw new PendingMigrationsError("The database schema is not up to date. Run `npx dossier migrate` first.");
      }
      for (const dataSet of dataSets) console.log(`Seeded ${dataSet.name}: ${summarize(await loadDataSet(dataSource, dataSet))}`);
    } finally {
      await dataSource.destroy();
    }
  });

program
  .command("schema")
  .description("Print the GraphQL schema (SDL), write it to schema/schema.graphql, or check that file.")
  .option("--write", "write schema/schema.graphql")
  .option("--check", "exit with an error when schema/schema.graphql differs from the code")
  .action(async (options: { write?: boolean; check?: boolean }) => {
    const sdl = await (await load.schema()).printDossierSchema();
    const relative = path.relative(process.cwd(), SCHEMA_FILE);
    if (options.check) {
      const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : "";
      if (committed !== sdl) {
        console.error(`${relative} is out of date with the code. Run \`npm run schema\` and commit the result.`);
        process.exitCode = 1;
        return;
      }
      console.log(`${relative} matches the code.`);
    } else if (options.write) {
      fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
      fs.writeFileSync(SCHEMA_FILE, sdl);
      console.log(`Wrote ${relative}.`);
    } else {
      process.stdout.write(sdl);
    }
  });

program
  .command("supergraph")
  .description(
    "Compose the subgraphs of the gateway config (their SDL files) into the supergraph: print it, write it, or check the committed file.",
  )
  .option("--config <file>", "the gateway configuration", GATEWAY_CONFIG)
  .option("--write", "write the supergraph file named in the config")
  .option("--check", "exit with an error when the supergraph file differs from a fresh composition")
  .action(async (options: { config: string; write?: boolean; check?: boolean }) => {
    const config = (await load.gatewayConfig()).loadGatewayConfig(gatewayConfigFile(options.config));
    const { composeSupergraph } = await load.supergraph();
    const supergraph = composeSupergraph(config);
    const relative = path.relative(process.cwd(), config.supergraph);
    if (options.check) {
      const committed = fs.existsSync(config.supergraph) ? fs.readFileSync(config.supergraph, "utf8") : "";
      if (committed !== supergraph) {
        console.error(`${relative} is out of date with its subgraphs. Run \`npm run supergraph\` and commit the result.`);
        process.exitCode = 1;
        return;
      }
      console.log(`${relative} matches its subgraphs.`);
    } else if (options.write) {
      fs.writeFileSync(config.supergraph, supergraph);
      console.log(`Wrote ${relative}.`);
    } else {
      process.stdout.write(supergraph);
    }
  });

program
  .command("gateway")
  .description("Serve Apollo Gateway over the subgraphs of the gateway config, from its supergraph file (or by introspection).")
  .option("--config <file>", "the gateway configuration", GATEWAY_CONFIG)
  .option("--introspect", "compose by introspecting the running subgraphs instead of reading the supergraph file (development)")
  .action(async (options: { config: string; introspect?: boolean }) => {
    const config = loadConfig();
    (await load.memory()).setHeapGrowth(config.heapGrowingPercent);
    const gatewayConfig = (await load.gatewayConfig()).loadGatewayConfig(gatewayConfigFile(options.config));
    const { startGateway } = await load.gateway();
    const gateway = await startGateway(gatewayConfig, {
      mode: options.introspect ? "introspect" : "static",
      port: process.env.PORT ? config.port : gatewayConfig.port,
      host: config.host,
      production: config.production,
    });
    console.log(`Dossier gateway over ${gatewayConfig.subgraphs.map((s) => s.name).join(", ")} at ${gateway.url}`);
    const shutdown = async (signal: string) => {
      console.log(`${signal}: finishing in-flight requests and shutting down…`);
      await gateway.stop();
      process.exit(0);
    };
    process.once("SIGTERM", () => void shutdown("SIGTERM"));
    process.once("SIGINT", () => void shutdown("SIGINT"));
  });

program
  .command("import")
  .description(
    "Import files in the seed format — <kind>.json (an array) or <kind>.ndjson (a record per line), or folders of them — " +
      "checked first, then written in one transaction per path; idempotent.",
  )
  .argument("<paths...>", "files or folders to import")
  .option("--as <name>", "who the audit trail names as the writer", `cli:${os.userInfo().username}`)
  .action(async (paths: string[], options: { as: string }) => {
    const [{ countRecords, loadDataSet, readDataSet }, { progressBar }] = await Promise.all([load.seeding(), load.progress()]);
    const dataSets = paths.map((target) => readDataSet(path.resolve(target)));
    await withServices(async (services) => {
      for (const dataSet of dataSets) {
        const bar = progressBar(`Importing ${dataSet.name}`, countRecords(dataSet));
        let report: SeedReport;
        try {
          report = await loadDataSet(services.db.dataSource, dataSet, { actor: { name: options.as }, onWritten: bar.advance });
        } finally {
          bar.stop();
        }
        console.log(`Imported ${dataSet.name}: ${summarize(report)}`);
      }
    });
  });

program
  .command("import-ofac")
  .description(
    "Import a snapshot of OFAC's SDN list (sdn.csv): entries as actors, programs as sanctions, (entry, program) pairs as " +
      "designations; designations missing from the snapshot become DELISTED on its date. One transaction; idempotent. " +
      "With --undo, take back the latest snapshot instead.",
  )
  .argument("[sdn.csv]", "the SDN list as OFAC publishes it")
  .option("--as-of <date>", "the date of the snapshot (YYYY-MM-DD): required to import")
  .option(
    "--max-delisting <percent>",
    "refuse a snapshot that would delist more than this share of the ACTIVE designations (a truncated or wrong file)",
    "5",
  )
  .option("--allow-mass-delisting", "delist however many designations the snapshot no longer has")
  .option(
    "--undo <date>",
    "take back the latest snapshot (imported as of this date): restore what it changed, remove what it created",
  )
  .action(
    async (
      file: string | undefined,
      options: { asOf?: string; maxDelisting: string; allowMassDelisting?: boolean; undo?: string },
    ) => {
      if (options.undo !== undefined) {
        if (file !== undefined || options.asOf !== undefined)
          throw new ConfigError("--undo takes only the snapshot's date: `import-ofac --undo 2024-05-03`");
        const asOf = options.undo;
        const { undoSnapshot } = await load.ofacUndo();
        await withServices(async (services) => {
          const report = await undoSnapshot(services.db.dataSource, asOf);
          console.log(
            `Undid the snapshot of ${asOf} (${report.imports} import${report.imports === 1 ? "" : "s"}): ` +
              `${report.restored} records restored, ${report.removed} removed.`,
          );
        });
        return;
      }
      if (file === undefined) throw new ConfigError("name the snapshot file: `import-ofac sdn.csv --as-of 2024-05-03`");
      if (options.asOf === undefined) throw new ConfigError("--as-of <date> is required: the date OFAC published the snapshot");
      const percent = Number(options.maxDelisting.replace(/%$/, ""));
      if (!(percent >= 0 && percent <= 100))
        throw new ConfigError(`--max-delisting "${options.maxDelisting}" must be a percentage from 0 to 100`);
      const asOf = options.asOf;
      const [{ checkSnapshotDate, importSdn }, { parseSdn, readSdnFile }, { progressBar }] = await Promise.all([
        load.ofacImport(),
        load.ofacSdn(),
        load.progress(),
      ]);
      checkSnapshotDate(asOf, file);
      const { text, warnings } = readSdnFile(file);
      for (const warning of warnings) console.error(`dossier: warning: ${warning}`);
      const entries = parseSdn(text, file);
      await withServices(async (services) => {
        const bar = progressBar(
          `Importing ${path.basename(file)}`,
          entries.length + entries.reduce((n, e) => n + e.programs.length, 0),
        );
        let report: OfacImportReport;
        try {
          report = await importSdn(services.db.dataSource, entries, {
            asOf,
            file,
            onWritten: bar.advance,
            maxDelisting: percent / 100,
            allowMassDelisting: options.allowMassDelisting,
          });
        } finally {
          bar.stop();
        }
        console.log(
          `Imported ${report.entries} entries and ${report.designations} designations of ${file} as of ${asOf}; ` +
            `delisted ${report.delisted}. ${summarize(report.tables)}`,
        );
      });
    },
  );

program
  .command("export")
  .description(
    "Write every record of a connection that a filter selects as NDJSON (a JSON object per line) or CSV, in the " +
      "connection's default order, page by page: memory stays flat however many there are.",
  )
  .argument("<connection>", EXPORT_NAMES.join(", "))
  .option("--format <format>", "ndjson or csv", "ndjson")
  .option("--filter <json>", 'the connection\'s filter as JSON, e.g. \'{"topics": ["topic:attribution"]}\'')
  .option("--out <file>", "write to this file instead of standard output")
  .action(async (name: string, options: { format: string; filter?: string; out?: string }) => {
    if (options.format !== "ndjson" && options.format !== "csv") {
      throw new ConfigError(`--format "${options.format}" must be ndjson or csv`);
    }
    let filter: unknown;
    try {
      filter = options.filter === undefined ? undefined : JSON.parse(options.filter);
    } catch (error) {
      throw new ConfigError(`--filter is not JSON: ${(error as Error).message}`);
    }
    // As `serve` does: a full collection before the heap doubles, so the RSS follows what is live (a page).
    (await load.memory()).setHeapGrowth(loadConfig().heapGrowingPercent);
    const [{ buildDossierSchema }, { exportRecords }] = await Promise.all([load.schema(), load.exporting()]);
    const schema = await buildDossierSchema();
    await withServices(async (services) => {
      if (!options.out) {
        await exportRecords(services, schema, name, process.stdout, { format: options.format as ExportFormat, filter });
        return;
      }
      // Written beside the target and renamed when complete: a refused filter, a failure midway or an
      // interrupted run leaves an existing file as it was.
      const target = path.resolve(options.out);
      const partial = `${target}.partial-${process.pid}`;
      let out: fs.WriteStream | undefined;
      const open = () => {
        try {
          out = fs.createWriteStream("", { fd: fs.openSync(partial, "w") });
        } catch (error) {
          throw new ConfigError(`--out ${options.out}: cannot write there (${(error as Error).message})`);
        }
        return out;
      };
      try {
        const written = await exportRecords(services, schema, name, open, { format: options.format as ExportFormat, filter });
        await new Promise<void>((resolve, reject) => out!.end((error?: Error | null) => (error ? reject(error) : resolve())));
        fs.renameSync(partial, target);
        console.error(`Exported ${written} ${name} to ${options.out}.`);
      } finally {
        out?.destroy();
        fs.rmSync(partial, { force: true });
      }
    });
  });

const keys = program
  .command("keys")
  .description("Issue, list and revoke API keys (clients send them as `Authorization: Bearer <key>`).");

keys
  .command("create")
  .description("Issue a key and print it, once: only its hash is stored.")
  .requiredOption("--role <role>", "reader (queries), editor (mutations) or admin (audit log too)")
  .requiredOption("--name <who>", "who the key is for; recorded with every write made with it")
  .action(async (options: { role: string; name: string }) => {
    const role = (await load.role()).parseRole(options.role);
    if (!role) throw new ConfigError(`--role "${options.role}" must be reader, editor or admin`);
    await withApiKeys(async (apiKeys) => {
      const { key, record } = await apiKeys.create(options.name, role);
      console.log(`Issued ${record.id} to "${record.name}" with the ${record.role} role. The key (shown only now):\n${key}`);
    });
  });

keys
  .command("list")
  .description("List every key: ID, name, role, prefix, when issued, and whether revoked.")
  .action(async () => {
    await withApiKeys(async (apiKeys) => {
      const all = await apiKeys.list();
      if (all.length === 0) return console.log("No keys have been issued.");
      for (const key of all) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
        console.log([key.id, key.name, key.role, `${key.keyPrefix}…`, key.createdAt.toISOString(), state].join("\t"));
      }
    });
  });

keys
  .command("revoke")
  .description("Revoke the key with this ID, or every active key with this name.")
  .argument("<id-or-name>")
  .action(async (idOrName: string) => {
    await withApiKeys(async (apiKeys) => {
      const count = await apiKeys.revoke(idOrName);
      if (count === 0) throw new ConfigError(`no active key has the ID or name "${idOrName}"`);
      console.log(`Revoked ${count} key${count === 1 ? "" : "s"}.`);
    });
  });

/** Runs `work` with the services over the configured database (migrated), then closes it. */
async function withServices(work: (services: Services) => Promise<void>): Promise<void> {
  const { createServices } = await load.services();
  await withDatabase(async (db) => work(createServices(db)));
}

/**
 * Runs `work` with the API keys of the configured database (migrated), then closes it. The `keys`
 * commands read and write only the keys' table, so they load only that entity and its service, not
 * every domain's resolvers and services (`bench:cli-start`).
 */
async function withApiKeys(work: (apiKeys: ApiKeyService) => Promise<void>): Promise<void> {
  const [{ ApiKey }, { ApiKeyService }] = await Promise.all([import("./auth/api-key.entity"), import("./auth/api-key.service")]);
  await withDatabase(async (db) => work(new ApiKeyService(db)), [ApiKey]);
}

/**
 * Runs `work` over the configured database, refusing one whose migrations are pending, then closes
 * it. `entities`: the tables `work` reads, when it needs fewer than every domain's.
 */
async function withDatabase(work: (db: Database) => Promise<void>, entities?: readonly EntityClass[]): Promise<void> {
  const config = loadConfig();
  const [{ newDataSource }, { Database }] = await Promise.all([import("./db/data-source"), import("./db/database")]);
  const tables = entities ?? (await load.dataSource()).ENTITIES;
  const dataSource = await newDataSource(config.database, tables, { logSql: config.logSql }).initialize();
  const db = new Database(dataSource);
  try {
    if (await dataSource.showMigrations()) {
      const { PendingMigrationsError } = await load.prepare();
      throw new PendingMigrationsError("The database schema is not up to date. Run `npx dossier migrate` first.");
    }
    await work(db);
  } finally {
    await db.close();
    await dataSource.destroy();
  }
}

function summarize(report: SeedReport): string {
  const totals = Object.values(report).reduce(
    (sum, counts) => ({
      inserted: sum.inserted + counts.inserted,
      updated: sum.updated + counts.updated,
      unchanged: sum.unchanged + counts.unchanged,
      deleted: sum.deleted + counts.deleted,
    }),
    { inserted: 0, updated: 0, unchanged: 0, deleted: 0 },
  );
  return `${totals.inserted} rows inserted, ${totals.updated} updated, ${totals.deleted} deleted, ${totals.unchanged} unchanged`;
}

/** The names of the errors a user can mend (`SeedError`, `PendingMigrationsError`, composition's). */
const EXPECTED_FAILURES = new Set(["SeedError", "PendingMigrationsError", "CompositionError"]);

/** Runs the CLI; known failures print their message alone, without a stack trace. */
export async function main(argv = process.argv): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    // Failures the user can mend: their message alone, without a stack trace. By name, so that
    // this does not load the modules that define them.
    if (error instanceof ConfigError || (error instanceof Error && EXPECTED_FAILURES.has(error.name))) {
      console.error(`dossier: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
