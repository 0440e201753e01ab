import type { DataSource } from "typeorm";
import { loadDataSet } from "../../src/seeding/seed-loader";
import { syntheticDataSet } from "../support/synthetic";
import { createContext } from "../../src/api/context";
import { createTestHub, type TestHub } from "../support/test-hub";

/** actors → statements → about (events) → participants → actor: five levels, each a list. */
const NESTED = `query($actors: Int!, $statements: Int!, $participants: Int!) {
  actors(first: $actors, filter: { text: "synthetic" }) {
    nodes {
      name
      statements(first: $statements) {
        nodes {
          text
          about {
            title
            participants(first: $participants) { nodes { role actor { name } } }
          }
        }
      }
    }
  }
}`;

interface Shape {
  rows: number[];
  statements: number;
}

async function measure(hub: TestHub, pages: { actors: number; statements: number; participants: number }): Promise<Shape> {
  let data: any;
  const statements = await hub.counter.measure(async () => {
    data = await hub.data(NESTED, pages);
  });
  const actors = data.actors.nodes;
  const said = actors.flatMap((a: any) => a.statements.nodes);
  const events = said.flatMap((s: any) => s.about);
  const participants = events.flatMap((e: any) => e.participants.nodes);
  return { rows: [actors.length, said.length, events.length, participants.length], statements };
}

describe("batching (no N+1)", () => {
  const small = { actors: 60, statementsPerActor: 2, events: 60, participantsPerEvent: 3 };
  const large = { actors: 120, statementsPerActor: 4, events: 120, participantsPerEvent: 6 };

  async function hubWith(scale: typeof small): Promise<TestHub> {
    const hub = await createTestHub({ seeded: false });
    await loadDataSet(hub.dataSource as DataSource, syntheticDataSet(scale));
    return hub;
  }

  it("runs the same number of SQL statements when the data and the page sizes double", async () => {
    const smallHub = await hubWith(small);
    const before = await measure(smallHub, { actors: 50, statements: 10, participants: 10 });
    await smallHub.close();
    const largeHub = await hubWith(large);
    const after = await measure(largeHub, { actors: 100, statements: 20, participants: 20 });
    await largeHub.close();

    console.log(`rows per level ${before.rows} → ${after.rows}; SQL statements ${before.statements} → ${after.statements}`);
    // At least 50 rows at every level, and twice as many (or more) after doubling.
    for (const count of before.rows) expect(count).toBeGreaterThanOrEqual(50);
    before.rows.forEach((count, level) => expect(after.rows[level]).toBeGreaterThanOrEqual(2 * count));
    // One statement per level — actors, statements, about, participants — the participants coming with their actors.
    expect(before.statements).toBe(4);
    expect(after.statements).toBe(before.statements);
  });
});

describe("per-request loaders", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  it("are made on first use, once per request, and never shared between requests", async () => {
    const first = createContext(hub.services);
    // Nothing is made until a resolver asks.
    expect(Object.keys(first.loaders.actors)).toEqual([]);
    const byId = first.loaders.actors.byId;
    expect(first.loaders.actors.byId).toBe(byId);
    expect(Object.keys(first.loaders.actors)).toEqual(["byId"]);
    expect(Object.keys(first.loaders.statements)).toEqual([]);
    // Another request gets its own, with its own cache.
    const second = createContext(hub.services);
    expect(second.loaders.actors.byId).not.toBe(byId);
    const [a, b] = await Promise.all([byId.load("actor:fbi"), second.loaders.actors.byId.load("actor:fbi")]);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});
