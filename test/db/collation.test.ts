import { loadDataSet } from "../../src/seeding/seed-loader";
import { onMysql } from "../support/test-database";
import { createTestHub, type TestHub } from "../support/test-hub";

/** The same questions get the same answers on SQLite and on MySQL/MariaDB, whatever the case of the input. */
describe("comparisons", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
    await loadDataSet(hub.dataSource, {
      name: "cases",
      dir: "test",
      files: {
        "actors.json": ["gamma group", "Beta group", "alpha group", "Delta group"].map((name, i) => ({
          id: `actor:case-${i}`,
          name,
          kind: "GROUP",
        })),
      },
    });
  });

  afterAll(async () => {
    await hub.close();
  });

  it("matches IDs, program tags and codes exactly", async () => {
    const data = await hub.data(`{
      actor(id: "ACTOR:FBI") { id }
      byIds: actors(filter: { ids: ["Actor:fbi"] }) { totalCount }
      designated: actors(filter: { designatedUnder: "dprk2" }) { totalCount }
      countries: actors(filter: { countries: ["kp"] }) { totalCount }
    }`);
    expect(data).toEqual({ actor: null, byIds: { totalCount: 0 }, designated: { totalCount: 0 }, countries: { totalCount: 18 } });
  });

  it("matches names without regard to case", async () => {
    const data = await hub.data(`{ sources(filter: { publishers: ["thewrap"] }) { nodes { publisher } } }`);
    expect(data.sources.nodes).toEqual([{ publisher: "TheWrap" }]);
  });

  it("sorts names without regard to case, and pages them consistently", async () => {
    const query = `query($after: String) { actors(first: 2, after: $after, filter: { ids: ["actor:case-0", "actor:case-1", "actor:case-2", "actor:case-3"] }, orderBy: { field: NAME }) {
      nodes { name } pageInfo { endCursor } } }`;
    const first = await hub.data(query);
    const second = await hub.data(query, { after: first.actors.pageInfo.endCursor });
    expect([...first.actors.nodes, ...second.actors.nodes].map((a: { name: string }) => a.name)).toEqual([
      "alpha group",
      "Beta group",
      "Delta group",
      "gamma group",
    ]);
  });

  // TypeORM recreates a SQLite table to alter it; later migrations must not lose its collations.
  (onMysql ? it.skip : it)("keeps names case-insensitive on SQLite through the migrations that alter their tables", async () => {
    for (const [table, column] of [
      ["actors", "name"],
      ["actors", "title"],
      ["sanctions", "title"],
      ["sanctions", "legal_basis"],
    ]) {
      const [{ sql }] = await hub.dataSource.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]);
      expect(sql).toMatch(new RegExp(`"${column}" [^,]*COLLATE "?NOCASE"?`, "i"));
    }
  });
});
