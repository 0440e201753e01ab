import { createTestHub, type TestHub } from "../support/test-hub";

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = `totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

describe("connections", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  async function actors(args: string): Promise<Page> {
    return (await hub.data<{ actors: Page }>(`{ actors${args ? `(${args})` : ""} { ${PAGE} } }`)).actors;
  }

  it("pages forward with first/after through every item exactly once", async () => {
    const all = await actors("first: 100");
    expect(all.totalCount).toBe(35);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await actors(`first: 8${after ? `, after: "${after}"` : ""}`);
      pages++;
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(page.totalCount).toBe(35);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
  });

  it("pages backward with last/before and keeps the order of the connection", async () => {
    const all = (await actors("first: 100")).edges.map((edge) => edge.node.id);
    const last = await actors("last: 10");
    expect(last.edges.map((edge) => edge.node.id)).toEqual(all.slice(-10));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await actors(`last: 10, before: "${last.pageInfo.startCursor}"`);
    expect(before.edges.map((edge) => edge.node.id)).toEqual(all.slice(-20, -10));
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it("sorts by the requested field and direction, ties broken by ID", async () => {
    const { events } = await hub.data(
      `{ events(first: 100, orderBy: { field: OCCURRED_ON, direction: DESC }) { nodes { id occurredOn } } }`,
    );
    const keys = events.nodes.map((e: { id: string; occurredOn: string }) => `${e.occurredOn}|${e.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(events.nodes[0].occurredOn).toBe("2015-01-02");
    const byTitle = await hub.data(`{ events(first: 3, orderBy: { field: TITLE }) { nodes { title } } }`);
    const titles = byTitle.events.nodes.map((e: { title: string }) => e.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it("pages a sort key that can be null (sources by publication date) without losing any item", async () => {
    const all = await hub.data(`{ sources(first: 100) { nodes { id publishedOn } } }`);
    expect(all.sources.nodes[0].publishedOn).toBeNull();
    for (const direction of ["ASC", "DESC"]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { sources }: { sources: Page } = await hub.data(
          `query($after: String) { sources(first: 2, after: $after, orderBy: { field: PUBLISHED_ON, direction: ${direction} }) { ${PAGE} } }`,
          { after },
        );
        seen.push(...sources.edges.map((edge) => edge.node.id));
        if (!sources.pageInfo.hasNextPage) break;
        after = sources.pageInfo.endCursor;
      }
      expect([...seen].sort()).toEqual(all.sources.nodes.map((s: { id: string }) => s.id).sort());
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it("pages nested connections per parent", async () => {
    const query = `query($after: String) { event(id: "event:treasury-designations-2015-01-02") {
      participants(first: 5, after: $after) { totalCount edges { cursor node { role actor { id } } } pageInfo { hasNextPage endCursor } }
    } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { event }: { event: any } = await hub.data(query, { after });
      expect(event.participants.totalCount).toBe(14);
      seen.push(...event.participants.edges.map((e: { node: { actor: { id: string } } }) => e.node.actor.id));
      if (!event.participants.pageInfo.hasNextPage) break;
      after = event.participants.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(14);
    expect(new Set(seen).size).toBe(14);
    expect(seen[0]).toBe("actor:us-treasury"); // ISSUER sorts before TARGET
  });

  it("returns no items for first: 0 but says whether there are any", async () => {
    const page = await actors("first: 0");
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
    expect(page.totalCount).toBe(35);
  });

  it("defaults to 20 items", async () => {
    expect((await actors("")).edges).toHaveLength(20);
  });

  it("counts only when totalCount is asked for", async () => {
    const without = await hub.counter.measure(() => hub.data(`{ actors(first: 5) { nodes { id } } }`));
    const withCount = await hub.counter.measure(() => hub.data(`{ actors(first: 5) { totalCount nodes { id } } }`));
    expect(without).toBe(1);
    expect(withCount).toBe(2);
  });

  describe("bad paging arguments", () => {
    async function errorOf(query: string, variables?: Record<string, unknown>) {
      const result = await hub.execute(query, variables);
      expect(result.errors).toHaveLength(1);
      return result.errors![0];
    }

    it.each([
      ["first: 101", "`first` must be between 0 and 100; got 101."],
      ["first: -1", "`first` must be between 0 and 100; got -1."],
      ["last: 1000", "`last` must be between 0 and 100; got 1000."],
      ["first: 1, last: 1", "Pass either `first` or `last`, not both."],
      ['first: 1, before: "x"', "`first` pages forward: use it with `after`, or use `last` with `before`."],
      ['after: "not-a-cursor"', "`after` is not a cursor of this connection."],
      ['after: "a", before: "b"', "Pass either `after` (with `first`) or `before` (with `last`), not both."],
      ['last: 2, before: "eyJ4Ijox"', "`before` is not a cursor of this connection."],
    ])("%s gives BAD_USER_INPUT that says what is allowed", async (args, message) => {
      const error = await errorOf(`{ actors(${args}) { totalCount } }`);
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain(message);
      expect(error.path).toEqual(["actors"]);
    });

    it("refuses a cursor issued for another ordering", async () => {
      const page = await hub.data(`{ events(first: 1) { pageInfo { endCursor } } }`);
      const error = await errorOf(
        `query($after: String) { events(first: 1, after: $after, orderBy: { field: TITLE }) { totalCount } }`,
        {
          after: page.events.pageInfo.endCursor,
        },
      );
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain("was issued for ordering OCCURRED_ON:ASC, but this request orders by TITLE:ASC");
    });

    it("refuses a bad nested page size at the field that asked for it", async () => {
      const result = await hub.execute(
        `{ actor(id: "actor:fbi") { name statements(first: 500) { totalCount } } fbi: actor(id: "actor:fbi") { name } }`,
      );
      // Connections are non-null, so the error nulls the parent object, not the rest of the response.
      expect(result.data).toEqual({ actor: null, fbi: { name: "Federal Bureau of Investigation" } });
      expect(result.errors?.[0]).toMatchObject({ path: ["actor", "statements"], extensions: { code: "BAD_USER_INPUT" } });
    });

    it("refuses malformed dates, in literals and in variables, as BAD_USER_INPUT", async () => {
      const literal = await errorOf(`{ events(filter: { occurredOn: { from: "2014-13-01" } }) { totalCount } }`);
      expect(literal.extensions?.code).toBe("BAD_USER_INPUT");
      expect(literal.message).toBe('Date must be a calendar date written YYYY-MM-DD, e.g. "2014-12-19"; got "2014-13-01".');
      // Where it is, as every input error says: the literal's location and the argument's path.
      expect(literal.locations).toEqual([{ line: 1, column: 40 }]);
      expect(literal.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "filter.occurredOn.from" });
      const variable = await errorOf(`query($from: Date) { events(filter: { occurredOn: { from: $from } }) { totalCount } }`, {
        from: "yesterday",
      });
      expect(variable.extensions?.code).toBe("BAD_USER_INPUT");
      expect(variable.message).toContain("yesterday");
    });

    it("refuses a date range that ends before it starts", async () => {
      const error = await errorOf(`{ statements(filter: { saidOn: { from: "2015-01-02", to: "2014-01-01" } }) { totalCount } }`);
      expect(error).toMatchObject({
        message: "`filter.saidOn` ends (2014-01-01) before it starts (2015-01-02); give `from` ≤ `to`.",
        extensions: { code: "BAD_USER_INPUT", argument: "filter.saidOn" },
      });
    });

    it("refuses a country that is not an ISO code, and an empty search", async () => {
      expect((await errorOf(`{ actors(filter: { countries: ["North Korea"] }) { totalCount } }`)).message).toContain(
        'ISO 3166-1 alpha-2 country codes such as "KP" or "US"; got "North Korea"',
      );
      expect((await errorOf(`{ search(text: "   ") { totalCount } }`)).message).toBe(
        "`text` must contain something to search for.",
      );
    });

    it("refuses an unknown enum value with the schema's own validation error", async () => {
      const error = await errorOf(`{ actors(filter: { kinds: [WIZARD] }) { totalCount } }`);
      expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });
  });
});
