#!/usr/bin/env node
// `dossier export` at scale: exports statements of the synthetic data set (bench/generate, scale 1
// by default: 1M statements in MariaDB) for a month, a year and everything, as CSV to /dev/null,
// and prints rows/s and the process's peak RSS for each, to show that memory does not grow with
// the number of rows. Usage: npm run bench:export [-- --format ndjson]
// MYSQL_URL picks the database (default mysql://root@127.0.0.1:3306/dossier_bench).
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const argv = process.argv.slice(2);
const format = argv.includes("--format") ? argv[argv.indexOf("--format") + 1] : "csv";
const url = process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306/dossier_bench";

const RUNS = [
  ["a month", { saidOn: { from: "2015-01-01", to: "2015-01-31" } }],
  ["a year", { saidOn: { from: "2015-01-01", to: "2015-12-31" } }],
  ["everything", null],
];

console.log(`dossier export statements --format ${format}, ${url.replace(/\/\/[^@]*@/, "//")}`);
for (const [label, filter] of RUNS) {
  const args = [path.join(ROOT, "bin", "dossier.js"), "export", "statements", "--format", format, "--out", "/dev/null"];
  if (filter) args.push("--filter", JSON.stringify(filter));
  // GNU time's %e: seconds; %M: the peak resident set size in KB.
  const run = spawnSync("/usr/bin/time", ["-f", "TIME %e %M", process.execPath, ...args], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    encoding: "utf8",
  });
  const time = /TIME ([\d.]+) (\d+)/.exec(run.stderr);
  const rows = /Exported (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !time || !rows) throw new Error(`export failed: ${run.stderr}`);
  const [seconds, kb] = [Number(time[1]), Number(time[2])];
  const n = Number(rows[1]);
  console.log(
    `${label}: ${n} rows in ${seconds.toFixed(1)} s = ${Math.round(n / seconds)} rows/s, peak RSS ${Math.round(kb / 1024)} MB`,
  );
}
