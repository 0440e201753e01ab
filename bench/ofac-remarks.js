#!/usr/bin/env node
// What the remarks parser reads from OFAC's SDN list: items per field kind, identifiers per kind,
// and the commonest items kept as text (digits folded), so a user sees what the data holds.
// Usage: npm run build && node bench/ofac-remarks.js [sdn.csv]
const path = require("node:path");
const { readSdnFile, parseSdn } = require("../dist/importing/ofac-sdn");
const { parseRemarks, countKinds, remarkItems } = require("../dist/importing/ofac-remarks");

const file = process.argv[2] ?? path.join(__dirname, "..", "seeds", "ofac", "sdn-2024-05-03.csv");
const started = process.hrtime.bigint();
const entries = parseSdn(readSdnFile(file).text, file);
const parsed = entries.map((entry) => parseRemarks(entry.remarks));
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const items = entries.reduce((n, entry) => n + (entry.remarks ? remarkItems(entry.remarks).length : 0), 0);
const counts = countKinds(parsed);
console.log(`${path.basename(file)}: ${entries.length} entries, ${items} remark items, read and parsed in ${ms.toFixed(0)} ms`);
for (const [kind, n] of Object.entries(counts))
  console.log(`  ${kind.padEnd(14)} ${String(n).padStart(6)}  ${((100 * n) / items).toFixed(1)}%`);
const individuals = entries.filter((entry) => entry.type === "individual");
const withBirth = individuals.filter((entry) => parseRemarks(entry.remarks).birthDates.length > 0).length;
console.log(
  `  individuals with a birth date: ${withBirth} of ${individuals.length} (${((100 * withBirth) / individuals.length).toFixed(0)}%)`,
);
const kinds = {};
for (const remarks of parsed)
  for (const identifier of remarks.identifiers) kinds[identifier.kind] = (kinds[identifier.kind] ?? 0) + 1;
console.log(
  `identifiers: ${Object.entries(kinds)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ")}`,
);
const shapes = new Map();
for (const remarks of parsed)
  for (const item of remarks.other) {
    const shape = item.replace(/\d+/g, "N").slice(0, 60);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
console.log("commonest items kept as text:");
for (const [shape, n] of [...shapes].sort((a, b) => b[1] - a[1]).slice(0, 10))
  console.log(`  ${String(n).padStart(5)}  ${shape}`);
