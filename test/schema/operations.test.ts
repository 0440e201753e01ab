import fs from "node:fs";
import path from "node:path";
import { parse, validate } from "graphql";
import { PROJECT_ROOT } from "../../src/config";
import { buildDossierSchema } from "../../src/api/schema";
import { ARTICLE_FILE, EO_13687_FILE } from "../support/sources";
import { createTestHub, type TestHub } from "../support/test-hub";

const OPERATIONS_DIR = path.join(PROJECT_ROOT, "schema", "operations");
const ARTICLE = fs.readFileSync(ARTICLE_FILE, "utf8");
const EO_13687_ROWS = fs
  .readFileSync(EO_13687_FILE, "utf8")
  .trim()
  .split(/\r?\n/)
  .map((line) => line.match(/("([^"]*)"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, "").replace(/^"|"$/g, "").trim()));

type Check = (data: any) => void;

/** What each example operation must answer, checked against the seed data and the sources it was built from. */
const ANSWERS: Record<string, Check> = {
  "statements-by-officials-about-covert-action.graphql": ({ statements }) => {
    expect(statements.totalCount).toBe(2);
    for (const statement of statements.nodes) {
      expect(statement.speaker).toMatchObject({ name: "Senior administration official", isAnonymous: true });
      expect(statement.source).toMatchObject({ publisher: "TheWrap", publishedOn: "2015-01-02" });
    }
    const quote = statements.nodes.find((s: any) => s.kind === "QUOTE");
    expect(ARTICLE).toContain(quote.text);
    expect(quote.text).toContain("in terms of covert action");
    expect(quote.text).toContain("[these sanctions]");
  },

  "who-spoke-about-the-attribution-and-when.graphql": ({ statementFacets }) => {
    // The article's attribution story: the FBI named North Korea in December; the senior
    // administration official defended it at length on 2 January, the day the article ran.
    expect(statementFacets.total).toBe(10);
    expect(statementFacets.bySpeaker[0]).toEqual({
      speaker: { name: "Senior administration official", isOfficial: true },
      count: 6,
    });
    expect(statementFacets.bySpeaker.map((row: any) => row.speaker.name)).toContain("Federal Bureau of Investigation");
    expect(statementFacets.byMonth).toEqual([
      { month: "2014-12", count: 2 },
      { month: "2015-01", count: 8 },
    ]);
  },

  "who-attributed-the-sony-attack.graphql": ({ event }) => {
    expect(event).toMatchObject({ title: "Cyberattack on Sony Pictures Entertainment", occurredOn: "2014-11-24" });
    expect(event.related.nodes).toHaveLength(1);
    const attribution = event.related.nodes[0].event;
    expect(attribution).toMatchObject({ occurredOn: "2014-12-19", datePrecision: "DAY" });
    expect(attribution.attributors.nodes).toEqual([{ actor: { name: "Federal Bureau of Investigation" } }]);
    expect(attribution.accused.nodes).toEqual([{ actor: { name: "North Korea" } }]);
    expect(attribution.sources.map((s: any) => s.publisher)).toEqual(
      expect.arrayContaining(["TheWrap", "Federal Bureau of Investigation"]),
    );
  },

  "designated-under-eo-13687.graphql": ({ actors }) => {
    // The answer is the 13 rows Treasury designated on 2 January 2015, with the postings the SDN list gives.
    expect(actors.totalCount).toBe(EO_13687_ROWS.length);
    for (const [entry, , type, , posting] of EO_13687_ROWS) {
      const actor = actors.nodes.find((a: any) => a.ofacEntryNumber === Number(entry));
      expect(actor).toBeDefined();
      expect(actor.kind).toEqual(type === "individual" ? "PERSON" : expect.stringMatching(/^(AGENCY|COMPANY)$/));
      if (posting !== "-0-") expect(actor.title).toBe(posting);
      expect(actor.designations.nodes).toEqual([
        expect.objectContaining({
          status: "ACTIVE",
          listedOn: "2015-01-02",
          sanction: expect.objectContaining({ legalBasis: "Executive Order 13687" }),
        }),
      ]);
    }
    expect(actors.nodes.filter((a: any) => a.kind === "PERSON")).toHaveLength(10);
  },

  "sanctions-responding-to-the-sony-attack.graphql": ({ event }) => {
    expect(event.sanctions.nodes.map((s: any) => [s.kind, s.legalBasis, s.authority.name, s.announcedOn])).toEqual([
      ["EXECUTIVE_ORDER", "Executive Order 13687", "Barack Obama", "2015-01-02"],
      ["DESIGNATION", "Executive Order 13687", "U.S. Department of the Treasury", "2015-01-02"],
    ]);
    expect(event.sanctions.nodes[1]).toMatchObject({ program: "DPRK2", designations: { totalCount: 13 } });
  },

  "what-the-senior-official-said.graphql": ({ actor }) => {
    expect(actor).toMatchObject({ name: "Senior administration official", isAnonymous: true });
    const said = actor.statements.nodes;
    expect(actor.statements.totalCount).toBe(8);
    expect(said.map((s: any) => s.saidOn)).toEqual([...said.map((s: any) => s.saidOn)].sort());
    const quotes = said.filter((s: any) => s.kind === "QUOTE");
    expect(quotes).toHaveLength(4);
    for (const quote of quotes) expect(ARTICLE).toContain(quote.text);
  },

  "who-disputes-the-attribution.graphql": ({ event }) => {
    expect(event.related.nodes).toHaveLength(1);
    const dispute = event.related.nodes[0].event;
    expect(dispute.participants.nodes.map((p: any) => p.actor.name).sort()).toEqual(["Cybersecurity firms", "Security experts"]);
    expect(dispute.statements.nodes.map((s: any) => s.speaker.name)).toEqual(
      expect.arrayContaining(["Cybersecurity firms", "Security experts", "Senior administration official"]),
    );
  },

  "timeline-november-2014-to-january-2015.graphql": ({ timeline }) => {
    expect(timeline.totalCount).toBe(40);
    expect(timeline.pageInfo.hasNextPage).toBe(false);
    const dates = timeline.edges.map((edge: any) => edge.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0] >= "2014-11-01" && dates[dates.length - 1] <= "2015-01-31").toBe(true);
    expect(timeline.edges[0]).toMatchObject({
      date: "2014-11-24",
      kind: "EVENT",
      node: { title: "Cyberattack on Sony Pictures Entertainment" },
    });
    expect(new Set(timeline.edges.map((edge: any) => edge.kind))).toEqual(new Set(["EVENT", "STATEMENT", "DESIGNATION"]));
  },
};

describe("example operations in schema/operations/", () => {
  let hub: TestHub;
  const files = fs
    .readdirSync(OPERATIONS_DIR)
    .filter((name) => name.endsWith(".graphql"))
    .sort();

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  it("has an answer check for every operation file, and a file for every check", () => {
    expect(files).toEqual(Object.keys(ANSWERS).sort());
  });

  it.each(files)("%s is valid against the schema", async (file) => {
    const document = parse(fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8"));
    expect(validate(await buildDossierSchema(), document)).toEqual([]);
  });

  it.each(files)("%s answers its question from the seed data", async (file) => {
    const data = await hub.data(fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8"));
    ANSWERS[file](data);
  });
});
