#!/usr/bin/env node
// Time and memory of one GraphQL operation, in-process, on the bench:compare data set: how many
// milliseconds it takes run after run, and how many
// megabytes it allocates, by function (V8's sampling heap profiler, collected objects included).
// Usage: npm run build && node bench/operation.js request.json [--runs 30] [--alloc]
// Prints three ways: through Apollo as the hub runs (compiled by graphql-jit), through Apollo on
// graphql-js (COMPILE_QUERIES=false), and graphql-js alone.
//   request.json: { "query": "...", "variables": { ... } }; DATABASE_URL defaults to the quick data set.
process.env.NODE_ENV = "production";
require("reflect-metadata");
const fs = require("node:fs");
const inspector = require("node:inspector");
const { parse, execute } = require("graphql");
const { createDataSource } = require("../dist/domains");
const { parseDatabaseUrl, DEFAULT_LIMITS } = require("../dist/config");
const { Database } = require("../dist/db/database");
const { createContext } = require("../dist/api/context");
const { buildDossierSchema } = require("../dist/api/schema");
const { createApolloServer } = require("../dist/server/apollo");
const { createServices } = require("../dist/services");

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);

async function main() {
  const body = JSON.parse(fs.readFileSync(argv[0], "utf8"));
  const runs = Number(option("runs", "30"));
  const url = process.env.DATABASE_URL ?? "mysql://root@127.0.0.1:3306/dossier_bench_quick";
  const dataSource = await createDataSource(parseDatabaseUrl(url)).initialize();
  const services = createServices(new Database(dataSource));
  const schema = await buildDossierSchema();
  // As the hub runs: operations compiled by graphql-jit; and, to compare, Apollo on graphql-js.
  const apollo = createApolloServer(schema, { production: true, publicRead: true, limits: { ...DEFAULT_LIMITS } });
  const interpreted = createApolloServer(schema, {
    production: true,
    publicRead: true,
    limits: { ...DEFAULT_LIMITS },
    compileQueries: false,
  });
  await Promise.all([apollo.start(), interpreted.start()]);
  const document = parse(body.query);
  const through = (server) => async () =>
    (await server.executeOperation(body, { contextValue: createContext(services, null) })).body.singleResult;
  const viaGraphql = () =>
    execute({ schema, document, variableValues: body.variables, contextValue: createContext(services, null) });
  const viaApollo = through(apollo);
  const ways = [
    ["apollo, compiled (the hub)", viaApollo],
    ["apollo on graphql-js", through(interpreted)],
    ["graphql-js alone", viaGraphql],
  ];
  // Every way is warmed up, then timed in rounds that alternate their order: V8 optimizes code the
  // ways share (the data access, Apollo's pipeline) as it goes, and the way timed first would
  // otherwise pay for it.
  for (const [, run] of ways) for (let i = 0; i < Math.max(5, runs / 5); i++) await run();
  const ROUNDS = 6;
  const totals = ways.map(() => ({ ns: 0n, cpu: 0, bytes: 0, count: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    const order = ways.map((_, index) => index);
    if (round % 2) order.reverse();
    for (const index of order) {
      const total = totals[index];
      const count = Math.max(1, Math.round(runs / ROUNDS));
      const started = process.hrtime.bigint();
      const cpuBefore = process.cpuUsage();
      for (let i = 0; i < count; i++) total.bytes += JSON.stringify(await ways[index][1]()).length;
      const cpu = process.cpuUsage(cpuBefore);
      total.ns += process.hrtime.bigint() - started;
      total.cpu += cpu.user + cpu.system;
      total.count += count;
    }
  }
  ways.forEach(([label], index) => {
    const { ns, cpu, bytes, count } = totals[index];
    console.log(
      `${label}: ${(Number(ns) / count / 1e6).toFixed(2)} ms per operation (${(cpu / count / 1e3).toFixed(2)} ms of this ` +
        `process's CPU), ${Math.round(bytes / count / 1024)} KB answer`,
    );
  });
  if (argv.includes("--alloc")) {
    for (const [label, run] of ways.slice(0, 2)) {
      console.log(`${label}:`);
      await allocations(run, runs);
    }
  }
  await Promise.all([apollo.stop(), interpreted.stop()]);
  await services.db.close();
  await dataSource.destroy();
}

async function allocations(run, runs) {
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  await post("HeapProfiler.enable");
  await post("HeapProfiler.startSampling", {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < runs; i++) await run();
  const { profile } = await post("HeapProfiler.stopSampling");
  const bySite = new Map();
  let total = 0;
  (function walk(node) {
    const frame = node.callFrame;
    const file = frame.url.replace(/.*node_modules\//, "").replace(/.*\/dist\//, "dist/");
    const site = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber}`;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children ?? []) walk(child);
  })(profile.head);
  console.log(`allocated: ${(total / runs / 1e6).toFixed(1)} MB per operation; by function:`);
  for (const [site, size] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${((100 * size) / total).toFixed(1)}% ${site}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
