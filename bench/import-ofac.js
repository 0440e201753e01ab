#!/usr/bin/env node
// Benchmark: `import-ofac` on the full SDN list (14,965 entries) into a fresh SQLite file and a fresh
// MariaDB/MySQL database, first import and re-import of the same snapshot. Prints entries per second
// and the peak RSS. Run with `npm run bench:import-ofac` (builds first); MYSQL_URL picks the server
// (default mysql://root@127.0.0.1:3306/dossier_bench; the database is dropped and created).
require("reflect-metadata");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { performance } = require("node:perf_hooks");
const { createConnection } = require("mysql2/promise");
const { createDataSource } = require("../dist/domains");
const { parseDatabaseUrl } = require("../dist/config");
const { seed } = require("../dist/seeding/seed-loader");
const { parseSdn } = require("../dist/importing/ofac-sdn");
const { importSdn } = require("../dist/importing/ofac-import");

const SDN = path.join(__dirname, "..", "seeds", "ofac", "sdn-2024-05-03.csv");

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

async function run(label, database) {
  const dataSource = await createDataSource(database).initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    await seed(dataSource);
    peakRss = process.memoryUsage().rss;
    let started = performance.now();
    const entries = parseSdn(fs.readFileSync(SDN, "utf8"), SDN);
    const parsed = performance.now() - started;
    const first = await importSdn(dataSource, entries, { asOf: "2024-05-03", file: SDN });
    const firstMs = performance.now() - started;
    started = performance.now();
    await importSdn(dataSource, parseSdn(fs.readFileSync(SDN, "utf8"), SDN), { asOf: "2024-05-03", file: SDN });
    const againMs = performance.now() - started;
    const rate = (ms) => Math.round(entries.length / (ms / 1000));
    console.log(
      `import-ofac ${label}: ${entries.length} entries, ${first.designations} designations; ` +
        `first import ${(firstMs / 1000).toFixed(2)} s = ${rate(firstMs)} entries/s (parse ${(parsed / 1000).toFixed(2)} s); ` +
        `re-import ${(againMs / 1000).toFixed(2)} s = ${rate(againMs)} entries/s; peak RSS ${Math.round(peakRss / 2 ** 20)} MB`,
    );
  } finally {
    await dataSource.destroy();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-"));
  await run("sqlite", { type: "sqlite", path: path.join(dir, "bench.sqlite") });
  const mysql = parseDatabaseUrl(process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306/dossier_bench");
  try {
    const connection = await createConnection({
      host: mysql.host,
      port: mysql.port,
      user: mysql.username,
      password: mysql.password,
    });
    await connection.query(`DROP DATABASE IF EXISTS \`${mysql.database}\``);
    await connection.query(`CREATE DATABASE \`${mysql.database}\``);
    await connection.end();
  } catch (error) {
    console.log(`import-ofac mysql: skipped, no server at ${mysql.host}:${mysql.port} (${error.message})`);
    return;
  }
  await run("mysql", mysql);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => clearInterval(sampler));
