import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { actorRecords } from "../../src/actors/actor.writer";
import { sanctionRecords } from "../../src/sanctions/sanction.writer";
import { RECORD_TYPES } from "../../src/domains";
import { Database } from "../../src/db/database";
import { RecordEditor } from "../../src/editing/record-editor";
import { checkSnapshotDate, designationId, importSdn, legalBasisOf, programSanctionId } from "../../src/importing/ofac-import";
import { parseSdn, readSdnFile } from "../../src/importing/ofac-sdn";
import { undoSnapshot } from "../../src/importing/ofac-undo";
import { seed } from "../../src/seeding/seed-loader";
import { SDN_FILE } from "../support/sources";
import { createTestDataSource } from "../support/test-database";

/** A snapshot in OFAC's format, quirks included: CRLF, `-0- `, packed programs, a DOS end-of-file byte. */
function snapshot(rows: string[][]): string {
  const cell = (value: string) => (value === "" ? "-0- " : `"${value}"`);
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n\x1a`;
}

const row = (entry: number, name: string, type: string, programs: string, title = "", remarks = "") => [
  String(entry),
  name,
  type,
  programs,
  title,
  "",
  "",
  "",
  "",
  "",
  "",
  remarks,
];

describe("parseSdn", () => {
  it("reads the format's quirks: empty cells, packed programs, a.k.a.s, date of birth, nationality, the end-of-file byte", () => {
    const [entry] = parseSdn(
      snapshot([
        row(
          1001,
          "DOE, John",
          "individual",
          "NPWMD] [DPRK2",
          "Agent",
          "DOB 05 Mar 1970; nationality Korea, North; a.k.a. 'JD'; f.k.a. 'J. DOE'.",
        ),
      ]),
      "sdn.csv",
    );
    expect(entry).toEqual({
      entryNumber: 1001,
      name: "DOE, John",
      type: "individual",
      programs: ["NPWMD", "DPRK2"],
      title: "Agent",
      vessel: null,
      remarks: "DOB 05 Mar 1970; nationality Korea, North; a.k.a. 'JD'; f.k.a. 'J. DOE'.",
      aliases: ["JD", "J. DOE"],
      bornOn: "1970-03-05",
      nationality: "KP",
      line: 1,
    });
  });

  it("leaves out dates of birth that are not one full date", () => {
    const [range, year] = parseSdn(
      snapshot([
        row(1, "A", "individual", "SDGT", "", "DOB 01 Jan 1954 to 31 Dec 1955."),
        row(2, "B", "individual", "SDGT", "", "DOB 1950."),
      ]),
      "sdn.csv",
    );
    expect([range.bornOn, year.bornOn]).toEqual([null, null]);
  });

  it("names the file, entry, line and column of a malformed row", () => {
    expect(() => parseSdn(snapshot([row(1, "A", "", "SDGT"), row(2, "B", "robot", "SDGT")]), "sdn.csv")).toThrow(
      'sdn.csv, record 1 (line 2, entry 2), field SDN_Type: "robot" is not individual, vessel, aircraft or -0-',
    );
    expect(() => parseSdn(snapshot([row(1, "A", "", "")]), "sdn.csv")).toThrow(
      "sdn.csv, record 0 (line 1, entry 1), field Program: names no program",
    );
    expect(() => parseSdn(snapshot([row(1, "A", "", "SDGT"), row(1, "B", "", "SDGT")]), "sdn.csv")).toThrow(
      "field ent_num: entry 1 is also on line 1",
    );
  });

  it("reads the whole published list", () => {
    const entries = parseSdn(fs.readFileSync(SDN_FILE, "utf8"), SDN_FILE);
    expect(entries).toHaveLength(14965);
    expect(entries.find((e) => e.entryNumber === 9345)).toMatchObject({ programs: ["NPWMD", "DPRK2"], aliases: ["KOMID"] });
  });
});

describe("readSdnFile", () => {
  const write = (bytes: Buffer) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-sdn-")), "sdn.csv");
    fs.writeFileSync(file, bytes);
    return file;
  };

  it("reads UTF-8 as it is, without warnings", () => {
    const file = write(Buffer.from(snapshot([row(1, "ÇEYLAN, Ali", "individual", "SDGT")]), "utf8"));
    const { text, warnings } = readSdnFile(file);
    expect(warnings).toEqual([]);
    expect(parseSdn(text, file)[0].name).toBe("ÇEYLAN, Ali");
  });

  it("reads a file that is not UTF-8 as Windows-1252, with a warning naming the line and the byte, never as U+FFFD", () => {
    const text = snapshot([row(1, "ALPHA", "", "SDGT"), row(2, "ÇEYLAN, Ali", "individual", "SDGT")]);
    const file = write(Buffer.from(text, "latin1"));
    const read = readSdnFile(file);
    expect(read.text).not.toContain("\uFFFD");
    expect(parseSdn(read.text, file)[1].name).toBe("ÇEYLAN, Ali");
    const offset = Buffer.from(text, "latin1").indexOf(0xc7);
    expect(read.warnings).toEqual([
      `${file}, line 2: byte 0xc7 (offset ${offset}) is not UTF-8; the file was read as Windows-1252. Check its accented names, or convert it to UTF-8 and import it again.`,
    ]);
  });
});

describe("importSdn", () => {
  let dataSource: DataSource;

  beforeEach(async () => {
    dataSource = await createTestDataSource();
    await seed(dataSource);
  });

  afterEach(async () => {
    await dataSource.destroy();
  });

  const count = async (query: string) => Number((await dataSource.query(query))[0].n);

  it("imports the full list: an actor per entry, a sanction per program, a designation per pair, the seed's designees reused", async () => {
    const entries = parseSdn(fs.readFileSync(SDN_FILE, "utf8"), SDN_FILE);
    const report = await importSdn(dataSource, entries, { asOf: "2024-05-03", file: SDN_FILE });
    const pairs = entries.reduce((n, e) => n + e.programs.length, 0);
    expect(report).toMatchObject({ entries: 14965, designations: pairs, delisted: 0 });
    expect(await count("SELECT COUNT(*) AS n FROM actors WHERE ofac_entry_number IS NOT NULL")).toBe(14965);
    expect(await count("SELECT COUNT(DISTINCT ofac_entry_number) AS n FROM actors")).toBe(14965);
    expect(await count("SELECT COUNT(*) AS n FROM designations WHERE ofac_entry_number IS NOT NULL")).toBe(pairs);
    expect(await count("SELECT COUNT(*) AS n FROM sanctions WHERE authority_id = 'actor:ofac'")).toBe(74); // 75 programs; DPRK2 is the seed's

    // KOMID: the seed's actor, under NPWMD and DPRK2, with its a.k.a.
    const [komid] = await dataSource.query("SELECT id, name, aliases, maintained_by FROM actors WHERE ofac_entry_number = 9345");
    expect(komid).toMatchObject({ id: "actor:komid", name: "Korea Mining Development Trading Corporation", maintained_by: null });
    expect(JSON.parse(komid.aliases)).toEqual(["KOMID", "KOREA MINING DEVELOPMENT TRADING CORPORATION"]);
    const designations = await dataSource.query(
      "SELECT id, sanction_id, status FROM designations WHERE target_id = 'actor:komid' ORDER BY id",
    );
    expect(designations).toEqual([
      { id: "designation:ofac-9345-dprk2", sanction_id: "sanction:ofac-dprk2", status: "ACTIVE" },
      { id: "designation:ofac-9345-npwmd", sanction_id: "sanction:ofac-npwmd", status: "ACTIVE" },
    ]);
    expect(await count("SELECT COUNT(*) AS n FROM actors WHERE id = 'actor:ofac-9345'")).toBe(0);

    // A curated designee keeps its name and the seed's listing date and reason.
    const [kim] = await dataSource.query("SELECT name FROM actors WHERE id = 'actor:ofac-17614'");
    expect(kim.name).toBe("Kim Yong Chol");
    const [seeded] = await dataSource.query(
      "SELECT listed_on, reason FROM designations WHERE id = 'designation:ofac-17614-dprk2'",
    );
    expect(seeded).toMatchObject({ listed_on: "2015-01-02", reason: expect.stringContaining("KOMID Representative in Iran") });

    // Imported entries: kind from SDN_Type, nationality, date of birth, vessels.
    const [imported] = await dataSource.query(
      "SELECT name, kind, country, born_on, maintained_by FROM actors WHERE ofac_entry_number = 17622",
    );
    expect(imported).toEqual({
      name: "KIM, Sok Chol",
      kind: "PERSON",
      country: "KP",
      born_on: "1955-05-08",
      maintained_by: "ofac-sdn",
    });
    expect(await count("SELECT COUNT(*) AS n FROM actors WHERE kind = 'VESSEL'")).toBe(851);

    // The legal basis of the programs the API names.
    for (const [program, basis] of Object.entries({
      DPRK: "Executive Order 13551",
      DPRK3: "Executive Order 13722",
      NPWMD: "Executive Order 13382",
      CYBER2: "Executive Order 13694, as amended by Executive Order 13757",
      SDGT: "Executive Order 13224",
      "RUSSIA-EO14024": "Executive Order 14024",
    })) {
      expect(legalBasisOf(program)).toBe(basis);
      const [sanction] = await dataSource.query("SELECT legal_basis FROM sanctions WHERE id = ?", [programSanctionId(program)]);
      expect(sanction.legal_basis).toBe(basis);
    }

    // An editor's correction makes an imported actor curated: the next import keeps it.
    await new RecordEditor(new Database(dataSource), RECORD_TYPES).update(
      actorRecords,
      "actor:ofac-17622",
      { name: "Kim Sok Chol" },
      null,
    );
    await importSdn(dataSource, entries, { asOf: "2024-05-03", file: SDN_FILE });
    const [corrected] = await dataSource.query("SELECT name, maintained_by, aliases FROM actors WHERE id = 'actor:ofac-17622'");
    expect(corrected).toMatchObject({ name: "Kim Sok Chol", maintained_by: null });
    expect(JSON.parse(corrected.aliases)).toContain("KIM, Sok Chol");

    // The same snapshot again changes nothing.
    const again = await importSdn(dataSource, entries, { asOf: "2024-05-03", file: SDN_FILE });
    for (const counts of Object.values(again.tables)) expect(counts).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
  });

  it("follows a newer snapshot: updates what changed, delists what is gone, deletes nothing", async () => {
    const first = snapshot([
      row(900001, "ALPHA TRADING", "", "NPWMD] [DPRK2", "", "a.k.a. 'ALPHA'."),
      row(900002, "BETA, Bob", "individual", "SDGT", "Financier"),
      row(9345, "KOREA MINING DEVELOPMENT TRADING CORPORATION", "", "NPWMD] [DPRK2", "", "a.k.a. 'KOMID'."),
    ]);
    const second = snapshot([
      row(900001, "ALPHA TRADING CO", "", "DPRK2", "", "a.k.a. 'ALPHA'."), // renamed, dropped from NPWMD
      row(9345, "KOREA MINING DEVELOPMENT TRADING CORPORATION", "", "NPWMD] [DPRK2", "", "a.k.a. 'KOMID'."),
      row(900003, "GAMMA SHIPPING", "vessel", "IRAN"), // new
    ]); // 900002 is gone
    // Small snapshots over the seed: most of what is ACTIVE goes, which a real one would be refused for.
    const mass = { allowMassDelisting: true };
    await importSdn(dataSource, parseSdn(first, "first.csv"), { asOf: "2024-06-01", file: "first.csv", ...mass });
    const report = await importSdn(dataSource, parseSdn(second, "second.csv"), {
      asOf: "2024-07-01",
      file: "second.csv",
      ...mass,
    });

    const status = async (id: string) =>
      (await dataSource.query("SELECT status, delisted_on FROM designations WHERE id = ?", [id]))[0];
    expect(await status(designationId(900001, "NPWMD"))).toEqual({ status: "DELISTED", delisted_on: "2024-07-01" });
    expect(await status(designationId(900001, "DPRK2"))).toEqual({ status: "ACTIVE", delisted_on: null });
    expect(await status(designationId(900002, "SDGT"))).toEqual({ status: "DELISTED", delisted_on: "2024-07-01" });
    expect(await status(designationId(900003, "IRAN"))).toEqual({ status: "ACTIVE", delisted_on: null });
    expect(await status(designationId(9345, "NPWMD"))).toEqual({ status: "ACTIVE", delisted_on: null });
    // The seed's other DPRK2 designees are not in these small snapshots: they are delisted too.
    expect(await status(designationId(17614, "DPRK2"))).toEqual({ status: "DELISTED", delisted_on: "2024-06-01" });
    expect(report.delisted).toBe(2);

    const [alpha] = await dataSource.query("SELECT name FROM actors WHERE ofac_entry_number = 900001");
    expect(alpha.name).toBe("ALPHA TRADING CO");
    expect(await count("SELECT COUNT(*) AS n FROM actors WHERE ofac_entry_number = 900002")).toBe(1);
    const [gamma] = await dataSource.query("SELECT kind FROM actors WHERE ofac_entry_number = 900003");
    expect(gamma.kind).toBe("VESSEL");

    // A designation that comes back is ACTIVE again.
    await importSdn(dataSource, parseSdn(first, "first.csv"), { asOf: "2024-08-01", file: "first.csv", ...mass });
    expect(await status(designationId(900002, "SDGT"))).toEqual({ status: "ACTIVE", delisted_on: null });
  });

  it("checks what it writes against the record types, as a data set is checked: a bad value stops it, naming the field", async () => {
    const tooLong = "A".repeat(300);
    const file = "sdn-bad.csv";
    const entries = parseSdn(snapshot([row(900101, "GOOD TRADING", "", "SDGT"), row(900102, tooLong, "", "SDGT")]), file);
    const before = await count("SELECT COUNT(*) AS n FROM actors");
    await expect(importSdn(dataSource, entries, { asOf: "2024-06-01", file, allowMassDelisting: true })).rejects.toThrow(
      "sdn-bad.csv, record 1 (actor:ofac-900102), field name: must NOT have more than 255 characters",
    );
    expect(await count("SELECT COUNT(*) AS n FROM actors")).toBe(before);
  });

  it("imports programs as OFAC writes them (CAATSA - RUSSIA, SOUTH SUDAN), which an editor can then change", async () => {
    const list = snapshot([row(900201, "DELTA TRADING", "", "CAATSA - RUSSIA] [SOUTH SUDAN")]);
    await importSdn(dataSource, parseSdn(list, "c.csv"), { asOf: "2024-06-01", file: "c.csv", allowMassDelisting: true });
    const [sanction] = await dataSource.query("SELECT program FROM sanctions WHERE id = ?", [
      programSanctionId("CAATSA - RUSSIA"),
    ]);
    expect(sanction.program).toBe("CAATSA - RUSSIA");
    await new RecordEditor(new Database(dataSource), RECORD_TYPES).update(
      sanctionRecords,
      programSanctionId("CAATSA - RUSSIA"),
      { summary: "Countering America's Adversaries Through Sanctions Act, Russia." },
      null,
    );
    const [edited] = await dataSource.query("SELECT program, summary FROM sanctions WHERE id = ?", [
      programSanctionId("CAATSA - RUSSIA"),
    ]);
    expect(edited).toEqual({
      program: "CAATSA - RUSSIA",
      summary: "Countering America's Adversaries Through Sanctions Act, Russia.",
    });
  });

  it("refuses a snapshot older than one the database already has", async () => {
    const list = snapshot([row(900001, "ALPHA", "", "SDGT")]);
    await importSdn(dataSource, parseSdn(list, "a.csv"), { asOf: "2024-06-01", file: "a.csv", allowMassDelisting: true });
    await expect(importSdn(dataSource, parseSdn(list, "b.csv"), { asOf: "2024-05-31", file: "b.csv" })).rejects.toThrow(
      "b.csv, field --as-of: 2024-05-31 is older than a snapshot the database already has (2024-06-01); importing it would undo later changes",
    );
  });

  describe("a snapshot that would do harm", () => {
    const real = () => parseSdn(fs.readFileSync(SDN_FILE, "utf8"), SDN_FILE);
    /** Every designation's standing, and how many audit entries there are: what a refused import must leave alone. */
    const state = async () => ({
      designations: await dataSource.query("SELECT id, status, delisted_on FROM designations ORDER BY id"),
      audit: await count("SELECT COUNT(*) AS n FROM audit_log"),
      sources: await count("SELECT COUNT(*) AS n FROM sources"),
    });

    it("refuses an empty file, or one with nothing but line ends and the end-of-file byte", () => {
      for (const text of ["", "\x1a", "\r\n\r\n\x1a"])
        expect(() => parseSdn(text, "sdn.csv")).toThrow(
          "sdn.csv: holds no entries: an empty or failed download? Nothing was imported",
        );
    });

    it("refuses a truncated list that would delist more than 5% of the ACTIVE designations, writing nothing", async () => {
      const entries = real();
      await importSdn(dataSource, entries, { asOf: "2024-05-03", file: SDN_FILE });
      const before = await state();
      // The ACTIVE designations that come from OFAC's list (the data set's own two without an entry number are not).
      const active = await count(
        "SELECT COUNT(*) AS n FROM designations WHERE status = 'ACTIVE' AND ofac_entry_number IS NOT NULL",
      );
      // Cut on a line boundary, as an interrupted download is: the first 2,000 entries.
      const truncated = entries.slice(0, 2000);
      const gone = active - truncated.reduce((n, entry) => n + entry.programs.length, 0);
      await expect(importSdn(dataSource, truncated, { asOf: "2024-05-10", file: "cut.csv" })).rejects.toThrow(
        `cut.csv: would delist ${gone.toLocaleString("en")} of the ${active.toLocaleString("en")} ACTIVE designations`,
      );
      await expect(importSdn(dataSource, truncated, { asOf: "2024-05-10", file: "cut.csv" })).rejects.toThrow(
        "at most 5% may go in one snapshot). A truncated or wrong file is far likelier than OFAC delisting that many: nothing was imported. If OFAC really did, import it again with --allow-mass-delisting",
      );
      expect(await state()).toEqual(before);

      // A few delisted, as in a real week, pass; the share is the caller's to set; the flag lets anything through.
      const week = entries.filter((entry) => entry.entryNumber % 100 !== 7);
      const report = await importSdn(dataSource, week, { asOf: "2024-05-10", file: "week.csv" });
      expect(report.delisted).toBeGreaterThan(0);
      expect(report.delisted).toBeLessThan(0.05 * active);
      await expect(
        importSdn(dataSource, week.slice(0, 14000), { asOf: "2024-05-11", file: "a.csv", maxDelisting: 0.01 }),
      ).rejects.toThrow("at most 1% may go");
      expect(
        (await importSdn(dataSource, week.slice(0, 14000), { asOf: "2024-05-11", file: "a.csv", maxDelisting: 0.2 })).delisted,
      ).toBeGreaterThan(0);
      const everything = await importSdn(dataSource, truncated, {
        asOf: "2024-05-12",
        file: "cut.csv",
        allowMassDelisting: true,
      });
      expect(everything.delisted).toBeGreaterThan(0.5 * active);
    });

    it("refuses future dates and days that are not on the calendar, and takes leap days", async () => {
      const list = snapshot([row(900001, "ALPHA", "", "SDGT")]);
      const now = new Date("2026-12-02T12:00:00Z");
      const attempt = (asOf: string) =>
        importSdn(dataSource, parseSdn(list, "a.csv"), { asOf, file: "a.csv", allowMassDelisting: true, now });
      await expect(attempt("2204-06-01")).rejects.toThrow(
        "a.csv, field --as-of: 2204-06-01 is in the future; give the date OFAC published the snapshot",
      );
      await expect(attempt("2026-12-04")).rejects.toThrow("is in the future");
      await expect(attempt("2024-02-31")).rejects.toThrow("a.csv, field --as-of: 2024-02-31 is not a day of the calendar");
      await expect(attempt("2023-02-29")).rejects.toThrow("is not a day of the calendar");
      await expect(attempt("2024-13-01")).rejects.toThrow("is not a day of the calendar");
      await expect(attempt("June 1st")).rejects.toThrow('a.csv, field --as-of: "June 1st" must be a date written YYYY-MM-DD');
      expect(await count("SELECT COUNT(*) AS n FROM actors WHERE ofac_entry_number = 900001")).toBe(0);
      // Today somewhere on Earth is not the future; nor is a leap day.
      await expect(attempt("2026-12-03")).resolves.toMatchObject({ entries: 1 });
      expect(() => checkSnapshotDate("2024-02-29", "a.csv", now)).not.toThrow();
    });
  });

  describe("undoSnapshot", () => {
    async function contents(): Promise<Record<string, unknown[]>> {
      const tables: Record<string, unknown[]> = {};
      for (const table of ["actors", "sanctions", "designations", "sources", "actor_sources", "sanction_sources"]) {
        const rows = (await dataSource.query(`SELECT * FROM ${table}`)) as Record<string, unknown>[];
        tables[table] = rows.map(({ created_at, updated_at, ...rest }) => JSON.stringify(rest)).sort();
      }
      return tables;
    }

    const first = snapshot([
      row(900001, "ALPHA TRADING", "", "NPWMD] [DPRK2", "", "a.k.a. 'ALPHA'."),
      row(9345, "KOREA MINING DEVELOPMENT TRADING CORPORATION", "", "NPWMD] [DPRK2", "", "a.k.a. 'KOMID'."),
    ]);

    it("takes back the latest snapshot, so that the right file can be imported under its true date", async () => {
      await importSdn(dataSource, parseSdn(first, "first.csv"), {
        asOf: "2024-06-01",
        file: "first.csv",
        allowMassDelisting: true,
      });
      const before = await contents();
      // The wrong file, imported by mistake (its share of delistings let through): renames, new entries, delistings.
      const wrong = snapshot([
        row(900001, "ALPHA TRADING RENAMED", "", "DPRK2", "", "a.k.a. 'ALPHA2'."),
        row(900002, "BETA", "vessel", "IRAN"),
      ]);
      const mistake = await importSdn(dataSource, parseSdn(wrong, "wrong.csv"), {
        asOf: "2024-07-01",
        file: "wrong.csv",
        allowMassDelisting: true,
      });
      expect(mistake.delisted).toBeGreaterThan(0);
      // Imported twice, even: both are taken back.
      await importSdn(dataSource, parseSdn(wrong, "wrong.csv"), {
        asOf: "2024-07-01",
        file: "wrong.csv",
        allowMassDelisting: true,
      });
      expect(await contents()).not.toEqual(before);

      const report = await undoSnapshot(dataSource, "2024-07-01");
      expect(report).toMatchObject({ imports: 1, removed: expect.any(Number), restored: expect.any(Number) });
      expect(report.removed).toBeGreaterThanOrEqual(3); // BETA, its designation, the snapshot's source
      expect(await contents()).toEqual(before);
      // The undo is in the audit trail.
      expect(await dataSource.query("SELECT COUNT(*) AS n FROM audit_log WHERE actor = 'undo import-ofac:2024-07-01'")).toEqual([
        { n: expect.anything() },
      ]);

      // The snapshot no longer blocks an earlier date; and there is nothing left to undo of it.
      await expect(undoSnapshot(dataSource, "2024-07-01")).rejects.toThrow(
        "only the latest snapshot can be undone, and that is 2024-06-01",
      );
      await importSdn(dataSource, parseSdn(first, "right.csv"), { asOf: "2024-06-15", file: "right.csv" });
    });

    it("takes back the first import too, leaving the database as the seed made it", async () => {
      const before = await contents();
      await importSdn(dataSource, parseSdn(first, "first.csv"), {
        asOf: "2024-06-01",
        file: "first.csv",
        allowMassDelisting: true,
      });
      await undoSnapshot(dataSource, "2024-06-01");
      expect(await contents()).toEqual(before);
    });

    it("refuses to undo an older snapshot, a date with no import, or records edited since", async () => {
      await importSdn(dataSource, parseSdn(first, "first.csv"), {
        asOf: "2024-06-01",
        file: "first.csv",
        allowMassDelisting: true,
      });
      await importSdn(dataSource, parseSdn(first, "second.csv"), { asOf: "2024-07-01", file: "second.csv" });
      await expect(undoSnapshot(dataSource, "2024-06-01")).rejects.toThrow(
        "snapshot 2024-06-01, field --undo: only the latest snapshot can be undone, and that is 2024-07-01",
      );
      // The second snapshot listed the same entries: of it, only its source is taken back.
      expect(await undoSnapshot(dataSource, "2024-07-01")).toMatchObject({ imports: 1, restored: 0, removed: 1 });
      await undoSnapshot(dataSource, "2024-06-01");
      // The snapshot the data set cites (`source:ofac-sdn-2024-05-03`) was never imported: nothing to undo.
      await expect(undoSnapshot(dataSource, "2024-05-03")).rejects.toThrow("the audit trail holds no import of it to undo");

      const third = snapshot([row(900003, "GAMMA", "", "SDGT")]);
      await importSdn(dataSource, parseSdn(third, "third.csv"), {
        asOf: "2024-08-01",
        file: "third.csv",
        allowMassDelisting: true,
      });
      await new RecordEditor(new Database(dataSource), RECORD_TYPES).update(
        actorRecords,
        "actor:ofac-900003",
        { name: "Gamma Ltd" },
        null,
      );
      await expect(undoSnapshot(dataSource, "2024-08-01")).rejects.toThrow(
        "written since by others, so undoing would lose their changes: actor:ofac-900003 (by anonymous)",
      );
      expect(await dataSource.query("SELECT name FROM actors WHERE id = 'actor:ofac-900003'")).toEqual([{ name: "Gamma Ltd" }]);
    });
  });
});
