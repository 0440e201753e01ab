import { createTestHub, type TestHub } from "../support/test-hub";

describe("lookups and global identification", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  it("returns an actor by ID with its fields", async () => {
    const { actor } = await hub.data(`{
      actor(id: "actor:ofac-17614") { id name kind aliases title country isOfficial isAnonymous bornOn ofacEntryNumber affiliation { id } }
    }`);
    expect(actor).toEqual({
      id: "actor:ofac-17614",
      name: "Kim Yong Chol",
      kind: "PERSON",
      aliases: ["KIM, Yong Chol"],
      title: "KOMID Representative in Iran",
      country: "KP",
      isOfficial: true,
      isAnonymous: false,
      bornOn: "1962-02-18",
      ofacEntryNumber: 17614,
      affiliation: { id: "actor:komid" },
    });
  });

  it("returns null for an unknown ID from every lookup", async () => {
    const data = await hub.data(`{
      actor(id: "actor:nobody") { id }
      event(id: "event:nothing") { id }
      statement(id: "statement:unsaid") { id }
      sanction(id: "sanction:none") { id }
      designation(id: "designation:none") { id }
      source(id: "source:none") { id }
      topic(id: "topic:none") { id }
      node(id: "not-an-id") { id }
    }`);
    expect(Object.values(data).every((value) => value === null)).toBe(true);
  });

  it("fetches any object by global ID through node and nodes, typed", async () => {
    const { node, nodes } = await hub.data(`{
      node(id: "event:sony-pictures-hack") { __typename id ... on Event { occurredOn } }
      nodes(ids: ["actor:fbi", "actor:nobody", "topic:covert-action", "designation:ofac-9345-dprk2", "garbage", "source:thewrap-2015-01-02", "statement:fbi-names-north-korea", "sanction:eo-13687"]) { __typename id }
    }`);
    expect(node).toEqual({ __typename: "Event", id: "event:sony-pictures-hack", occurredOn: "2014-11-24" });
    expect(nodes).toEqual([
      { __typename: "Actor", id: "actor:fbi" },
      null,
      { __typename: "Topic", id: "topic:covert-action" },
      { __typename: "Designation", id: "designation:ofac-9345-dprk2" },
      null,
      { __typename: "Source", id: "source:thewrap-2015-01-02" },
      { __typename: "Statement", id: "statement:fbi-names-north-korea" },
      { __typename: "Sanction", id: "sanction:eo-13687" },
    ]);
  });

  it("loads a batch of nodes of many types with one statement per type", async () => {
    const ids = [
      "actor:fbi",
      "actor:dhs",
      "actor:komid",
      "event:sony-pictures-hack",
      "event:fbi-attribution",
      "topic:attribution",
    ];
    const statements = await hub.counter.measure(() => hub.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }));
    expect(statements).toBe(3);
  });

  it("refuses more than 100 IDs in nodes", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `actor:x${i}`);
    const result = await hub.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(result.errors?.[0]).toMatchObject({
      message: "`ids` has 101 items; at most 100 are allowed in one list. Split the request, or page through the results.",
      extensions: { code: "BAD_USER_INPUT", argument: "ids", limit: "listItems", found: 101, max: 100 },
    });
  });

  it("serves dates as YYYY-MM-DD and instants as ISO 8601 with their precision", async () => {
    const { event, statement } = await hub.data(`{
      event(id: "event:attribution-dispute") { occurredOn datePrecision createdAt updatedAt }
      statement(id: "statement:cybersecurity-firms-alternative-theories") { saidOn datePrecision }
    }`);
    expect(event).toMatchObject({ occurredOn: "2014-12-01", datePrecision: "MONTH" });
    expect(event.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(statement).toEqual({ saidOn: "2014-12-01", datePrecision: "MONTH" });
  });
});
