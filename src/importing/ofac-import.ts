import type { DataSource } from "typeorm";
import { ActorKind } from "../actors/actor.enums";
import type { Actor } from "../actors/actor.entity";
import { actorRecords } from "../actors/actor.writer";
import { AuditTrail } from "../audit/audit-trail";
import type { Row } from "../db/rows";
import { inList, sql, type Sql } from "../db/sql";
import { designationRecords } from "../designations/designation.writer";
import { RECORD_TYPES } from "../domains";
import { DesignationStatus } from "../designations/designation.enums";
import { SanctionKind } from "../sanctions/sanction.enums";
import { sanctionRecords } from "../sanctions/sanction.writer";
import { SourceKind } from "../sources/source.enums";
import { sourceRecords } from "../sources/source.writer";
import { SeedError } from "../errors";
import { RecordWriter } from "../writing/record-writer";
import type { TableCounts } from "../writing/sync-writer";
import { birthDateList, parseRemarks } from "./ofac-remarks";
import type { SdnEntry } from "./ofac-sdn";

/** The mark on actors the importer created and keeps up to date (`Actor.maintainedBy`). */
export const OFAC_MAINTAINER = "ofac-sdn";

/** The actor that issues every program's designations. */
export const OFAC_ACTOR_ID = "actor:ofac";

/** The legal basis of the programs whose tag does not name it (tags like `RUSSIA-EO14024` do). */
const LEGAL_BASIS: Record<string, string> = {
  DPRK: "Executive Order 13551",
  DPRK2: "Executive Order 13687",
  DPRK3: "Executive Order 13722",
  DPRK4: "Executive Order 13810",
  NPWMD: "Executive Order 13382",
  CYBER2: "Executive Order 13694, as amended by Executive Order 13757",
  SDGT: "Executive Order 13224",
  GLOMAG: "Executive Order 13818",
  SDNT: "Executive Order 12978",
  SDNTK: "Foreign Narcotics Kingpin Designation Act",
  FTO: "Section 219 of the Immigration and Nationality Act",
  MAGNIT: "Sergei Magnitsky Rule of Law Accountability Act of 2012",
};

/** The legal basis of a program: from the table, or from an `EO<number>` in its tag. */
export function legalBasisOf(program: string): string | null {
  const executiveOrder = program.match(/EO ?(\d{5})/);
  return LEGAL_BASIS[program] ?? (executiveOrder ? `Executive Order ${executiveOrder[1]}` : null);
}

/** A program tag as an ID slug: `RUSSIA-EO14024` → `russia-eo14024`, `CAATSA - RUSSIA` → `caatsa-russia`. */
function slug(program: string): string {
  return program
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The ID of the sanction that stands for a program. */
export function programSanctionId(program: string): string {
  return `sanction:ofac-${slug(program)}`;
}

/** The ID of the designation of an entry under a program. */
export function designationId(entryNumber: number, program: string): string {
  return `designation:ofac-${entryNumber}-${slug(program)}`;
}

/** Who the audit trail names as the writer of the snapshot of `asOf` (and what `undoSnapshot` looks for). */
export function importer(asOf: string): string {
  return `import-ofac:${asOf}`;
}

/** The share of ACTIVE designations a snapshot may delist unless told otherwise (`--max-delisting`). */
export const DEFAULT_MAX_DELISTING = 0.05;

/**
 * Checks a snapshot's date: a real calendar date written `YYYY-MM-DD` (not `2024-02-31`), and not
 * later than today anywhere on Earth (UTC+14): a date in the future would refuse every real
 * snapshot after it as "older". Throws a `SeedError` naming `--as-of`.
 */
export function checkSnapshotDate(asOf: string, file: string, now = new Date()): void {
  const fail = (problem: string): never => {
    throw new SeedError(file, undefined, undefined, "--as-of", problem);
  };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) fail(`"${asOf}" must be a date written YYYY-MM-DD`);
  const [year, month, day] = match!.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    fail(`${asOf} is not a day of the calendar`);
  const latestToday = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  if (asOf > latestToday) fail(`${asOf} is in the future; give the date OFAC published the snapshot`);
}

/** What an import did: rows per table, and how many designations it delisted. */
export interface OfacImportReport {
  tables: Record<string, TableCounts>;
  entries: number;
  designations: number;
  delisted: number;
}

const KIND_OF_TYPE: Record<string, ActorKind> = {
  individual: ActorKind.PERSON,
  vessel: ActorKind.VESSEL,
  aircraft: ActorKind.AIRCRAFT,
};

/**
 * Imports one snapshot of OFAC's SDN list, taken on `asOf`, in one transaction:
 *
 * - each entry becomes an Actor, matched by entry number: actors the importer created
 *   (`maintainedBy: "ofac-sdn"`) follow the list; curated actors (the seed data's designees) keep
 *   their fields and only gain the list's names as aliases, its remarks, and what they lacked;
 * - each program becomes one Sanction (`sanction:ofac-<program>`), issued by OFAC;
 * - each (entry, program) pair becomes a Designation (`designation:ofac-<entry>-<program>`), ACTIVE;
 * - every ACTIVE designation with an OFAC entry number that the snapshot no longer has is DELISTED
 *   with `delistedOn` = `asOf`. Nothing is deleted.
 *
 * Importing the same snapshot twice changes nothing; a snapshot older than one the database already
 * has (imported, or cited by a data set) is refused, since it would undo later changes. So is one
 * dated in the future, or one that would delist more than `maxDelisting` of the ACTIVE designations
 * (a truncated or wrong file is far likelier than OFAC emptying its list) unless
 * `allowMassDelisting` says it is meant. Every change is in the audit trail as written by
 * `import-ofac:<asOf>`, which is how `undoSnapshot` takes a snapshot back.
 */
export async function importSdn(
  dataSource: DataSource,
  entries: SdnEntry[],
  options: {
    asOf: string;
    file: string;
    onWritten?: (records: number) => void;
    /** The largest share (0–1) of ACTIVE designations the snapshot may delist. Defaults to `DEFAULT_MAX_DELISTING`. */
    maxDelisting?: number;
    /** Delist however many the snapshot no longer has. Defaults to false. */
    allowMassDelisting?: boolean;
    /** Today, for the date check. Defaults to now. */
    now?: Date;
  },
): Promise<OfacImportReport> {
  checkSnapshotDate(options.asOf, options.file, options.now);
  return dataSource.transaction(async (manager) => {
    const run = (statement: Sql) => manager.query(statement.sql, statement.values) as Promise<Row[]>;
    const [latest] = await run(sql`SELECT MAX(published_on) AS latest FROM sources WHERE id LIKE 'source:ofac-sdn-%'`);
    const latestSnapshot = latest?.latest ? String(latest.latest).slice(0, 10) : null;
    if (latestSnapshot && options.asOf < latestSnapshot) {
      throw new SeedError(
        options.file,
        undefined,
        undefined,
        "--as-of",
        `${options.asOf} is older than a snapshot the database already has (${latestSnapshot}); importing it would undo later changes`,
      );
    }
    const pairs = entries.flatMap((entry) =>
      entry.programs.map((program) => ({ entry, program, id: designationId(entry.entryNumber, program) })),
    );
    const listed = new Set(pairs.map((pair) => pair.id));
    const active = await run(
      sql`SELECT id FROM designations WHERE ofac_entry_number IS NOT NULL AND status = ${DesignationStatus.ACTIVE}`,
    );
    const gone = active.map((row) => String(row.id)).filter((id) => !listed.has(id));
    const maxDelisting = options.maxDelisting ?? DEFAULT_MAX_DELISTING;
    if (!options.allowMassDelisting && gone.length > maxDelisting * active.length) {
      const share = (n: number) => `${Math.round(n * 1000) / 10}%`;
      throw new SeedError(
        options.file,
        undefined,
        undefined,
        undefined,
        `would delist ${gone.length.toLocaleString("en")} of the ${active.length.toLocaleString("en")} ACTIVE designations ` +
          `(${share(gone.length / active.length)}; at most ${share(maxDelisting)} may go in one snapshot). A truncated or ` +
          "wrong file is far likelier than OFAC delisting that many: nothing was imported. If OFAC really did, import it " +
          "again with --allow-mass-delisting",
      );
    }
    const audit = new AuditTrail({ name: importer(options.asOf) });
    const writer = new RecordWriter(dataSource, run, RECORD_TYPES, audit, options.onWritten);
    const sourceId = `source:ofac-sdn-${options.asOf}`;

    await writer.store(sourceRecords, [
      {
        id: sourceId,
        title: `Specially Designated Nationals and Blocked Persons List (SDN), snapshot of ${options.asOf}`,
        publisher: "Office of Foreign Assets Control, U.S. Department of the Treasury",
        url: "https://www.treasury.gov/ofac/downloads/sdn.csv",
        publishedOn: options.asOf,
        kind: SourceKind.SANCTIONS_LIST,
      },
    ]);
    await ensureOfacActor(run, writer);

    const existing = await actorsByEntry(
      run,
      entries.map((entry) => entry.entryNumber),
    );
    const actorIdOf = (entry: SdnEntry) => existing.get(entry.entryNumber)?.id ?? `actor:ofac-${entry.entryNumber}`;
    await writer.store(
      actorRecords,
      entries.map((entry) => actorRecord(entry, existing.get(entry.entryNumber))),
      { origin: options.file },
    );
    const created = entries.filter((entry) => !existing.has(entry.entryNumber)).map(actorIdOf);
    await writer.storeLinks(actorRecords, "sources", new Map(created.map((id) => [id, [sourceId]])));

    const programs = [...new Set(entries.flatMap((entry) => entry.programs))].sort();
    const knownSanctions = new Set(
      (await run(sql`SELECT id FROM sanctions WHERE ${inList("id", programs.map(programSanctionId))}`)).map((row) =>
        String(row.id),
      ),
    );
    await writer.store(
      sanctionRecords,
      programs
        .filter((program) => !knownSanctions.has(programSanctionId(program)))
        .map((program) => ({
          id: programSanctionId(program),
          title: `OFAC sanctions program ${program}`,
          kind: SanctionKind.PROGRAM,
          authorityId: OFAC_ACTOR_ID,
          legalBasis: legalBasisOf(program),
          program,
          summary: null,
          announcedOn: null,
          liftedOn: null,
        })),
      { origin: options.file },
    );
    const newSanctions = programs.map(programSanctionId).filter((id) => !knownSanctions.has(id));
    await writer.storeLinks(sanctionRecords, "sources", new Map(newSanctions.map((id) => [id, [sourceId]])));

    const knownDesignations = new Set<string>();
    for (let i = 0; i < pairs.length; i += 500) {
      const rows = await run(
        sql`SELECT id FROM designations WHERE ${inList(
          "id",
          pairs.slice(i, i + 500).map((pair) => pair.id),
        )}`,
      );
      for (const row of rows) knownDesignations.add(String(row.id));
    }
    await writer.store(
      designationRecords,
      pairs.map(({ entry, program, id }) =>
        knownDesignations.has(id)
          ? // Known: keep its reason, listing date and source; only its standing follows the list.
            { id, status: DesignationStatus.ACTIVE, delistedOn: null }
          : {
              id,
              sanctionId: programSanctionId(program),
              targetId: actorIdOf(entry),
              reason: null,
              listedOn: null,
              delistedOn: null,
              status: DesignationStatus.ACTIVE,
              ofacEntryNumber: entry.entryNumber,
              sourceId,
            },
      ),
      { origin: options.file },
    );

    await writer.store(
      designationRecords,
      gone.map((id) => ({ id, status: DesignationStatus.DELISTED, delistedOn: options.asOf })),
      { origin: options.file },
    );

    await writer.flush();
    return { tables: writer.report, entries: entries.length, designations: pairs.length, delisted: gone.length };
  });
}

interface ExistingActor {
  id: string;
  maintainedBy: string | null;
  aliases: string[];
  bornOn: string | null;
  country: string | null;
  title: string | null;
  birthDates: string[];
  birthPlaces: string[];
  nationalities: string[];
  citizenships: string[];
  gender: string | null;
}

async function actorsByEntry(
  run: (statement: Sql) => Promise<Row[]>,
  entryNumbers: number[],
): Promise<Map<number, ExistingActor>> {
  const found = new Map<number, ExistingActor>();
  for (let i = 0; i < entryNumbers.length; i += 500) {
    const rows = await run(sql`
      SELECT id, ofac_entry_number, maintained_by, aliases, born_on, country, title,
        birth_dates, birth_places, nationalities, citizenships, gender FROM actors
      WHERE ${inList("ofac_entry_number", entryNumbers.slice(i, i + 500))}`);
    for (const row of rows) {
      found.set(Number(row.ofac_entry_number), {
        id: String(row.id),
        maintainedBy: (row.maintained_by as string | null) ?? null,
        aliases: JSON.parse(String(row.aliases ?? "[]")),
        bornOn: row.born_on ? String(row.born_on).slice(0, 10) : null,
        country: (row.country as string | null) ?? null,
        title: (row.title as string | null) ?? null,
        birthDates: JSON.parse(String(row.birth_dates ?? "[]")),
        birthPlaces: JSON.parse(String(row.birth_places ?? "[]")),
        nationalities: JSON.parse(String(row.nationalities ?? "[]")),
        citizenships: JSON.parse(String(row.citizenships ?? "[]")),
        gender: (row.gender as string | null) ?? null,
      });
    }
  }
  return found;
}

/**
 * The actor record an entry gives: the whole record for an actor the importer maintains (or
 * creates); for a curated actor, only the list's names added to its aliases, its remarks, and the
 * fields it lacked.
 */
function actorRecord(entry: SdnEntry, existing: ExistingActor | undefined): Partial<Actor> {
  const names = [...new Set([entry.name, ...entry.aliases])];
  const remarks = parseRemarks(entry.remarks);
  const listed = {
    birthDates: birthDateList(remarks.birthDates),
    birthPlaces: [...new Set(remarks.birthPlaces)],
    nationalities: [...new Set(remarks.nationalities)],
    citizenships: [...new Set(remarks.citizenships)],
    gender: remarks.gender,
  };
  if (existing && existing.maintainedBy !== OFAC_MAINTAINER) {
    const aliases = [...existing.aliases, ...names.filter((name) => !existing.aliases.includes(name))];
    const unlessCurated = (mine: string[], theirs: string[]) => (mine.length > 0 ? mine : theirs);
    return {
      id: existing.id,
      aliases,
      remarks: entry.remarks,
      ofacEntryNumber: entry.entryNumber,
      bornOn: existing.bornOn ?? entry.bornOn,
      country: existing.country ?? entry.nationality,
      title: existing.title ?? entry.title,
      // What a curator recorded stays; what they left empty the list fills.
      birthDates: unlessCurated(existing.birthDates, listed.birthDates),
      birthPlaces: unlessCurated(existing.birthPlaces, listed.birthPlaces),
      nationalities: unlessCurated(existing.nationalities, listed.nationalities),
      citizenships: unlessCurated(existing.citizenships, listed.citizenships),
      gender: (existing.gender as Actor["gender"]) ?? listed.gender,
    };
  }
  return {
    id: existing?.id ?? `actor:ofac-${entry.entryNumber}`,
    name: entry.name,
    kind: entry.type ? KIND_OF_TYPE[entry.type] : ActorKind.ORGANIZATION,
    aliases: entry.aliases.filter((alias) => alias !== entry.name),
    description: entry.vessel ? `Vessel: ${entry.vessel}.` : null,
    country: entry.nationality,
    title: entry.title,
    bornOn: entry.bornOn,
    ...listed,
    ofacEntryNumber: entry.entryNumber,
    remarks: entry.remarks,
    maintainedBy: OFAC_MAINTAINER,
    // Set when the importer creates the actor; left alone after, so curators can set them.
    ...(existing ? {} : { isOfficial: false, isAnonymous: false, affiliationId: null, wikidataId: null }),
  };
}

/** Creates the Office of Foreign Assets Control, the authority of every program, unless it exists. */
async function ensureOfacActor(run: (statement: Sql) => Promise<Row[]>, writer: RecordWriter): Promise<void> {
  const [ofac] = await run(sql`SELECT id FROM actors WHERE id = ${OFAC_ACTOR_ID}`);
  if (ofac) return;
  const [treasury] = await run(sql`SELECT id FROM actors WHERE id = ${"actor:us-treasury"}`);
  await writer.store(actorRecords, [
    {
      id: OFAC_ACTOR_ID,
      name: "Office of Foreign Assets Control",
      kind: ActorKind.AGENCY,
      aliases: ["OFAC"],
      description:
        "The office of the U.S. Department of the Treasury that administers and enforces sanctions and publishes the SDN list.",
      country: "US",
      title: null,
      isOfficial: true,
      isAnonymous: false,
      affiliationId: treasury ? String(treasury.id) : null,
      bornOn: null,
      ofacEntryNumber: null,
      wikidataId: null,
      remarks: null,
      maintainedBy: null,
    },
  ]);
}
