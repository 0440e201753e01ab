#!/usr/bin/env node
// The dependency rules of .dependency-cruiser.cjs, checked against the violations known when the
// rules were written (.dependency-cruiser-known-violations.json, made by `npm run check:deps:baseline`).
// Fails on a violation not in that list, and on a listed one that is gone (run the baseline again,
// so the list only shrinks). dependency-cruiser's own `--ignore-known` does not match the
// folder-level cycle rules, hence this script. Usage: npm run check:deps
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const KNOWN = path.join(ROOT, ".dependency-cruiser-known-violations.json");
const bin = path.join(ROOT, "node_modules", ".bin", "depcruise");
const run = spawnSync(bin, ["src", "--config", ".dependency-cruiser.cjs", "--output-type", "json"], {
  cwd: ROOT,
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
if (!run.stdout) {
  console.error(run.stderr || "depcruise printed nothing");
  process.exit(2);
}
const { summary } = JSON.parse(run.stdout);
// A violation is known by its rule and the two ends of the offending import (for a folder cycle,
// the import that closes it), not by the cycle's whole path, which moves as other imports change.
const keyOf = (violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`;
const describe = (violation) =>
  violation.cycle && violation.cycle.length > 0
    ? `${keyOf(violation)} (cycle ${violation.from} → ${violation.cycle.map((step) => step.name).join(" → ")})`
    : keyOf(violation);
const found = new Map(summary.violations.map((violation) => [keyOf(violation), describe(violation)]));
const listed = fs.existsSync(KNOWN) ? JSON.parse(fs.readFileSync(KNOWN, "utf8")) : [];
const known = new Map(listed.map((violation) => [keyOf(violation), describe(violation)]));
const added = [...found].filter(([key]) => !known.has(key)).map(([, text]) => text);
const gone = [...known].filter(([key]) => !found.has(key)).map(([, text]) => text);

console.log(
  `dependency rules: ${summary.totalCruised} modules, ${summary.totalDependenciesCruised} dependencies; ` +
    `${found.size} violation${found.size === 1 ? "" : "s"} (${found.size - added.length} known, ${added.length} new), ` +
    `${gone.length} known one${gone.length === 1 ? "" : "s"} fixed`,
);
for (const violation of added) console.log(`  new: ${violation}`);
for (const violation of gone) console.log(`  fixed: ${violation}`);
if (added.length > 0) {
  console.log("Each new one breaks a rule of .dependency-cruiser.cjs (its comment says why): change the import.");
}
if (gone.length > 0) console.log("Run `npm run check:deps:baseline` and commit the shorter list.");
process.exit(added.length > 0 || gone.length > 0 ? 1 : 0);
