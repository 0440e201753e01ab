#!/usr/bin/env node
// Builds the benchmarks' synthetic data set (bench/synthetic.js) and loads it into MariaDB, SQLite
// and PostgreSQL (for PostGraphile), printing rows per second for each. Usage:
//   npm run bench:generate -- [--scale 0.1] [--only mysql,sqlite,postgres]
// Targets: MYSQL_URL (default mysql://root@127.0.0.1:3306/dossier_bench), SQLITE_FILE (default
// data/bench.sqlite), PG_URL (default postgres://postgres@127.0.0.1:5432/dossier_bench). Each is
// emptied first. MariaDB and SQLite get Dossier's own migrations; PostgreSQL bench/postgraphile/schema.sql.
require("reflect-metadata");
const fs = require("node:fs");
const path = require("node:path");
const { performance } = require("node:perf_hooks");
const { pipeline } = require("node:stream/promises");
const { Readable } = require("node:stream");
const Database = require("better-sqlite3");
const mysql = require("mysql2/promise");
const pg = require("pg");
const { from: copyFrom } = require("pg-copy-streams");
const { createDataSource } = require("../dist/domains");
const { parseDatabaseUrl } = require("../dist/config");
const { progressBar } = require("../dist/importing/progress");
const { TABLES, rows, totalRows } = require("./synthetic");

const ROOT = path.join(__dirname, "..");

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

/** Runs Dossier's migrations on an empty database. */
async function migrate(database) {
  const dataSource = await createDataSource(database).initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();
}

async function loadMysql(scale, bar) {
  const config = parseDatabaseUrl(process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306/dossier_bench");
  const admin = await mysql.createConnection({
    host: config.host,
    port: config.port,
    user: config.username,
    password: config.password,
  });
  await admin.query(`DROP DATABASE IF EXISTS \`${config.database}\``);
  await admin.query(`CREATE DATABASE \`${config.database}\``);
  await admin.end();
  await migrate(config);
  const connection = await mysql.createConnection({
    host: config.host,
    port: config.port,
    user: config.username,
    password: config.password,
    database: config.database,
    charset: "utf8mb4_unicode_ci",
  });
  // Secondary B-tree indexes are set aside and built once, sorted, after the load: several times
  // faster than row by row. (Full-text indexes stay: one dropped and re-added over freshly loaded
  // rows answers nothing on MariaDB 10.11.)
  const [secondary] = await connection.query(
    `SELECT table_name AS tbl, index_name AS name, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS columns
       FROM information_schema.statistics
      WHERE table_schema = DATABASE() AND index_type = 'BTREE' AND non_unique = 1 AND table_name IN (?)
      GROUP BY table_name, index_name`,
    [Object.keys(TABLES)],
  );
  const byTable = new Map();
  for (const index of secondary) byTable.set(index.tbl, [...(byTable.get(index.tbl) ?? []), index]);
  const alterEach = async (clause) => {
    for (const [table, indexes] of byTable) await connection.query(`ALTER TABLE ${table} ${indexes.map(clause).join(", ")}`);
  };
  // A bulk load of rows known to be consistent: no per-row key checks, and no triggers (the rows
  // already hold what they would write: the topic links' dates).
  const [triggers] = await connection.query(
    `SELECT trigger_name AS name, action_timing AS timing, event_manipulation AS event, event_object_table AS tbl,
            action_statement AS body
       FROM information_schema.triggers WHERE trigger_schema = DATABASE()`,
  );
  for (const trigger of triggers) await connection.query(`DROP TRIGGER ${trigger.name}`);
  await connection.query("SET foreign_key_checks = 0, unique_checks = 0");
  await alterEach((index) => `DROP INDEX ${index.name}`);
  await connection.query("START TRANSACTION");
  for (const [table, batch] of rows(scale)) {
    // LOAD DATA from a stream of tab-separated lines: several times faster than INSERT batches.
    const body = batch.map((row) => row.map((value) => tsvValue(value)).join("\t")).join("\n");
    await connection.query({
      sql: `LOAD DATA LOCAL INFILE 'rows' INTO TABLE ${table} CHARACTER SET utf8mb4 (${TABLES[table].join(", ")})`,
      infileStreamFactory: () => Readable.from([Buffer.from(body)]),
    });
    bar.advance(batch.length);
  }
  await connection.query("COMMIT");
  await alterEach((index) => `ADD INDEX ${index.name} (${index.columns})`);
  await connection.query("SET foreign_key_checks = 1, unique_checks = 1");
  for (const t of triggers) {
    await connection.query(`CREATE TRIGGER ${t.name} ${t.timing} ${t.event} ON ${t.tbl} FOR EACH ROW ${t.body}`);
  }
  await connection.query(`ANALYZE TABLE ${Object.keys(TABLES).join(", ")}`);
  await connection.end();
}

async function loadSqlite(scale, bar) {
  const file = path.resolve(ROOT, process.env.SQLITE_FILE ?? "data/bench.sqlite");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  await migrate({ type: "sqlite", path: file });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const inserts = Object.fromEntries(
    Object.entries(TABLES).map(([table, columns]) => [
      table,
      db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`),
    ]),
  );
  // The triggers are set aside during the load: each FTS5 table is rebuilt from its content table
  // once afterwards, and the rows already hold what the others would write (the topic links' dates).
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all();
  const ftsTables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'")
    .all();
  db.exec("BEGIN");
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
  for (const [table, batch] of rows(scale)) {
    const insert = inserts[table];
    for (const row of batch) insert.run(row);
    bar.advance(batch.length);
  }
  for (const { name } of ftsTables) db.exec(`INSERT INTO ${name}(${name}) VALUES ('rebuild')`);
  for (const trigger of triggers) db.exec(trigger.sql);
  db.exec("COMMIT");
  db.exec("ANALYZE");
  db.pragma("synchronous = NORMAL");
  db.close();
}

/** A value in the tab-separated text of MariaDB's LOAD DATA and PostgreSQL's COPY (booleans as 0/1). */
function tsvValue(value) {
  if (value === null || value === undefined) return "\\N";
  return String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

async function loadPostgres(scale, bar) {
  const url = process.env.PG_URL ?? "postgres://postgres@127.0.0.1:5432/dossier_bench";
  const database = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(fs.readFileSync(path.join(__dirname, "postgraphile", "schema.sql"), "utf8"));
  await client.query("BEGIN");
  let table;
  let stream;
  const finish = async () => {
    if (stream) {
      stream.push(null);
      await stream.done;
    }
  };
  for (const [name, batch] of rows(scale)) {
    if (name !== table) {
      await finish();
      table = name;
      const columns = TABLES[name];
      const input = new Readable({ read() {} });
      const copy = client.query(copyFrom(`COPY ${name} (${columns.join(", ")}) FROM STDIN`));
      stream = Object.assign(input, { done: pipeline(input, copy) });
    }
    stream.push(batch.map((row) => row.map((value) => tsvValue(value)).join("\t")).join("\n") + "\n");
    bar.advance(batch.length);
  }
  await finish();
  await client.query("COMMIT");
  await client.query(fs.readFileSync(path.join(__dirname, "postgraphile", "indexes.sql"), "utf8"));
  await client.end();
}

const TARGETS = { mysql: loadMysql, sqlite: loadSqlite, postgres: loadPostgres };

async function main() {
  const scale = Number(option("scale", "1"));
  const only = option("only", Object.keys(TARGETS).join(",")).split(",");
  const total = totalRows(scale);
  for (const name of only) {
    const load = TARGETS[name];
    if (!load) throw new Error(`unknown target ${name}; use ${Object.keys(TARGETS).join(", ")}`);
    const bar = progressBar(`Loading ${name}`, total, { minimum: 0 });
    const started = performance.now();
    try {
      await load(scale, bar);
    } finally {
      bar.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `generate ${name}: ${total} rows (scale ${scale}) in ${seconds.toFixed(1)} s = ${Math.round(total / seconds)} rows/s`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
