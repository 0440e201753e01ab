#!/usr/bin/env node
// Time and memory of one GraphQL operation, in-process, on the bench:compare data set: how many
// milliseconds it takes run after run (through Apollo and through graphql-js alone), and how many
// megabytes it allocates, by function (V8's sampling heap profiler, collected objects included).
// Usage: npm run build && node bench/operation.js request.json [--runs 30] [--alloc]
//   request.json: { "query": "...", "variables": { ... } }; DATABASE_URL defaults to the quick data set.
process.env.NODE_ENV = "production";
require("reflect-metadata");
const fs = require("node:fs");
const inspector = require("node:inspector");
const { parse, execute } = require("graphql");
const { createDataSource } = require("../dist/db/data-source");
const { parseDatabaseUrl, DEFAULT_LIMITS } = require("../dist/config");
const { Database } = require("../dist/db/database");
const { createContext } = require("../dist/graphql/context");
const { buildDossierSchema } = require("../dist/graphql/schema");
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
  const apollo = createApolloServer(schema, { production: true, limits: { ...DEFAULT_LIMITS } });
  await apollo.start();
  const document = parse(body.query);
  const viaApollo = async () =>
    (await apollo.executeOperation(body, { contextValue: createContext(services, null) })).body.singleResult;
  const viaGraphql = () =>
    execute({ schema, document, variableValues: body.variables, contextValue: createContext(services, null) });
  for (const [label, run] of [
    ["apollo", viaApollo],
    ["graphql-js", viaGraphql],
  ]) {
    for (let i = 0; i < 5; i++) await run();
    const started = process.hrtime.bigint();
    let bytes = 0;
    for (let i = 0; i < runs; i++) bytes += JSON.stringify(await run()).length;
    const ms = Number(process.hrtime.bigint() - started) / runs / 1e6;
    console.log(`${label}: ${ms.toFixed(1)} ms per operation, ${Math.round(bytes / runs / 1024)} KB answer`);
  }
  if (argv.includes("--alloc")) await allocations(viaGraphql, runs);
  await apollo.stop();
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
