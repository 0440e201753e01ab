import { createTestHub, type TestHub } from "../support/test-hub";

/*
 * Many-to-one records a query selects on a connection's items (a statement's speaker, a
 * participant's actor) come in the same SQL statement as the items. They must be exactly the
 * records a lookup by ID returns, whichever way the query spells the selection.
 */

const ACTOR_FIELDS = "id name kind aliases title country isOfficial isAnonymous bornOn ofacEntryNumber createdAt updatedAt";
const SOURCE_FIELDS = "id title publisher url publishedOn kind";
const EVENT_FIELDS = "id title type occurredOn endedOn datePrecision country createdAt";

describe("records joined into a connection's items", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  /** The same records looked up one by one, through the by-ID loaders. */
  async function lookedUp(kind: "actor" | "source" | "event", fields: string, ids: string[]) {
    const query = `query($id: ID!) { record: ${kind}(id: $id) { ${fields} } }`;
    return Promise.all(ids.map(async (id) => (await hub.data(query, { id })).record));
  }

  it("reads each statement's speaker and source in the statement's own query, identical to lookups", async () => {
    let data: any;
    const statements = await hub.counter.measure(async () => {
      data = await hub.data(`{ statements(first: 15) { nodes { id speaker { ${ACTOR_FIELDS} } source { ${SOURCE_FIELDS} } } } }`);
    });
    const nodes = data.statements.nodes;
    expect(nodes).toHaveLength(15);
    // The page and its speakers and sources: one statement, where loading them would take three.
    expect(statements).toBe(1);
    expect(nodes.map((n: any) => n.speaker)).toEqual(
      await lookedUp(
        "actor",
        ACTOR_FIELDS,
        nodes.map((n: any) => n.speaker.id),
      ),
    );
    expect(nodes.map((n: any) => n.source)).toEqual(
      await lookedUp(
        "source",
        SOURCE_FIELDS,
        nodes.map((n: any) => n.source.id),
      ),
    );
  });

  it("reads each participant's actor and event with the participants, under many events at once", async () => {
    let data: any;
    const statements = await hub.counter.measure(async () => {
      data = await hub.data(`{ events(first: 10) { nodes { id participants(first: 20) {
        nodes { role actor { ${ACTOR_FIELDS} } event { ${EVENT_FIELDS} } } } } } }`);
    });
    const participants = data.events.nodes.flatMap((event: any) =>
      event.participants.nodes.map((p: any) => ({ ...p, parent: event.id })),
    );
    expect(participants.length).toBeGreaterThan(20);
    // The events, then the participants with their actors and events.
    expect(statements).toBe(2);
    for (const p of participants) expect(p.event.id).toBe(p.parent);
    expect(participants.map((p: any) => p.actor)).toEqual(
      await lookedUp(
        "actor",
        ACTOR_FIELDS,
        participants.map((p: any) => p.actor.id),
      ),
    );
    expect(participants.map((p: any) => p.event)).toEqual(
      await lookedUp(
        "event",
        EVENT_FIELDS,
        participants.map((p: any) => p.event.id),
      ),
    );
  });

  it("sees the selection through edges, fragment spreads and inline fragments", async () => {
    const spellings = [
      `{ statements(first: 5) { edges { node { id speaker { id name } } } } }`,
      `{ statements(first: 5) { ...Page } } fragment Page on StatementConnection { nodes { ...Said } } fragment Said on Statement { id speaker { id name } }`,
      `{ statements(first: 5) { nodes { id ... on Statement { speaker { id name } } } } }`,
    ];
    const answers = [];
    for (const query of spellings) {
      let data: any;
      const statements = await hub.counter.measure(async () => {
        data = await hub.data(query);
      });
      expect(statements).toBe(1);
      const nodes = data.statements.nodes ?? data.statements.edges.map((edge: any) => edge.node);
      answers.push(nodes);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it("joins nothing when the items' records are not selected, and loads them when selected elsewhere", async () => {
    const plain = await hub.counter.measure(() => hub.data(`{ statements(first: 5) { nodes { id text } } }`));
    expect(plain).toBe(1);
    const joinedStatements = hub.counter.statements.slice(-1)[0].query;
    expect(joinedStatements).not.toMatch(/JOIN actors/);
    // A speaker reached through `statement(id)` is not a connection item: it goes through the loader.
    const byId = await hub.counter.measure(() =>
      hub.data(`{ statement(id: "statement:fbi-names-north-korea") { speaker { id name } } }`),
    );
    expect(byId).toBe(2);
  });

  it("gives participations read without a selection their actor and event, which are plain fields", async () => {
    // Participants' ends have no resolver to fall back on: every read of participations carries them.
    const { ordering } = hub.services.participants.ordering("ROLE", false);
    const page = await hub.services.participants.findPage({ eventIds: ["event:fbi-attribution"] }, ordering, {
      limit: 10,
      backward: false,
    });
    const nodes = page.rows.map(({ row }) => hub.services.participants.toNode(row));
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.actor).toMatchObject({ id: node.actorId, name: expect.any(String) });
      expect(node.event).toMatchObject({ id: "event:fbi-attribution", title: expect.any(String) });
    }
  });
});
