import { createTestHub, type TestHub } from "../support/test-hub";

describe("filters", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  async function ids(query: string): Promise<string[]> {
    const data = await hub.data(`{ result: ${query} { totalCount nodes { id } } }`);
    expect(data.result.totalCount).toBe(data.result.nodes.length);
    return data.result.nodes.map((node: { id: string }) => node.id).sort();
  }

  describe("actors", () => {
    it("by designation: the ACTIVE designations under a program tag or a sanction ID", async () => {
      const dprk2 = await ids(`actors(first: 100, filter: { designatedUnder: "DPRK2" })`);
      expect(dprk2).toHaveLength(13);
      expect(dprk2).toEqual(expect.arrayContaining(["actor:komid", "actor:reconnaissance-general-bureau", "actor:ofac-17627"]));
      expect(await ids(`actors(filter: { designatedUnder: "sanction:eo-13687" })`)).toEqual([
        "actor:government-of-north-korea",
        "actor:workers-party-of-korea",
      ]);
      expect(await ids(`actors(filter: { designatedUnder: "NPWMD" })`)).toEqual([]);
    });

    it("by kind, country, official and anonymous flags, combined", async () => {
      expect(await ids(`actors(filter: { isAnonymous: true })`)).toEqual(["actor:senior-administration-official"]);
      const people = await ids(`actors(first: 100, filter: { kinds: [PERSON], countries: ["kp"], isOfficial: true })`);
      expect(people).toHaveLength(11); // Kim Jong-un and the ten designated officials
      expect(await ids(`actors(filter: { kinds: [GROUP], countries: ["US"] })`)).toEqual([
        "actor:movie-theaters",
        "actor:private-industry",
      ]);
    });

    it("by affiliation, OFAC entry number and text in names and aliases", async () => {
      expect(await ids(`actors(filter: { affiliationId: "actor:komid" })`)).toHaveLength(7);
      expect(await ids(`actors(filter: { ofacEntryNumber: 9345 })`)).toEqual(["actor:komid"]);
      expect(await ids(`actors(filter: { text: "komid" })`)).toContain("actor:komid");
      expect(await ids(`actors(filter: { text: "RECONNAISSANCE bureau" })`)).toEqual(["actor:reconnaissance-general-bureau"]);
      expect(await ids(`actors(filter: { text: "100%" })`)).toEqual([]);
    });
  });

  describe("statements", () => {
    it("by officials about covert action: a speaker filter nested in a statement filter", async () => {
      expect(await ids(`statements(filter: { speaker: { isOfficial: true }, topics: ["topic:covert-action"] })`)).toEqual([
        "statement:senior-official-covert-action",
        "statement:senior-official-declines-to-comment-on-outages",
      ]);
      expect(await ids(`statements(filter: { speaker: { isOfficial: false }, topics: ["topic:covert-action"] })`)).toEqual([]);
    });

    it("by kind, speaker, event, mention, source, date range and text", async () => {
      expect(await ids(`statements(filter: { kinds: [QUOTE] })`)).toHaveLength(6);
      expect(await ids(`statements(filter: { speakerIds: ["actor:fbi", "actor:barack-obama"] })`)).toEqual([
        "statement:fbi-names-north-korea",
        "statement:obama-promises-proportional-response",
      ]);
      expect(await ids(`statements(filter: { about: ["event:north-korea-internet-outage"] })`)).toHaveLength(2);
      expect(await ids(`statements(filter: { mentions: ["actor:ofac-17614"] })`)).toEqual([
        "statement:senior-official-designees-not-necessarily-involved",
      ]);
      expect(await ids(`statements(filter: { saidOn: { to: "2014-12-31" } })`)).toEqual([
        "statement:cybersecurity-firms-alternative-theories",
        "statement:fbi-names-north-korea",
        "statement:obama-promises-proportional-response",
      ]);
      expect(await ids(`statements(first: 100, filter: { sourceIds: ["source:thewrap-2015-01-02"] })`)).toHaveLength(15);
      expect(await ids(`statements(filter: { text: "classified information" })`)).toEqual([
        "statement:senior-official-firms-lack-classified-information",
        "statement:senior-official-standing-by-assessment",
      ]);
    });
  });

  describe("events", () => {
    it("by type, date range and country", async () => {
      expect(await ids(`events(filter: { types: [SANCTIONS] })`)).toEqual([
        "event:executive-order-13687",
        "event:treasury-designations-2015-01-02",
      ]);
      expect(await ids(`events(filter: { occurredOn: { from: "2014-12-16", to: "2014-12-19" } })`)).toEqual([
        "event:fbi-attribution",
        "event:obama-proportional-response",
        "event:the-interview-pulled",
        "event:threats-against-theaters",
      ]);
      expect(await ids(`events(filter: { countries: ["KP"] })`)).toEqual(["event:north-korea-internet-outage"]);
    });

    it("by participant, with the participant's role and a nested actor filter", async () => {
      expect(await ids(`events(filter: { participant: { roles: [ATTRIBUTOR], actor: { isOfficial: true } } })`)).toEqual([
        "event:fbi-attribution",
      ]);
      expect(await ids(`events(filter: { participant: { actorIds: ["actor:komid"] } })`)).toEqual([
        "event:treasury-designations-2015-01-02",
      ]);
      expect(await ids(`events(filter: { participant: { roles: [DISPUTANT], actor: { kinds: [PERSON] } } })`)).toEqual([]);
    });

    it("participants and relations by role, type and direction", async () => {
      const { event } = await hub.data(`{ event(id: "event:fbi-attribution") {
        participants(filter: { roles: [ATTRIBUTOR, ACCUSED] }) { nodes { role actor { id } } }
        disputes: related(filter: { types: [DISPUTES], direction: INCOMING }) { nodes { event { id } } }
        about: related(filter: { direction: OUTGOING }) { nodes { type event { id } } }
      } }`);
      expect(event.participants.nodes).toEqual([
        { role: "ACCUSED", actor: { id: "actor:north-korea" } },
        { role: "ATTRIBUTOR", actor: { id: "actor:fbi" } },
      ]);
      expect(event.disputes.nodes).toEqual([{ event: { id: "event:attribution-dispute" } }]);
      expect(event.about.nodes).toEqual([{ type: "ABOUT", event: { id: "event:sony-pictures-hack" } }]);
    });
  });

  describe("sanctions and designations", () => {
    it("by program, kind, authority, target, event and the date they are in force", async () => {
      expect(await ids(`sanctions(filter: { programs: ["DPRK2"] })`)).toEqual(["sanction:ofac-dprk2"]);
      expect(await ids(`sanctions(filter: { kinds: [EXECUTIVE_ORDER] })`)).toEqual(["sanction:eo-13687"]);
      expect(await ids(`sanctions(filter: { authorityIds: ["actor:us-treasury"] })`)).toEqual(["sanction:ofac-dprk2"]);
      expect(await ids(`sanctions(filter: { targetId: "actor:komid", activeOn: "2015-06-01" })`)).toEqual([
        "sanction:ofac-dprk2",
      ]);
      expect(await ids(`sanctions(filter: { activeOn: "2014-12-31" })`)).toEqual([]);
      expect(await ids(`sanctions(filter: { respondsTo: ["event:threats-against-theaters"] })`)).toHaveLength(2);
    });

    it("designations of a sanction by status, date and target", async () => {
      const { sanction } = await hub.data(`{ sanction(id: "sanction:ofac-dprk2") {
        active: designations(first: 100, filter: { statuses: [ACTIVE], activeOn: "2015-01-02" }) { totalCount }
        delisted: designations(filter: { statuses: [DELISTED] }) { totalCount }
        before: designations(filter: { activeOn: "2015-01-01" }) { totalCount }
        komid: designations(filter: { targetIds: ["actor:komid"] }) { nodes { id ofacEntryNumber reason listedOn } }
      } }`);
      expect(sanction).toEqual({
        active: { totalCount: 13 },
        delisted: { totalCount: 0 },
        before: { totalCount: 0 },
        komid: {
          nodes: [
            {
              id: "designation:ofac-9345-dprk2",
              ofacEntryNumber: 9345,
              reason: "North Korea’s primary arms dealer.",
              listedOn: "2015-01-02",
            },
          ],
        },
      });
    });
  });

  it("designations across all sanctions, by program, status, target and listing date", async () => {
    expect(await ids(`designations(first: 100, filter: { programs: ["DPRK2"], statuses: [ACTIVE] })`)).toHaveLength(13);
    expect(await ids(`designations(filter: { targetIds: ["actor:government-of-north-korea"] })`)).toEqual([
      "designation:eo-13687-government-of-north-korea",
    ]);
    expect(await ids(`designations(first: 100, filter: { listedOn: { from: "2015-01-02", to: "2015-01-02" } })`)).toHaveLength(
      15,
    );
    expect(await ids(`designations(filter: { listedOn: { to: "2014-12-31" } })`)).toEqual([]);
  });

  it("sources by kind, publisher and date", async () => {
    expect(await ids(`sources(filter: { kinds: [NEWS_ARTICLE] })`)).toEqual(["source:thewrap-2015-01-02"]);
    expect(await ids(`sources(filter: { publishers: ["The White House"], publishedOn: { from: "2015-01-01" } })`)).toEqual([
      "source:eo-13687",
    ]);
  });

  it("treats SQL metacharacters in text filters and IDs as plain text", async () => {
    expect(await ids(`actors(filter: { text: "' OR 1=1 --" })`)).toEqual([]);
    expect(await ids(`actors(filter: { ids: ["actor:fbi' OR '1'='1"] })`)).toEqual([]);
    expect(await ids(`statements(filter: { text: "_" })`)).toEqual([]);
  });
});
