import { getIntrospectionQuery } from "graphql";
import type { DataSource } from "typeorm";
import { Role } from "../../src/auth/role";
import { DEFAULT_LIMITS } from "../../src/config";
import { seed } from "../../src/seeding/seed-loader";
import { type Hub, startHub } from "../../src/server/hub";
import { createTestDataSource } from "../support/test-database";

/** The operation limits, against the real HTTP server with its default limits. */
describe("operation limits", () => {
  let dataSource: DataSource;
  let hub: Hub;

  beforeAll(async () => {
    dataSource = await createTestDataSource();
    await seed(dataSource);
    hub = await startHub(dataSource, {
      port: 0,
      host: "127.0.0.1",
      production: true,
      publicRead: true,
      introspection: true,
      rateLimitPoints: 0,
    });
  });

  afterAll(async () => {
    await hub.stop();
    await dataSource.destroy();
  });

  async function ask(query: string, variables?: Record<string, unknown>, key?: string) {
    const response = await fetch(hub.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  /** `actor { affiliation { … { id } } }`, `depth` fields deep. */
  const nested = (depth: number) =>
    `{ actor(id: "actor:fbi") { ${"affiliation { ".repeat(depth - 2)}id${" }".repeat(depth - 2)} } }`;

  it("documents its defaults", () => {
    expect(DEFAULT_LIMITS).toEqual({
      depth: 15,
      aliases: 15,
      directives: 50,
      tokens: 2000,
      cost: 100_000,
      listItems: 100,
      inputDepth: 8,
    });
  });

  it("refuses an operation deeper than the limit, with the depth found and the limit", async () => {
    expect((await ask(nested(15))).body.errors).toBeUndefined();
    const { status, body } = await ask(nested(16));
    expect(status).toBe(400);
    expect(body.errors[0]).toEqual({
      message: "The operation is 16 fields deep; at most 15 are allowed. Ask for less nested data, or split the operation.",
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "depth", found: 16, max: 15 },
    });
    expect(body.data).toBeUndefined();
  });

  it("counts depth through fragments", async () => {
    const query = `query { ...A } fragment A on Query { actor(id: "actor:fbi") { ...B } } fragment B on Actor { ${"affiliation { ".repeat(14)}id${" }".repeat(14)} }`;
    expect((await ask(query)).body.errors[0].extensions).toMatchObject({ limit: "depth", found: 16 });
  });

  it("refuses alias bombs, counting each fragment as often as it is spread", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: actor(id: "actor:fbi") { id }`).join(" ");
    expect((await ask(`{ ${aliases} }`)).body.errors[0].extensions).toEqual({
      code: "QUERY_TOO_COMPLEX",
      limit: "aliases",
      found: 16,
      max: 15,
    });
    const spread = `{ ...F ...F } fragment F on Query { ${Array.from({ length: 8 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    expect((await ask(spread)).body.errors[0].extensions).toMatchObject({ limit: "aliases", found: 16 });
  });

  it("refuses too many directives", async () => {
    const query = `{ actor(id: "actor:fbi") { id ${"@include(if: true) ".repeat(51)} } }`;
    expect((await ask(query)).body.errors[0].extensions).toEqual({
      code: "QUERY_TOO_COMPLEX",
      limit: "directives",
      found: 51,
      max: 50,
    });
  });

  it("refuses documents of too many tokens", async () => {
    const query = `{ ${Array.from({ length: 2100 }, () => "__typename").join(" ")} }`;
    const { body } = await ask(query);
    expect(body.errors[0]).toEqual({
      message: "The operation has more than 2000 tokens; at most 2000 are allowed.",
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens", max: 2000 },
    });
  });

  it("calculates the cost, a connection multiplying its items by its page size, with variables", async () => {
    const query = `query($n: Int) { actors(first: $n) { nodes { name statements(first: 10) { nodes { text } } } } }`;
    const small = await ask(query, { n: 5 });
    // actors: 1 + 5 × (1 actor + statements: 1 + 10 × 1 statement) = 1 + 5 × 12
    expect(small.body.extensions.cost).toEqual({ requested: 61, limit: 100_000 });
    // The same document again: other page sizes and conditions change the cost, other IDs do not.
    expect((await ask(query, { n: 10 })).body.extensions.cost.requested).toBe(121);
    expect((await ask(query, { n: 5 })).body.extensions.cost.requested).toBe(61);
    const conditional = `query($n: Int, $ids: [ID!], $deep: Boolean!) { actors(first: $n, filter: { ids: $ids }) {
      nodes { name statements(first: 10) @include(if: $deep) { nodes { text } } } } }`;
    const cost = async (variables: Record<string, unknown>) => (await ask(conditional, variables)).body.extensions.cost.requested;
    // Each ID given costs 1 more: other IDs, the same cost; more IDs, more.
    expect(await cost({ n: 5, ids: ["actor:fbi"], deep: true })).toBe(62);
    expect(await cost({ n: 5, ids: ["actor:dhs"], deep: true })).toBe(62);
    expect(await cost({ n: 5, ids: ["actor:dhs", "actor:fbi", "actor:sony"], deep: true })).toBe(64);
    expect(await cost({ n: 5, ids: ["actor:dhs"], deep: false })).toBe(7);
    const nested = `{ actors(first: 100) { nodes { members(first: 100) { nodes { members(first: 100) { nodes { id } } } } } } }`;
    const { status, body } = await ask(nested);
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toEqual({ code: "QUERY_TOO_COMPLEX", limit: "cost", found: 1_020_201, max: 100_000 });
    expect(body.errors[0].message).toMatch(/^The operation may cost 1020201 .* at most 100000 is allowed/);
  });

  it("counts a facet's values by its `first`, its default included", async () => {
    const cost = async (query: string) => (await ask(query)).body.extensions.cost.requested;
    // statementFacets: 1 + 100 × (1 speaker count + 1 actor)
    expect(await cost(`{ statementFacets { bySpeaker(first: 100) { speaker { id } count } } }`)).toBe(201);
    // the default, 20
    expect(await cost(`{ statementFacets { bySpeaker { speaker { id } count } } }`)).toBe(41);
    // byMonth takes no `first`: a plain list's estimate, 5 × 1
    expect(await cost(`{ statementFacets { byMonth { month count } } }`)).toBe(6);
  });

  it("never charges introspection as if it were data, and leaves it out of the depth", async () => {
    const { body } = await ask(getIntrospectionQuery());
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe("Query");
    expect(body.extensions.cost).toEqual({ requested: 0, limit: 100_000 });
  });

  it("refuses a list argument longer than 100 items, in a literal, a variable or deep in a filter, before any SQL", async () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `actor:x${i}`);
    const started = process.hrtime.bigint();
    const { status, body } = await ask(`query($ids: [ID!]) { actors(filter: { ids: $ids }) { totalCount } }`, { ids });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message:
          "`filter.ids` has 20000 items; at most 100 are allowed in one list. Split the request, or page through the results.",
        extensions: { code: "BAD_USER_INPUT", argument: "filter.ids", limit: "listItems", found: 20000, max: 100 },
      },
    ]);
    expect(ms).toBeLessThan(5_000); // was 1.7 s and an INTERNAL_SERVER_ERROR (too many SQL variables)
    const nested = `{ events(filter: { participant: { actor: { ids: [${ids
      .slice(0, 101)
      .map((id) => JSON.stringify(id))
      .join(",")}] } } }) { totalCount } }`;
    expect((await ask(nested)).body.errors[0].extensions).toEqual({
      code: "BAD_USER_INPUT",
      argument: "filter.participant.actor.ids",
      limit: "listItems",
      found: 101,
      max: 100,
    });
    const nodes = await ask(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids.slice(0, 101) });
    expect(nodes.body.errors[0].extensions).toMatchObject({ argument: "ids", found: 101, max: 100 });
    // 100 is fine, and costs 99 more than one: the connection 1, each ID 1, the count nothing.
    const counted = async (n: number) => {
      const { body } = await ask(`query($ids: [ID!]) { actors(first: 1, filter: { ids: $ids }) { totalCount } }`, {
        ids: ids.slice(0, n),
      });
      expect(body.errors).toBeUndefined();
      return body.extensions.cost.requested;
    };
    expect(await counted(1)).toBe(1 + 1);
    expect(await counted(100)).toBe(1 + 100);
  });

  it("refuses text with a NUL character or a lone surrogate in any argument, the same on both drivers", async () => {
    const count = `query($t: String) { actors(filter: { text: $t }) { totalCount } }`;
    const nul = await ask(count, { t: "\u0000" });
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([
      {
        message: "`filter.text` holds a NUL character (U+0000) at offset 0, which no text may contain; remove it.",
        extensions: { code: "BAD_USER_INPUT", argument: "filter.text" },
      },
    ]);
    // In a literal, GraphQL's parser refuses the escape itself; in a variable, the limits do.
    const literal = await ask(`{ search(text: "Kim \\uD800 Jong") { totalCount } }`);
    expect(literal.body.errors[0]).toMatchObject({ message: 'Syntax Error: Invalid Unicode escape sequence: "\\uD800".' });
    const lone = await ask(`query($t: String!) { search(text: $t) { totalCount } }`, { t: "Kim \uD800 Jong" });
    expect(lone.body.errors[0]).toEqual({
      message:
        "`text` holds a lone UTF-16 surrogate (U+D800) at offset 4: half of a character, which cannot be stored; send well-formed Unicode.",
      extensions: { code: "BAD_USER_INPUT", argument: "text" },
    });
    const mutation = `mutation($input: TopicInput!) { createTopic(input: $input) { id } }`;
    const { key } = await hub.services.apiKeys.create("limits editor", Role.EDITOR);
    const write = await ask(mutation, { input: { name: "half \uDC00" } }, key);
    expect(write.body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "input.name" });
    // A whole pair is a character like any other: an emoji is searched, not refused.
    const emoji = await ask(count, { t: "\u{1F600}" });
    expect(emoji.body.errors).toBeUndefined();
    expect(emoji.body.data.actors.totalCount).toBe(0);
  });

  it("refuses values nested more than 8 objects deep, in literals and variables alike", async () => {
    // events(filter: { participant: { event: { participant: … } } }), `levels` objects deep, as a variable
    // The filter is object 1, an EventFilter; object k is a ParticipantFilter when k is even.
    const chain = (levels: number): Record<string, unknown> => {
      let value: Record<string, unknown> = levels % 2 === 0 ? { roles: ["ATTRIBUTOR"] } : { countries: ["KP"] };
      for (let k = levels - 1; k >= 1; k--) value = k % 2 === 1 ? { participant: value } : { event: value };
      return value;
    };
    const query = `query($f: EventFilter) { events(filter: $f) { totalCount } }`;
    expect((await ask(query, { f: chain(8) })).body.errors).toBeUndefined();
    const { status, body } = await ask(query, { f: chain(9) });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "inputDepth", found: 9, max: 8 });
    expect(body.errors[0].message).toMatch(
      /^`filter(\.participant\.event)+` nests objects \(or lists in lists\) more than 8 deep; at most 8 levels are allowed\.$/,
    );
    // The same as a literal, 200 levels deep: refused at once.
    const literal = `{ events(filter: ${"{ participant: { event: ".repeat(100)}{ ids: [] }${" } }".repeat(100)}) { totalCount } }`;
    expect((await ask(literal)).body.errors[0].extensions).toMatchObject({ limit: "inputDepth" });
  });
});
