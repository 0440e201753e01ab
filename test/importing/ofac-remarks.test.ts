import { countKinds, parseRemarks, remarkItems } from "../../src/importing/ofac-remarks";
import { parseSdn, readSdnFile } from "../../src/importing/ofac-sdn";
import { SDN_FILE } from "../support/sources";

/*
 * The remarks parser on the real list (OFAC's SDN list of 3 May 2024, 14,965 entries): every item
 * of every remark lands in one typed field or is kept whole as text, and what the EO 13687
 * designees' remarks say is read as they say it. `node bench/ofac-remarks.js` prints the counts.
 */

const entries = parseSdn(readSdnFile(SDN_FILE).text, SDN_FILE);
const byEntry = new Map(entries.map((entry) => [entry.entryNumber, parseRemarks(entry.remarks)]));
const parsed = [...byEntry.values()];

describe("the remarks of the whole SDN list", () => {
  it("are read item by item, none lost: each lands in one field kind or is kept as text", () => {
    const items = entries.reduce((n, entry) => n + (entry.remarks ? remarkItems(entry.remarks).length : 0), 0);
    const counts = countKinds(parsed);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(items);
    expect(items).toBe(61085);
    // Pinned from the file, so that a change to the parser that moves them is seen and explained.
    expect(counts).toEqual({
      aliases: 3663,
      birthDates: 7533,
      birthPlaces: 4346,
      nationalities: 4888,
      citizenships: 1128,
      gender: 4264,
      identifiers: 16943,
      linkedTo: 6375,
      establishedOn: 1825,
      other: 10120,
    });
  });

  it("types the identifiers, leaving few to OTHER", () => {
    const kinds: Record<string, number> = {};
    for (const remarks of parsed)
      for (const identifier of remarks.identifiers) kinds[identifier.kind] = (kinds[identifier.kind] ?? 0) + 1;
    expect(kinds).toEqual({
      PASSPORT: 2149,
      NATIONAL_ID: 2534,
      TAX_ID: 3808,
      REGISTRATION: 4917,
      SWIFT_BIC: 162,
      IMO: 983,
      MMSI: 154,
      AIRCRAFT_TAIL: 150,
      AIRCRAFT_SERIAL: 416,
      DIGITAL_CURRENCY: 294,
      EMAIL: 298,
      WEBSITE: 936,
      PHONE: 66,
      OTHER: 76,
    });
  });

  it("keeps as text only what is no field: sanctions notes, postings, offices", () => {
    const other = parsed.flatMap((remarks) => remarks.other);
    // None of the field prefixes survives into the text.
    for (const prefix of [
      /^(alt\. )?DOB \d/,
      /^(alt\. )?POB /,
      /^Linked To: /,
      /^(alt\. )?[afn]\.k\.a\. '.*'$/,
      /^Gender (Male|Female)$/,
    ]) {
      expect(other.filter((item) => prefix.test(item))).toEqual([]);
    }
    expect(other).toContain("KOMID Representative in Iran");
    // OFAC cuts some long remarks off mid-word; the unfinished item is kept as it stands.
    expect(other).toContain("a.k.a. 'WHOIS HACKIN");
  });
});

describe("the EO 13687 designees' remarks", () => {
  it("give KOMID and the RGB their acronyms as strong aliases", () => {
    expect(byEntry.get(9345)!.aliases).toEqual([{ name: "KOMID", strength: "STRONG" }]);
    expect(byEntry.get(12210)!.aliases).toEqual([{ name: "RGB", strength: "STRONG" }]);
  });

  it("give the officials' birth dates to the day, nationality North Korea, passports and postings", () => {
    const kim = byEntry.get(17614)!;
    expect(kim.birthDates).toEqual([{ value: "1962-02-18", circa: false }]);
    expect(kim.nationalities).toEqual(["KP"]);
    expect(kim.other).toContain("KOMID Representative in Iran");
    const ryu = byEntry.get(17616)!;
    expect(ryu.birthDates).toEqual([{ value: "1965-08-07", circa: false }]);
    expect(ryu.identifiers).toEqual([{ kind: "PASSPORT", label: "Passport", value: "563410081" }]);
    expect(ryu.other).toContain("KOMID official in Syria");
    expect(byEntry.get(17619)!.other).toContain("KOMID Representative in Namibia");
    expect(byEntry.get(17617)!.other).toContain("Korea Ryungseng Trading Corporation Representative in Shenyang, China");
  });
});

describe("parseRemarks", () => {
  it("keeps a birth date's precision: a day, a month, a year, a range, circa", () => {
    expect(byEntry.get(12057)!.birthDates).toEqual([
      { value: "1951", to: "1953", circa: false },
      { value: "1960", to: "1962", circa: false },
      { value: "1961-04", circa: false },
      { value: "1953", circa: false },
    ]);
    expect(byEntry.get(7782)!.birthDates).toEqual([{ value: "1951", circa: true }]);
  });

  it("reads an identifier's issuing country and dates, and e-mail written with a colon", () => {
    expect(byEntry.get(2676)!.identifiers[0]).toEqual({ kind: "PASSPORT", label: "Passport", value: "1084010", country: "EG" });
    expect(byEntry.get(8809)!.identifiers).toEqual([
      { kind: "PASSPORT", label: "Passport", value: "F 572010", issuedOn: "2004-12-22", expiresOn: "2009-10-28" },
      { kind: "EMAIL", label: "Email", value: "adelb@shabakah.net.sa" },
    ]);
  });

  it("reads each kind of alias, links, places, citizenship and gender", () => {
    const remarks = parseRemarks(
      "a.k.a. 'ALPHA'; f.k.a. 'OLD ALPHA'; n.k.a. 'NEW ALPHA'; weak a.k.a. 'AL'; POB Pyongyang, Korea, North; " +
        "citizen Korea, North; Gender Female; Linked To: KOREA MINING DEVELOPMENT TRADING CORPORATION; " +
        "Digital Currency Address - ETH 0xabc; Website www.example.kp; Organization Established Date 1987.",
    );
    expect(remarks).toEqual({
      aliases: [
        { name: "ALPHA", strength: "STRONG" },
        { name: "OLD ALPHA", strength: "FORMER" },
        { name: "NEW ALPHA", strength: "NOW" },
        { name: "AL", strength: "WEAK" },
      ],
      birthDates: [],
      birthPlaces: ["Pyongyang, Korea, North"],
      nationalities: [],
      citizenships: ["KP"],
      gender: "FEMALE",
      identifiers: [
        { kind: "DIGITAL_CURRENCY", label: "Digital Currency Address - ETH", value: "0xabc" },
        { kind: "WEBSITE", label: "Website", value: "www.example.kp" },
      ],
      linkedTo: ["KOREA MINING DEVELOPMENT TRADING CORPORATION"],
      establishedOn: [{ value: "1987", circa: false }],
      other: [],
    });
  });

  it("keeps what it cannot read as text, whole: an unknown country, an impossible date", () => {
    expect(parseRemarks("nationality Atlantis; DOB 31 Foo 1960.").other).toEqual(["nationality Atlantis", "DOB 31 Foo 1960"]);
  });
});
