import { createTestHub, type TestHub } from "../support/test-hub";
import { onMysql } from "../support/test-database";

/*
 * Every ordering a connection offers is read from an index, not sorted afterwards: SQLite's own
 * query plan for the SQL the API runs says so (no "USE TEMP B-TREE FOR ORDER BY"). Only on SQLite:
 * MariaDB's optimizer rightly prefers a full scan for tables of a few dozen rows, so its plan says
 * nothing here; the migration snapshot shows both drivers get the same indexes.
 */
(onMysql ? describe.skip : describe)("indexes", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  async function planOf(operation: string): Promise<string> {
    const before = hub.counter.statements.length;
    await hub.data(operation);
    const [{ query, parameters }] = hub.counter.statements.slice(before);
    const rows = await hub.dataSource.query(`EXPLAIN QUERY PLAN ${query}`, parameters);
    return JSON.stringify(rows);
  }

  it.each([
    ["actors", "NAME"],
    ["events", "OCCURRED_ON"],
    ["events", "TITLE"],
    ["statements", "SAID_ON"],
    ["sanctions", "ANNOUNCED_ON"],
    ["sanctions", "TITLE"],
    ["sources", "PUBLISHED_ON"],
    ["sources", "TITLE"],
    ["topics", "NAME"],
  ])("%s ordered by %s read in index order", async (connection, field) => {
    for (const direction of ["ASC", "DESC"]) {
      const plan = await planOf(
        `{ ${connection}(first: 5, orderBy: { field: ${field}, direction: ${direction} }) { nodes { id } } }`,
      );
      expect(plan).not.toMatch(onMysql ? /filesort/i : /TEMP B-TREE/i);
    }
  });

  it("finds a speaker's statements, a sanction's designations and an actor's members through indexes", async () => {
    for (const operation of [
      `{ actor(id: "actor:fbi") { statements { nodes { id } } } }`,
      `{ sanction(id: "sanction:ofac-dprk2") { designations { nodes { id } } } }`,
      `{ actor(id: "actor:komid") { members { nodes { id } } } }`,
    ]) {
      const before = hub.counter.statements.length;
      await hub.data(operation);
      const { query, parameters } = hub.counter.statements[before + 1];
      const plan = JSON.stringify(
        await hub.dataSource.query(`${onMysql ? "EXPLAIN" : "EXPLAIN QUERY PLAN"} ${query}`, parameters),
      );
      expect(plan).toMatch(onMysql ? /"key":"IDX_/ : /USING (COVERING )?INDEX IDX_/);
    }
  });

  it("reads the statements on one topic in a date range in date order from the topic links' index", async () => {
    for (const direction of ["ASC", "DESC"]) {
      const plan = await planOf(
        `{ statements(first: 5, orderBy: { field: SAID_ON, direction: ${direction} },
           filter: { topics: ["topic:attribution"], saidOn: { from: "2014-12-01", to: "2015-01-31" } }) { nodes { id } } }`,
      );
      expect(plan).toMatch(
        /SEARCH st USING COVERING INDEX IDX_statement_topics_topic_said_on \(topic_id=\? AND said_on>\? AND said_on<\?\)/,
      );
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
