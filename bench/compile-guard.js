#!/usr/bin/env node
// What the compile guard costs: the check, on every request, that an operation's variables have
// input types graphql-jit can compile in bounded time (`compilableVariables` in
// src/server/compiled-execution.ts). No database is needed. Usage:
//   npm run bench:compile-guard -- [--runs 200000] [--unguarded]
// Prints, for the bench:compare shapes and for operations declaring a variable of StatementFilter
// (the largest acyclic input type) and of each recursive input type, the guard's answer and its cost in microseconds: the first check on a fresh schema
// (which works out the sizes of the types it meets) and the median of warm checks.
// With `--unguarded` it then has the installed graphql-jit compile `query($v: EventFilter)` without
// the guard, in a child process with a 512 MB heap, and prints how long it took and how it ended
// (to try another version: `npm install --no-save graphql-jit@0.8.9` first, `npm ci` after).
require("reflect-metadata");
const fs = require("node:fs");
const path = require("node:path");
const { parse, getNamedType, isInputObjectType } = require("graphql");
const { buildDossierSchema } = require("../dist/api/schema");
const { compilableVariables, MAX_COMPILED_INPUT_FIELDS } = require("../dist/server/compiled-execution");

const argv = process.argv.slice(2);
const { spawnSync } = require("node:child_process");
const RUNS = Number(argv.includes("--runs") ? argv[argv.indexOf("--runs") + 1] : "200000");

/** The input object types that contain themselves, directly or through others. */
function recursiveInputTypes(schema) {
  const recursive = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type) || type.name.startsWith("__")) continue;
    const seen = new Set();
    const stack = Object.values(type.getFields()).map((field) => getNamedType(field.type));
    while (stack.length > 0) {
      const next = stack.pop();
      if (!isInputObjectType(next) || seen.has(next.name)) continue;
      if (next.name === type.name) {
        recursive.push(type.name);
        break;
      }
      seen.add(next.name);
      for (const field of Object.values(next.getFields())) stack.push(getNamedType(field.type));
    }
  }
  return recursive;
}

const microseconds = (ns) => Number(ns) / 1000;

async function main() {
  const schema = await buildDossierSchema();
  const requests = path.join(__dirname, "requests");
  const operations = fs
    .readdirSync(requests)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name.replace(/\.json$/, ""), JSON.parse(fs.readFileSync(path.join(requests, name), "utf8")).query]);
  // The largest input type that does not contain itself, then every one that does.
  for (const type of ["StatementFilter", ...recursiveInputTypes(schema)]) {
    operations.push([`$v: ${type}`, `query($v: ${type}) { __typename }`]);
    operations.push([`$v: [${type}!]`, `query($v: [${type}!]) { __typename }`]);
  }
  console.log(`compile guard — ${MAX_COMPILED_INPUT_FIELDS} unfolded input fields at most, ${RUNS} warm checks per operation`);
  for (const [name, text] of operations) {
    const operation = parse(text).definitions.find((definition) => definition.kind === "OperationDefinition");
    // A fresh guard each time, so the first check pays for working out the sizes, as after start-up.
    const compilable = compilableVariables(schema);
    let started = process.hrtime.bigint();
    const answer = compilable(operation);
    const first = process.hrtime.bigint() - started;
    const samples = [];
    const BATCH = 1000;
    for (let batch = 0; batch < RUNS / BATCH; batch++) {
      started = process.hrtime.bigint();
      for (let i = 0; i < BATCH; i++) compilable(operation);
      samples.push(Number(process.hrtime.bigint() - started) / BATCH);
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)];
    const variables = operation.variableDefinitions?.length ?? 0;
    console.log(
      `${name}: ${answer ? "compiled" : "graphql-js"} (${variables} variable${variables === 1 ? "" : "s"}); ` +
        `first check ${microseconds(first).toFixed(1)} µs, warm ${microseconds(median).toFixed(3)} µs`,
    );
  }
}

/** Compiles `query($v: EventFilter)` with graphql-jit alone, as the hub did before the guard. */
function unguarded() {
  const version = require("graphql-jit/package.json").version;
  const child = `
    require("reflect-metadata");
    const { parse } = require("graphql");
    const { compileQuery } = require("graphql-jit");
    require(${JSON.stringify(path.join(__dirname, "..", "dist", "graphql", "schema"))}).buildDossierSchema().then((schema) => {
      const started = Date.now();
      const result = compileQuery(schema, parse("query($v: EventFilter) { events(filter: $v) { totalCount } }"));
      console.log("compiled in " + (Date.now() - started) + " ms: " + Object.keys(result).join(", "));
    });`;
  const started = Date.now();
  const run = spawnSync(process.execPath, ["--max-old-space-size=512", "-e", child], { encoding: "utf8", timeout: 300_000 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const output = `${run.stdout}${run.stderr}`;
  const ending = /heap out of memory/.test(output)
    ? `died: JavaScript heap out of memory (signal ${run.signal ?? "none"}, exit ${run.status})`
    : run.error
      ? `stopped: ${run.error.message}`
      : output.trim().split("\n").pop();
  console.log(`\ngraphql-jit ${version} unguarded, query($v: EventFilter), 512 MB heap: after ${seconds} s, ${ending}`);
}

main()
  .then(() => {
    if (argv.includes("--unguarded")) unguarded();
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
