import fs from "node:fs";
import { parse } from "csv-parse/sync";
import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import { SeedError } from "../errors";
import { MONTHS, OFAC_COUNTRY_NAMES } from "./ofac-remarks";

countries.registerLocale(english);

/** One entry of OFAC's SDN list, read and cleaned. */
export interface SdnEntry {
  /** `ent_num`: OFAC's number for the entry, stable across snapshots. */
  entryNumber: number;
  /** `SDN_Name`, as published (`KIM, Yong Chol`, `KOREA MINING DEVELOPMENT TRADING CORPORATION`). */
  name: string;
  /** `SDN_Type`: individual, vessel, aircraft, or null for an entity. */
  type: "individual" | "vessel" | "aircraft" | null;
  /** The program tags, unpacked from `NPWMD] [DPRK2`. */
  programs: string[];
  /** `Title`: an individual's position. */
  title: string | null;
  /** The vessel columns (call sign, type, tonnage, GRT, flag, owner), as one readable line. */
  vessel: string | null;
  /** `Remarks`, as published. */
  remarks: string | null;
  /** The a.k.a., f.k.a. and n.k.a. names in the remarks. */
  aliases: string[];
  /** A full date of birth (`DOB 18 Feb 1962`), when the remarks give exactly one. */
  bornOn: string | null;
  /** The nationality in the remarks, as an ISO 3166-1 alpha-2 code, when it maps to one. */
  nationality: string | null;
  /** The line of the file the entry is on. */
  line: number;
}

const COLUMNS = [
  "ent_num",
  "SDN_Name",
  "SDN_Type",
  "Program",
  "Title",
  "Call_Sign",
  "Vess_type",
  "Tonnage",
  "GRT",
  "Vess_flag",
  "Vess_owner",
  "Remarks",
];

/** A snapshot file's text, and what was odd about it. */
export interface SdnText {
  text: string;
  /** Problems that did not stop the reading (bytes that are not UTF-8), each naming the file and line. */
  warnings: string[];
}

/**
 * Reads a snapshot file as text. OFAC publishes UTF-8 (mostly ASCII); a file that is not valid
 * UTF-8 was saved by something else, most likely as Windows-1252 (Excel's "CSV" on Windows), so it
 * is read as that, with a warning naming the first bad byte, rather than with U+FFFD in place of
 * every accented letter.
 */
export function readSdnFile(file: string): SdnText {
  const bytes = fs.readFileSync(file);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    // Where the first bad byte is: the first U+FFFD of a lenient decoding (the bytes before it are UTF-8).
    const lenient = bytes.toString("utf8");
    const at = lenient.indexOf("\uFFFD");
    const offset = Buffer.byteLength(lenient.slice(0, at));
    const line = lenient.slice(0, at).split("\n").length;
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      warnings: [
        `${file}, line ${line}: byte 0x${bytes[offset].toString(16).padStart(2, "0")} (offset ${offset}) is not UTF-8; ` +
          "the file was read as Windows-1252. Check its accented names, or convert it to UTF-8 and import it again.",
      ],
    };
  }
}

/**
 * Reads OFAC's `sdn.csv` with all its quirks: no header, `-0- ` for empty, several programs packed
 * in one field (`NPWMD] [DPRK2`), a.k.a.s and dates of birth inside the remarks, CRLF line ends and
 * a DOS end-of-file byte. Every entry is checked; a malformed one is a `SeedError` naming the
 * file, the entry (and its line) and the column. A file without a single entry (an empty or failed
 * download) is refused: no SDN list is empty, and importing it would delist everyone.
 */
export function parseSdn(text: string, file: string): SdnEntry[] {
  const cleaned = text.replace(/\x1a\s*$/, "");
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(cleaned, { relax_column_count: true, info: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new SeedError(
      file,
      undefined,
      undefined,
      undefined,
      `not valid CSV${line ? ` at line ${line}` : ""} (${(error as Error).message})`,
    );
  }
  if (rows.length === 0) {
    throw new SeedError(
      file,
      undefined,
      undefined,
      undefined,
      "holds no entries: an empty or failed download? Nothing was imported",
    );
  }
  const seen = new Map<number, number>();
  return rows.map(({ record, info }, index) => {
    const line = info.lines;
    const fail = (column: string, problem: string): never => {
      throw new SeedError(file, index, record[0] ? `entry ${record[0]}` : undefined, column, problem, line);
    };
    if (record.length !== COLUMNS.length) fail("(row)", `has ${record.length} columns; the SDN format has ${COLUMNS.length}`);
    const [entNum, name, type, program, title, callSign, vesselType, tonnage, grt, flag, owner, remarks] = record.map(empty);
    const entryNumber = Number(entNum);
    if (!entNum || !Number.isInteger(entryNumber) || entryNumber <= 0)
      fail("ent_num", `"${entNum ?? ""}" is not an entry number`);
    if (seen.has(entryNumber)) fail("ent_num", `entry ${entryNumber} is also on line ${seen.get(entryNumber)}`);
    seen.set(entryNumber, line);
    if (!name) fail("SDN_Name", "is empty");
    if (type !== null && type !== "individual" && type !== "vessel" && type !== "aircraft") {
      fail("SDN_Type", `"${type}" is not individual, vessel, aircraft or -0-`);
    }
    const programs = (program ?? "")
      .split("] [")
      .map((tag) => tag.trim())
      .filter(Boolean);
    if (programs.length === 0) fail("Program", "names no program");
    const vesselParts = [
      vesselType && `type ${vesselType}`,
      flag && `flag ${flag}`,
      callSign && `call sign ${callSign}`,
      tonnage && `tonnage ${tonnage}`,
      grt && `GRT ${grt}`,
      owner && `owner ${owner}`,
    ].filter(Boolean);
    return {
      entryNumber,
      name: name!,
      type: type as SdnEntry["type"],
      programs,
      title,
      vessel: vesselParts.length > 0 ? vesselParts.join("; ") : null,
      remarks,
      aliases: aliasesIn(remarks),
      bornOn: birthDateIn(remarks),
      nationality: nationalityIn(remarks),
      line,
    };
  });
}

/** `-0- ` (with its trailing space) and blank mean empty. */
function empty(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" || trimmed === "-0-" ? null : trimmed;
}

function aliasesIn(remarks: string | null): string[] {
  if (!remarks) return [];
  return [...new Set([...remarks.matchAll(/\b[afn]\.k\.a\.,? '([^']+)'/g)].map((match) => match[1].trim()))];
}

/** The one full date of birth the remarks give (`DOB 18 Feb 1962`); null for ranges, years alone, or several. */
function birthDateIn(remarks: string | null): string | null {
  if (!remarks) return null;
  const dates = [...remarks.matchAll(/\bDOB (\d{2}) ([A-Z][a-z]{2}) (\d{4})\b(?! to)/g)];
  if (dates.length !== 1 || /\bDOB [^;]*\bto\b/.test(remarks)) return null;
  const [, day, month, year] = dates[0];
  return MONTHS[month] ? `${year}-${MONTHS[month]}-${day}` : null;
}

function nationalityIn(remarks: string | null): string | null {
  const match = remarks?.match(/\bnationality ([^;.]+)/);
  if (!match) return null;
  const name = match[1].trim();
  return OFAC_COUNTRY_NAMES[name] ?? countries.getAlpha2Code(name, "en") ?? null;
}
