import type { Viewer } from "../../src/auth/api-key.service";
import { Role } from "../../src/auth/role";
import { createTestHub, type TestHub } from "../support/test-hub";

const editor: Viewer = { keyId: "key:editor", name: "Desk A", role: Role.EDITOR };

/*
 * Search and text filters go through each table's full-text index (FULLTEXT on MariaDB, FTS5 on
 * SQLite) and mean the same on both: every word must begin a word of the record's text.
 */
describe("full-text search", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  const statementIds = async (text: string) =>
    (
      await hub.data(`query($text: String) { statements(first: 100, filter: { text: $text }) { nodes { id } } }`, { text })
    ).statements.nodes
      .map((node: { id: string }) => node.id)
      .sort();

  const topicIds = async (text: string) =>
    (await hub.data(`query($text: String) { topics(filter: { text: $text }) { nodes { id } } }`, { text })).topics.nodes.map(
      (node: { id: string }) => node.id,
    );

  it("matches every word at the start of a word, whatever its case and accents", async () => {
    const full = await statementIds("proportional");
    expect(full.length).toBeGreaterThan(0);
    expect(await statementIds("PROPORT")).toEqual(full);
    // Inside a word is not a match: full-text search finds words, not fragments.
    expect(await statementIds("roportional")).toEqual([]);
    // Every word must match, in any of the indexed columns.
    const both = await statementIds("proportional response");
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((id: string) => full.includes(id))).toBe(true);
    expect(await statementIds("proportional zebra")).toEqual([]);
  });

  it("finds words the index would drop as stopwords, words too short for it, and words with punctuation", async () => {
    const id = "statement:fbi-names-north-korea";
    const { statement } = await hub.data(`query($id: ID!) { statement(id: $id) { text } }`, { id });
    const words: string[] = statement.text.toLowerCase().split(/[^a-z0-9]+/);
    // "the" is an English stopword: the index keeps it anyway.
    expect(words).toContain("the");
    expect(await statementIds("the")).toContain(id);
    // "ac" is shorter than MariaDB's shortest indexed word: LIKE checks it alone.
    expect(await statementIds("the ac")).toContain(id);
    expect(await statementIds("the zq")).toEqual([]);
    expect(await statementIds("north-korea")).toEqual([]);
    expect(await statementIds("north korea")).toContain(id);
  });

  it("keeps the index in step with writes: created, changed and deleted records", async () => {
    const created = await hub.execute(
      `mutation($input: TopicInput!) { createTopic(input: $input) { id } }`,
      { input: { id: "topic:zanzibar-quokka", name: "Zanzibar quokka café", description: "A test topic about marsupials" } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(await topicIds("quokka marsupial")).toEqual(["topic:zanzibar-quokka"]);
    expect(await topicIds("CAFE zanz")).toEqual(["topic:zanzibar-quokka"]);
    const updated = await hub.execute(
      `mutation { updateTopic(id: "topic:zanzibar-quokka", input: { description: "Now about wombats" }) { id } }`,
      {},
      editor,
    );
    expect(updated.errors).toBeUndefined();
    expect(await topicIds("marsupial")).toEqual([]);
    expect(await topicIds("wombat")).toEqual(["topic:zanzibar-quokka"]);
    const deleted = await hub.execute(`mutation { deleteTopic(id: "topic:zanzibar-quokka") { id } }`, {}, editor);
    expect(deleted.errors).toBeUndefined();
    expect(await topicIds("wombat")).toEqual([]);
  });

  it("finds words with underscores, which MariaDB's index keeps whole and SQLite's splits", async () => {
    const created = await hub.execute(
      `mutation($input: TopicInput!) { createTopic(input: $input) { id } }`,
      { input: { id: "topic:deep-panda", name: "deep_panda intrusions", description: "APT group names" } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(await topicIds("deep_panda")).toEqual(["topic:deep-panda"]);
    expect(await topicIds("DEEP_PAN intrusion")).toEqual(["topic:deep-panda"]);
    expect(await topicIds("deep_pandas")).toEqual([]);
    await hub.execute(`mutation { deleteTopic(id: "topic:deep-panda") { id } }`, {}, editor);
  });

  it("uses the index for search across kinds and for the timeline", async () => {
    const { search } = await hub.data(`{ search(text: "proport", types: [STATEMENT], first: 50) { edges { id } } }`);
    expect(search.edges.map((edge: { id: string }) => edge.id).sort()).toEqual(await statementIds("proportional"));
    const { timeline } = await hub.data(
      `{ timeline(first: 50, filter: { text: "proport", kinds: [STATEMENT] }) { edges { id } } }`,
    );
    expect(timeline.edges.map((edge: { id: string }) => edge.id).sort()).toEqual(await statementIds("proportional"));
    await hub.counter.measure(() => statementIds("proportional"));
    expect(hub.counter.statements.slice(-1)[0].query).toMatch(/MATCH/);
  });
});
