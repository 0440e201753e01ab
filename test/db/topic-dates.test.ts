import type { Viewer } from "../../src/auth/api-key.service";
import { Role } from "../../src/auth/role";
import { createTestHub, type TestHub } from "../support/test-hub";

/*
 * Topic links carry their statement's date (`statement_topics.said_on`, migration
 * TopicDates1764489600000) so that "statements on one topic, by date" reads one index in order.
 * The copy is kept by triggers: these tests write through the API and through plain SQL and check
 * that it never drifts, then that a page read through the links is the page the general path reads.
 */
const editor: Viewer = { keyId: "key:editor", name: "Desk A", role: Role.EDITOR };
const TOPIC = "topic:proportional-response";
const OTHER = "topic:gossip-test";

describe("statement dates on topic links", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
    const write = async (query: string) => {
      const result = await hub.execute(query, undefined, editor);
      expect(result.errors).toBeUndefined();
    };
    await write(`mutation { createTopic(input: { id: "${OTHER}", name: "gossip (test)" }) { id } }`);
    // 24 statements on two topics, several on the same day (the ID breaks ties), some on both topics.
    for (let i = 0; i < 24; i++) {
      const day = `2015-0${1 + (i % 3)}-${String(10 + (i % 4)).padStart(2, "0")}`;
      const topics = i % 3 === 0 ? [TOPIC, OTHER] : i % 3 === 1 ? [TOPIC] : [OTHER];
      await write(`mutation { createStatement(input: {
        id: "statement:dated-${String(i).padStart(2, "0")}", text: "dated ${i}", kind: QUOTE, saidOn: "${day}",
        speaker: "${i % 2 ? "actor:kim-jong-un" : "actor:north-korea"}", source: "source:thewrap-2015-01-02",
        topics: ${JSON.stringify(topics)} }) { id } }`);
    }
  });

  afterAll(async () => {
    await hub.close();
  });

  /** Links whose date is not their statement's (or is missing), and how many links there are. */
  async function drift(): Promise<{ wrong: unknown[]; links: number }> {
    const wrong = await hub.dataSource.query(
      `SELECT st.statement_id, st.topic_id, st.said_on AS link, s.said_on AS statement
         FROM statement_topics st JOIN statements s ON s.id = st.statement_id
        WHERE st.said_on IS NULL OR st.said_on <> s.said_on`,
    );
    const [{ n }] = await hub.dataSource.query("SELECT COUNT(*) AS n FROM statement_topics");
    return { wrong, links: Number(n) };
  }

  it("are set by the seed loader and by the API's writes, and follow a statement's new date", async () => {
    const seeded = await drift();
    expect(seeded.wrong).toEqual([]);
    expect(seeded.links).toBeGreaterThan(40);

    const update = await hub.execute(
      `mutation { updateStatement(id: "statement:dated-00", input: { saidOn: "2014-12-01", topics: ["${OTHER}", "topic:sanctions"] }) { saidOn } }`,
      undefined,
      editor,
    );
    expect(update.errors).toBeUndefined();
    const links = await hub.dataSource.query(
      "SELECT topic_id, said_on FROM statement_topics WHERE statement_id = ? ORDER BY topic_id",
      ["statement:dated-00"],
    );
    expect(links.map((link: { topic_id: string; said_on: unknown }) => [link.topic_id, isoDate(link.said_on)])).toEqual([
      [OTHER, "2014-12-01"],
      ["topic:sanctions", "2014-12-01"],
    ]);
    expect((await drift()).wrong).toEqual([]);
  });

  it("cannot be set wrong by plain SQL", async () => {
    await hub.dataSource.query("INSERT INTO statement_topics (statement_id, topic_id, said_on) VALUES (?, ?, ?)", [
      "statement:dated-01",
      "topic:sanctions",
      "1999-01-01",
    ]);
    await hub.dataSource.query("UPDATE statement_topics SET said_on = ? WHERE statement_id = ?", [
      "1999-01-01",
      "statement:dated-02",
    ]);
    await hub.dataSource.query("UPDATE statements SET said_on = ? WHERE id = ?", ["2015-06-30", "statement:dated-03"]);
    expect((await drift()).wrong).toEqual([]);
    const [{ said_on }] = await hub.dataSource.query(
      "SELECT said_on FROM statement_topics WHERE statement_id = ? AND topic_id = ?",
      ["statement:dated-03", TOPIC],
    );
    expect(isoDate(said_on)).toBe("2015-06-30");
  });

  describe("reading one topic through its links", () => {
    const PAGE = "totalCount nodes { id saidOn } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
    type Page = {
      totalCount: number;
      nodes: { id: string; saidOn: string }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    };

    /** Every statement the filter finds, page by page (forward from the start, or backward from the end). */
    async function walk(topics: string[], direction: "ASC" | "DESC", backward: boolean) {
      const statementsBefore = hub.counter.statements.length;
      const ids: string[] = [];
      let cursor: string | null = null;
      let total = -1;
      for (let guard = 0; guard < 20; guard++) {
        const window = backward ? `last: 4, before: $cursor` : `first: 4, after: $cursor`;
        const { statements }: { statements: Page } = await hub.data<{ statements: Page }>(
          `query ($cursor: String) { statements(${window}, orderBy: { field: SAID_ON, direction: ${direction} },
            filter: { topics: ${JSON.stringify(topics)}, saidOn: { from: "2015-01-11", to: "2015-06-30" } }) { ${PAGE} } }`,
          { cursor },
        );
        total = statements.totalCount;
        const page = statements.nodes.map((node) => node.id);
        if (backward) ids.unshift(...page);
        else ids.push(...page);
        cursor = backward ? statements.pageInfo.startCursor : statements.pageInfo.endCursor;
        if (!(backward ? statements.pageInfo.hasPreviousPage : statements.pageInfo.hasNextPage)) break;
      }
      const sql = hub.counter.statements.slice(statementsBefore).map((statement) => statement.query);
      return { ids, total, throughLinks: sql.some((query) => /FROM statement_topics st JOIN statements s/.test(query)) };
    }

    it.each([
      ["ASC", false],
      ["DESC", false],
      ["ASC", true],
      ["DESC", true],
    ] as const)("pages %s (backward: %s) exactly as the general filter does", async (direction, backward) => {
      // The same topic twice takes the general path (a semi-join on the links), once the links' index.
      const general = await walk([TOPIC, TOPIC], direction, backward);
      const links = await walk([TOPIC], direction, backward);
      expect(general.throughLinks).toBe(false);
      expect(links.throughLinks).toBe(true);
      expect(links.ids).toEqual(general.ids);
      expect(links.total).toBe(general.ids.length);
      expect(general.total).toBe(general.ids.length);

      // And both are the statements on the topic in the range, in the order asked, by date then ID.
      const rows: { id: string; said_on: unknown }[] = await hub.dataSource.query(
        `SELECT s.id, s.said_on FROM statements s JOIN statement_topics st ON st.statement_id = s.id
          WHERE st.topic_id = ? AND s.said_on >= '2015-01-11' AND s.said_on <= '2015-06-30'`,
        [TOPIC],
      );
      const expected = rows
        .map((row) => ({ id: row.id, day: isoDate(row.said_on) }))
        .sort((a, b) => a.day.localeCompare(b.day) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((row) => row.id);
      if (direction === "DESC") expected.reverse();
      expect(expected.length).toBeGreaterThan(8);
      expect(links.ids).toEqual(expected);
    });
  });
});

/** A DATE column as `YYYY-MM-DD`, whichever way the driver returns it. */
function isoDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
