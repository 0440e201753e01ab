import { createTestHub, type TestHub } from "../support/test-hub";

/*
 * A connection reads only the columns its items' selection needs: the key columns (ID and the
 * `…_id` columns that related records are loaded by) and one per selected field. The answers
 * must be exactly those of a query that reads every column.
 */

/** The SELECT list of the one statement `query` runs. */
async function selectList(hub: TestHub, query: string, variables?: Record<string, unknown>) {
  const from = hub.counter.statements.length;
  const data = await hub.data(query, variables);
  const statements = hub.counter.statements.slice(from).map((statement) => statement.query);
  expect(statements).toHaveLength(1);
  const select = /SELECT\s+([\s\S]*?)\s+FROM/i.exec(statements[0])![1];
  return { data, columns: select.split(",").map((column) => column.trim()) };
}

describe("columns fetched by selection", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  it("reads only the selected columns and the keys of a page of statements", async () => {
    const { columns } = await selectList(hub, "{ statements(first: 5) { nodes { id text saidOn } } }");
    expect(columns).toEqual(expect.arrayContaining(["s.id", "s.text", "s.said_on", "s.speaker_id", "s.source_id"]));
    expect(columns).not.toContain("s.*");
    expect(columns).not.toContain("s.attribution");
    expect(columns).not.toContain("s.created_at");
  });

  it("gives the same answers as a selection of every field, with relations loaded through the key columns", async () => {
    const all = `{ statements(first: 20, orderBy: { field: SAID_ON, direction: DESC }) { nodes {
      id text kind saidOn datePrecision attribution createdAt updatedAt speaker { id name } source { id title } topics { id } } } }`;
    const some = `{ statements(first: 20, orderBy: { field: SAID_ON, direction: DESC }) { nodes {
      id saidOn speaker { id name } source { id title } topics { id } } } }`;
    const everything = (await hub.data(all)).statements.nodes;
    const pruned = (await hub.data(some)).statements.nodes;
    expect(pruned).toEqual(
      everything.map((n: any) => ({ id: n.id, saidOn: n.saidOn, speaker: n.speaker, source: n.source, topics: n.topics })),
    );
  });

  it("reads only the selected columns of a joined record", async () => {
    const { data, columns } = await selectList(hub, "{ statements(first: 5) { nodes { id speaker { name } } } }");
    expect(columns).toEqual(expect.arrayContaining(["j_speaker.id AS speaker__id", "j_speaker.name AS speaker__name"]));
    expect(columns.some((column) => column.startsWith("j_speaker.description"))).toBe(false);
    expect(data.statements.nodes.every((n: any) => typeof n.speaker.name === "string")).toBe(true);
  });

  it("follows fragments, needs no column for __typename, and reads every column for a leaf that is not one", async () => {
    const { columns } = await selectList(hub, "{ actors(first: 3) { nodes { ...A } } } fragment A on Actor { id name }");
    expect(columns).toEqual(expect.arrayContaining(["a.id", "a.name"]));
    expect(columns).not.toContain("a.description");
    const typed = await selectList(hub, "{ actors(first: 3) { edges { node { __typename id } } } }");
    expect(typed.columns).not.toContain("a.name");
    // Every leaf field of today's types is a column; one computed from others would need them all.
    const actors = hub.services.actors;
    expect(actors.columnsFor(new Map([["name", true]]))).toEqual(expect.arrayContaining(["id", "name", "affiliation_id"]));
    expect(actors.columnsFor(new Map([["statements", false]]))).not.toContain("name");
    expect(
      actors.columnsFor(
        new Map([
          ["name", true],
          ["computedLeaf", true],
        ]),
      ),
    ).toBeUndefined();
  });

  it("reads only the selected columns of `_entities`, answering as a full lookup does", async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Actor { id name } } }`;
    const representations = ["actor:fbi", "actor:nobody", "actor:dhs"].map((id) => ({ __typename: "Actor", id }));
    const { data, columns } = await selectList(hub, query, { representations });
    expect(columns).toEqual(expect.arrayContaining(["id", "name"]));
    expect(columns).not.toContain("*");
    expect(columns).not.toContain("description");
    const full = await hub.data(`{ fbi: actor(id: "actor:fbi") { id name } dhs: actor(id: "actor:dhs") { id name } }`);
    expect(data._entities).toEqual([full.fbi, null, full.dhs]);
  });

  it("reads what each place selects when a fragment's field is merged with more fields in one place only", async () => {
    // `b` merges F's `statements` with its own: graphql-js hands the resolver both field nodes, the
    // fragment's first — the same first node as `a`'s, which selects less.
    const query = `{
      a: actor(id: "actor:fbi") { ...F }
      b: actor(id: "actor:fbi") { ...F statements(first: 5) { nodes { attribution saidOn } } }
    }
    fragment F on Actor { statements(first: 5) { nodes { id text } } }`;
    const data = await hub.data(query);
    const full = await hub.data(`{ actor(id: "actor:fbi") { statements(first: 5) { nodes { id text attribution saidOn } } } }`);
    expect(data.a.statements.nodes).toEqual(full.actor.statements.nodes.map((n: any) => ({ id: n.id, text: n.text })));
    expect(data.b.statements.nodes).toEqual(full.actor.statements.nodes);
    expect(full.actor.statements.nodes.length).toBeGreaterThan(0);
    expect(full.actor.statements.nodes.every((n: any) => typeof n.saidOn === "string")).toBe(true);
  });

  it("keeps cursors and pages right with the sort column left out of the selection", async () => {
    const query = `query($after: String) { actors(first: 3, after: $after, orderBy: { field: NAME }) {
      nodes { id } pageInfo { endCursor hasNextPage } } }`;
    const first = (await hub.data(query)).actors;
    const second = (await hub.data(query, { after: first.pageInfo.endCursor })).actors;
    const both = (await hub.data(`{ actors(first: 6, orderBy: { field: NAME }) { nodes { id } } }`)).actors.nodes;
    expect([...first.nodes, ...second.nodes]).toEqual(both);
  });

  it("reads only the selected columns of a short list's items", async () => {
    const statement = `statement(id: "statement:fbi-names-north-korea")`;
    const from = hub.counter.statements.length;
    const data = await hub.data(`{ ${statement} { about { id title } } }`);
    const [list, ...more] = hub.counter.statements
      .slice(from)
      .map((executed) => executed.query)
      .filter((query) => /statement_events/.test(query));
    expect(more).toHaveLength(0);
    const columns = /SELECT\s+([\s\S]*?)\s+FROM/i
      .exec(list)![1]
      .split(",")
      .map((column) => column.trim());
    expect(columns).toEqual(expect.arrayContaining(["e.id", "e.title"]));
    expect(columns).not.toContain("e.*");
    expect(columns).not.toContain("e.summary");
    // The same events as a selection of every field, trimmed.
    const everything = await hub.data(`{ ${statement} { about { id title summary occurredOn createdAt } } }`);
    expect(data.statement.about.length).toBeGreaterThan(0);
    expect(data.statement.about).toEqual(everything.statement.about.map((e: any) => ({ id: e.id, title: e.title })));
  });
});
