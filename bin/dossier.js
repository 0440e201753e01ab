#!/usr/bin/env node
// The `dossier` command. `npm ci` builds dist/ (the `prepare` script); `npm run build` rebuilds it.
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "dist", "main.js");
if (!fs.existsSync(entry)) {
  console.error("dossier: dist/ is missing. Run `npm run build` (or `npm ci`) in the project first.");
  process.exit(1);
}
require(entry).main();
