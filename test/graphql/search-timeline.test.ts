import { createTestHub, type TestHub } from "../support/test-hub";

describe("search", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  const SEARCH = `query($text: String!, $types: [SearchResultKind!], $first: Int, $after: String) {
    search(text: $text, types: $types, first: $first, after: $after) {
      totalCount
      edges { cursor score kind id node { __typename ... on Actor { name } ... on Event { title } ... on Statement { text } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it("finds objects of every kind, best matches first", async () => {
    const { search } = await hub.data(SEARCH, { text: "korea", first: 100 });
    const kinds = new Set(search.edges.map((edge: { kind: string }) => edge.kind));
    expect(kinds).toEqual(new Set(["ACTOR", "EVENT", "STATEMENT", "SANCTION", "SOURCE"]));
    const scores = search.edges.map((edge: { score: number }) => edge.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const edge of search.edges) expect(edge.node.__typename.toUpperCase()).toBe(edge.kind);
    expect(search.totalCount).toBe(search.edges.length);
  });

  it("ranks an exact name above names that start with the text, above other matches", async () => {
    const { search } = await hub.data(SEARCH, { text: "North Korea", types: ["ACTOR"] });
    expect(search.edges[0]).toMatchObject({ id: "actor:north-korea", score: 100 });
    expect(search.edges.slice(1).every((edge: { score: number }) => edge.score < 100)).toBe(true);
    const { search: byAlias } = await hub.data(SEARCH, { text: "RGB" });
    expect(byAlias.edges).toEqual([expect.objectContaining({ id: "actor:reconnaissance-general-bureau", score: 10 })]);
  });

  it("limits the search to the kinds asked for; an empty list matches nothing", async () => {
    expect((await hub.data(SEARCH, { text: "korea", types: [] })).search.totalCount).toBe(0);
    const { search } = await hub.data(SEARCH, { text: "proportional", types: ["STATEMENT"] });
    expect(search.edges.map((edge: { id: string }) => edge.id).sort()).toEqual([
      "statement:obama-promises-proportional-response",
      "statement:senior-official-covert-action",
      "statement:senior-official-declines-to-comment-on-outages",
    ]);
  });

  it("pages through hits with cursors, each hit once", async () => {
    const all = (await hub.data(SEARCH, { text: "korea", first: 100 })).search.edges.map((edge: { id: string }) => edge.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { search }: { search: any } = await hub.data(SEARCH, { text: "korea", first: 4, after });
      seen.push(...search.edges.map((edge: { id: string }) => edge.id));
      if (!search.pageInfo.hasNextPage) break;
      after = search.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });
});

describe("timeline", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  const TIMELINE = `query($filter: TimelineFilter, $first: Int, $after: String, $last: Int, $before: String) {
    timeline(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { date kind id node { __typename ... on Event { occurredOn } ... on Statement { saidOn } ... on Designation { listedOn } } }
      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    }
  }`;

  it("merges events, statements and designations in date order", async () => {
    const { timeline } = await hub.data(TIMELINE, { first: 100 });
    expect(timeline.totalCount).toBe(10 + 15 + 15);
    const keys = timeline.edges.map((edge: { date: string; id: string }) => `${edge.date}|${edge.id}`);
    expect(keys).toEqual([...keys].sort());
    for (const edge of timeline.edges) {
      expect(edge.node.__typename.toUpperCase()).toBe(edge.kind);
      expect(edge.node.occurredOn ?? edge.node.saidOn ?? edge.node.listedOn).toBe(edge.date);
    }
    expect(timeline.edges[0]).toMatchObject({ id: "event:sony-pictures-hack", date: "2014-11-24" });
  });

  it("filters by date range, kind, actor, event and text", async () => {
    const between = await hub.data(TIMELINE, { filter: { between: { from: "2014-12-17", to: "2014-12-22" }, kinds: ["EVENT"] } });
    expect(between.timeline.edges.map((edge: { id: string }) => edge.id)).toEqual([
      "event:the-interview-pulled",
      "event:fbi-attribution",
      "event:obama-proportional-response",
      "event:north-korea-internet-outage",
    ]);
    const komid = await hub.data(TIMELINE, { filter: { actorIds: ["actor:komid"] } });
    expect(komid.timeline.edges.map((edge: { id: string }) => edge.id)).toEqual([
      "designation:ofac-9345-dprk2",
      "event:treasury-designations-2015-01-02",
    ]);
    const outage = await hub.data(TIMELINE, {
      filter: { eventIds: ["event:north-korea-internet-outage"], kinds: ["STATEMENT", "EVENT"] },
    });
    expect(outage.timeline.totalCount).toBe(3);
    const text = await hub.data(TIMELINE, { filter: { text: "arms dealer" } });
    expect(text.timeline.edges.map((edge: { id: string }) => edge.id)).toEqual(["designation:ofac-9345-dprk2"]);
    const none = await hub.data(TIMELINE, { filter: { kinds: [] } });
    expect(none.timeline.totalCount).toBe(0);
  });

  it("pages backward from the end", async () => {
    const all = (await hub.data(TIMELINE, { first: 100 })).timeline.edges.map((edge: { id: string }) => edge.id);
    const { timeline } = await hub.data(TIMELINE, { last: 5 });
    expect(timeline.edges.map((edge: { id: string }) => edge.id)).toEqual(all.slice(-5));
    const before = await hub.data(TIMELINE, { last: 5, before: timeline.pageInfo.startCursor });
    expect(before.timeline.edges.map((edge: { id: string }) => edge.id)).toEqual(all.slice(-10, -5));
  });
});
