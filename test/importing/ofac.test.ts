import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { PROJECT_ROOT } from "../../src/config";
import { Database } from "../../src/db/database";
import { RecordEditor } from "../../src/editing/record-editor";
import { designationId, importSdn, legalBasisOf, programSanctionId } from "../../src/importing/ofac-import";
import { parseSdn } from "../../src/importing/ofac-sdn";
import { seed } from "../../src/seeding/seed-loader";
import { createTestDataSource } from "../support/test-database";

const SDN = path.join(PROJECT_ROOT, "..", "shared", "data", "ofac", "sdn-2024-05-03.csv");

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
    const entries = parseSdn(fs.readFileSync(SDN, "utf8"), SDN);
    expect(entries).toHaveLength(14965);
    expect(entries.find((e) => e.entryNumber === 9345)).toMatchObject({ programs: ["NPWMD", "DPRK2"], aliases: ["KOMID"] });
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
    const entries = parseSdn(fs.readFileSync(SDN, "utf8"), SDN);
    const report = await importSdn(dataSource, entries, { asOf: "2024-05-03", file: SDN });
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
    await new RecordEditor(new Database(dataSource)).update("actors.json", "actor:ofac-17622", { name: "Kim Sok Chol" }, null);
    await importSdn(dataSource, entries, { asOf: "2024-05-03", file: SDN });
    const [corrected] = await dataSource.query("SELECT name, maintained_by, aliases FROM actors WHERE id = 'actor:ofac-17622'");
    expect(corrected).toMatchObject({ name: "Kim Sok Chol", maintained_by: null });
    expect(JSON.parse(corrected.aliases)).toContain("KIM, Sok Chol");

    // The same snapshot again changes nothing.
    const again = await importSdn(dataSource, entries, { asOf: "2024-05-03", file: SDN });
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
    await importSdn(dataSource, parseSdn(first, "first.csv"), { asOf: "2024-06-01", file: "first.csv" });
    const report = await importSdn(dataSource, parseSdn(second, "second.csv"), { asOf: "2024-07-01", file: "second.csv" });

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
    await importSdn(dataSource, parseSdn(first, "first.csv"), { asOf: "2024-08-01", file: "first.csv" });
    expect(await status(designationId(900002, "SDGT"))).toEqual({ status: "ACTIVE", delisted_on: null });
  });

  it("refuses a snapshot older than one the database already has", async () => {
    const list = snapshot([row(900001, "ALPHA", "", "SDGT")]);
    await importSdn(dataSource, parseSdn(list, "a.csv"), { asOf: "2024-06-01", file: "a.csv" });
    await expect(importSdn(dataSource, parseSdn(list, "b.csv"), { asOf: "2024-05-31", file: "b.csv" })).rejects.toThrow(
      "b.csv, field --as-of: 2024-05-31 is older than a snapshot the database already has (2024-06-01); importing it would undo later changes",
    );
  });
});
