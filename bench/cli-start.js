// How long `dossier` takes to start and finish a command that does little: `--help` (no database)
// and `keys list` (opens SQLite, reads the keys). Each is run --runs times (default 15) in turn;
// prints min, median and max wall time in milliseconds.
//
//   npm run bench:cli-start -- [--runs 15]
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "dossier.js");
const argv = process.argv.slice(2);
const RUNS = Number(argv.includes("--runs") ? argv[argv.indexOf("--runs") + 1] : 15);

const database = `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-cli-bench-")), "dossier.sqlite")}`;
const env = { ...process.env, DATABASE_URL: database, LOG_LEVEL: "silent" };
execFileSync(process.execPath, [BIN, "migrate"], { env });
execFileSync(process.execPath, [BIN, "keys", "create", "--role", "reader", "--name", "bench"], { env });

const commands = {
  "node bin/dossier.js --help": [process.execPath, [BIN, "--help"]],
  "npx dossier --help": ["npx", ["--no-install", "dossier", "--help"]],
  "node bin/dossier.js keys list": [process.execPath, [BIN, "keys", "list"]],
};
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, [file, args]] of Object.entries(commands)) {
    const started = process.hrtime.bigint();
    execFileSync(file, args, { env, cwd: ROOT, stdio: "ignore" });
    times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}
console.log(`${RUNS} runs each, in turn (${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)})`);
for (const [name, list] of Object.entries(times)) {
  list.sort((a, b) => a - b);
  const at = (q) => list[Math.min(list.length - 1, Math.floor(q * list.length))].toFixed(0);
  console.log(`${name.padEnd(32)} min ${at(0)} ms, median ${at(0.5)} ms, max ${list[list.length - 1].toFixed(0)} ms`);
}
