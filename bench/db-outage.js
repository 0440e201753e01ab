#!/usr/bin/env node
// Database outage drill: serves load from a hub on MariaDB, stops MariaDB under it, starts it
// again, and prints how the hub behaved: how fast requests failed during the outage (they must be
// DATABASE_UNAVAILABLE, HTTP 503, quickly), and how soon after MariaDB came back the hub served
// again (the goal: within 5 s, without a restart). "During the outage" runs from when MariaDB stops
// answering pings to when it answers again; the server may finish a few requests at either edge.
// Stops and starts the MariaDB server on this
// machine: run it alone (`npm run bench:db-outage`), not alongside the MariaDB tests.
require("reflect-metadata");
const { execFileSync, spawnSync } = require("node:child_process");
const { performance } = require("node:perf_hooks");
const { createConnection } = require("mysql2/promise");
const { createDataSource } = require("../dist/db/data-source");
const { parseDatabaseUrl } = require("../dist/config");
const { seed } = require("../dist/seeding/seed-loader");
const { startHub } = require("../dist/server/hub");

const DATABASE = parseDatabaseUrl(process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306/dossier_outage");
const WORKERS = 8;
const OUTAGE_MS = 5000;
const QUERY = JSON.stringify({ query: `{ actor(id: "actor:fbi") { name } statements(first: 5) { nodes { id } } }` });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const up = () => spawnSync("mariadb-admin", ["--host=127.0.0.1", "--user=root", "ping"], { stdio: "ignore" }).status === 0;

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  if (!up()) throw new Error("MariaDB is not running at 127.0.0.1:3306; start it first.");
  const admin = await createConnection({
    host: DATABASE.host,
    port: DATABASE.port,
    user: DATABASE.username,
    password: DATABASE.password,
  });
  await admin.query(`DROP DATABASE IF EXISTS \`${DATABASE.database}\``);
  await admin.query(`CREATE DATABASE \`${DATABASE.database}\``);
  await admin.end();
  const dataSource = await createDataSource(DATABASE).initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await seed(dataSource);
  const hub = await startHub(dataSource, { port: 0, host: "127.0.0.1", production: true, publicRead: true, rateLimitPoints: 0 });

  const results = [];
  let running = true;
  const worker = async () => {
    while (running) {
      const started = performance.now();
      let status = 0;
      let code = "network";
      try {
        const response = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY });
        status = response.status;
        const body = await response.json();
        code = body.errors?.[0]?.extensions?.code ?? (body.data?.actor ? "ok" : "no-data");
      } catch {
        // the hub itself did not answer
      }
      results.push({ at: performance.now(), latency: performance.now() - started, status, code });
      if (code !== "ok") await sleep(5);
    }
  };
  const workers = Array.from({ length: WORKERS }, worker);

  await sleep(2000);
  const stoppedAt = performance.now();
  execFileSync("mariadb-admin", ["--host=127.0.0.1", "--user=root", "shutdown"]);
  while (up()) await sleep(50);
  const downAt = performance.now();
  await sleep(OUTAGE_MS);
  spawnSync("start-stop-daemon", ["--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd", "--", "--user=mysql"]);
  while (!up()) await sleep(50);
  const backAt = performance.now();
  await sleep(6000);
  running = false;
  await Promise.all(workers);

  const before = results.filter((r) => r.at < stoppedAt);
  const during = results.filter((r) => r.at > downAt + 100 && r.at < backAt);
  const after = results.filter((r) => r.at >= backAt);
  const firstSuccess = after.find((r) => r.code === "ok");
  const lastFailure = [...after].reverse().find((r) => r.code !== "ok");
  const counts = {};
  for (const r of during) counts[`${r.status} ${r.code}`] = (counts[`${r.status} ${r.code}`] ?? 0) + 1;
  const codes = Object.entries(counts).map(([answer, n]) => `${n} × ${answer}`);
  const recovery = firstSuccess ? (firstSuccess.at - backAt) / 1000 : Infinity;
  const stable = lastFailure ? (lastFailure.at - backAt) / 1000 : 0;
  console.log(
    `db-outage mysql: before ${before.length} requests (${before.filter((r) => r.code === "ok").length} ok); ` +
      `during the outage ${during.length} requests answered ${codes.join(", ")} in p50 ${percentile(
        during.map((r) => r.latency),
        50,
      ).toFixed(1)} ms, ` +
      `p99 ${percentile(
        during.map((r) => r.latency),
        99,
      ).toFixed(1)} ms, max ${Math.max(...during.map((r) => r.latency)).toFixed(1)} ms; ` +
      `MariaDB back after ${((backAt - downAt) / 1000).toFixed(1)} s; first success ${recovery.toFixed(2)} s later, ` +
      `last failure ${stable.toFixed(2)} s later; ${after.filter((r) => r.code === "ok").length}/${after.length} ok after; ` +
      `recovery ${recovery <= 5 && stable <= 5 ? "within" : "NOT within"} 5 s, no restart`,
  );
  await hub.stop();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  if (!up())
    spawnSync("start-stop-daemon", ["--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd", "--", "--user=mysql"]);
  process.exitCode = 1;
});
