import { Role } from "../../src/auth/role";
import { importSdn } from "../../src/importing/ofac-import";
import { birthDateList, parseRemarks } from "../../src/importing/ofac-remarks";
import { parseSdn, readSdnFile } from "../../src/importing/ofac-sdn";
import { SDN_FILE } from "../support/sources";
import { createTestHub, type TestHub } from "../support/test-hub";

/*
 * What OFAC's remarks say, as actors' fields and filters: the seed data set plus the whole SDN list
 * of 3 May 2024, imported; the answers are checked against the file as the parser reads it.
 */

const entries = parseSdn(readSdnFile(SDN_FILE).text, SDN_FILE);
const editor = { keyId: "key:editor", name: "Desk A", role: Role.EDITOR };
let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub();
  await importSdn(hub.dataSource, entries, { asOf: "2024-05-03", file: SDN_FILE });
}, 120_000);

afterAll(async () => {
  await hub?.close();
});

describe("actors' birth dates, places, nationalities, citizenships and gender from the SDN remarks", () => {
  it("fill a curated designee's empty fields as the remarks state them", async () => {
    const { actor } = await hub.data(`{ actor(id: "actor:ofac-17614") {
      name birthDates birthPlaces nationalities citizenships gender } }`);
    expect(actor).toEqual({
      name: "Kim Yong Chol",
      birthDates: ["1962-02-18"],
      birthPlaces: [],
      nationalities: ["KP"],
      citizenships: [],
      gender: null,
    });
  });

  it("keep a birth date's precision, a range as each of its years", async () => {
    const { actor } = await hub.data(`{ actor(id: "actor:ofac-12057") { birthDates birthPlaces nationalities gender } }`);
    expect(actor).toEqual({
      birthDates: ["1951", "1952", "1953", "1960", "1961", "1962", "1961-04"],
      birthPlaces: ["Najaf, Iraq", "Tehran, Iran"],
      nationalities: ["IR"],
      gender: "MALE",
    });
  });

  it("filter by nationality and birth year, as many actors as the file has", async () => {
    const expected = entries.filter((entry) => {
      const remarks = parseRemarks(entry.remarks);
      return remarks.nationalities.includes("KP") && birthDateList(remarks.birthDates).some((date) => date.startsWith("1962"));
    });
    expect(expected.length).toBeGreaterThan(0);
    const { actors } = await hub.data(`{ actors(first: 100, filter: { nationalities: ["KP"], birthYear: 1962 }) {
      totalCount nodes { ofacEntryNumber nationalities birthDates } } }`);
    expect(actors.totalCount).toBe(expected.length);
    expect(actors.nodes.map((node: { ofacEntryNumber: number }) => node.ofacEntryNumber).sort()).toEqual(
      expected.map((entry) => entry.entryNumber).sort(),
    );
    for (const node of actors.nodes) {
      expect(node.nationalities).toContain("KP");
      expect(node.birthDates.some((date: string) => date.startsWith("1962"))).toBe(true);
    }
  });

  it("are set by editors like any field, and checked: a month written 13 is refused, naming the item", async () => {
    const ok = await hub.execute(
      `mutation { updateActor(id: "actor:ofac-17614", input: { birthDates: ["1962-02-18", "1962"], gender: MALE }) { birthDates gender } }`,
      undefined,
      editor,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateActor).toEqual({ birthDates: ["1962-02-18", "1962"], gender: "MALE" });
    const bad = await hub.execute(
      `mutation { updateActor(id: "actor:ofac-17614", input: { birthDates: ["1962-13"], nationalities: ["North Korea"] }) { id } }`,
      undefined,
      editor,
    );
    expect(bad.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: expect.arrayContaining([
        expect.objectContaining({ field: "input.birthDates[0]" }),
        expect.objectContaining({ field: "input.nationalities[0]" }),
      ]),
    });
  });
});
