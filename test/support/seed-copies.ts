import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SEEDS_DIR } from "../../src/seeding/seed-loader";

/** The sony-2015 data set's folder. */
export const SONY = path.join(SEEDS_DIR, "sony-2015");

/** A copy of the sony-2015 data set in a temporary folder, with `edit` applied to one file. */
export function editedCopy(file: string, edit: (records: any[]) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-seed-"));
  for (const name of fs.readdirSync(SONY)) if (/\.json$/.test(name)) fs.copyFileSync(path.join(SONY, name), path.join(dir, name));
  const records = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  edit(records);
  fs.writeFileSync(path.join(dir, file), JSON.stringify(records));
  return dir;
}
