#!/usr/bin/env node
// Database outage drill: serves load from a hub on MariaDB, stops MariaDB under it, starts it
// again, and prints how the hub behaved: how fast requests failed during the outage (they must be
// DATABASE_UNAVAILABLE, HTTP 503, quickly), and how soon after MariaDB came back the hub served
// again (the goal: within 5 s, without a restart). "During the outage" runs from when MariaDB stops
// answering pings to when it answers again; the server may finish a few requests at either edge.
// It starts a MariaDB server of its own (a temporary data folder, a free port on loopback) and
// stops and starts only that one: the machine's server on 3306, and whatever the tests do with it,
// are not touched. MARIADBD names the server binary (default /usr/sbin/mariadbd).
require("reflect-metadata");
const { execFileSync, spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");
const { performance } = require("node:perf_hooks");
const { createConnection } = require("mysql2/promise");
const { parseDatabaseUrl } = require("../dist/config");
const { createDataSource } = require("../dist/domains");
const { seed } = require("../dist/seeding/seed-loader");
const { startHub } = require("../dist/server/hub");

const MARIADBD = process.env.MARIADBD ?? "/usr/sbin/mariadbd";
const WORKERS = 8;
const OUTAGE_MS = 5000;
const QUERY = JSON.stringify({ query: `{ actor(id: "actor:fbi") { name } statements(first: 5) { nodes { id } } }` });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** A MariaDB server of the bench's own: `start` and `stop` it, `up()` says whether it answers. */
async function ownServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-outage-db-"));
  const port = await freePort();
  // Running as root, the server takes --user=mysql and must own its folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["mysql:mysql", dir]);
  const user = asRoot ? ["--user=mysql"] : [];
  execFileSync("mariadb-install-db", ["--no-defaults", `--datadir=${dir}`, ...user, "--auth-root-authentication-method=normal"], {
    stdio: "ignore",
  });
  const args = [
    "--no-defaults",
    `--datadir=${dir}`,
    `--port=${port}`,
    "--bind-address=127.0.0.1",
    `--socket=${path.join(dir, "mysqld.sock")}`,
    `--pid-file=${path.join(dir, "mysqld.pid")}`,
    "--skip-log-bin",
    ...user,
  ];
  const ping = ["--host=127.0.0.1", `--port=${port}`, "--user=root"];
  const up = () => spawnSync("mariadb-admin", [...ping, "ping"], { stdio: "ignore" }).status === 0;
  let child;
  const server = {
    url: `mysql://root@127.0.0.1:${port}/dossier_outage`,
    up,
    async start() {
      child = spawn(MARIADBD, args, { stdio: "ignore" });
      while (!up()) await sleep(50);
    },
    async stop() {
      execFileSync("mariadb-admin", [...ping, "shutdown"]);
      while (up()) await sleep(50);
      if (child && child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
    },
    async remove() {
      if (up()) await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

async function main(server) {
  await server.start();
  const DATABASE = parseDatabaseUrl(server.url);
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
  const hub = await startHub(dataSource, {
    port: 0,
    host: "127.0.0.1",
    production: true,
    publicRead: true,
    rateLimitPoints: 0,
    logLevel: "silent",
  });

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
  await server.stop();
  const downAt = performance.now();
  await sleep(OUTAGE_MS);
  await server.start();
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

ownServer()
  .then(async (server) => {
    try {
      await main(server);
    } finally {
      await server.remove();
    }
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
