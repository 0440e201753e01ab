import { createTestHub, type TestHub } from "../support/test-hub";

type Ref = { id: string };
const ids = (refs: Ref[]) => refs.map((ref) => ref.id).sort();

/**
 * Every relationship of the API can be walked from both ends and gives the same pairs: this reads
 * the whole seed data set from every side and compares.
 */
describe("relationships", () => {
  let hub: TestHub;
  let everything: Record<string, any[]>;

  beforeAll(async () => {
    hub = await createTestHub();
    const page = "first: 100";
    const data = await hub.data(`{
      statements(${page}) { nodes { id speaker { id } source { id } topics { id } about { id } mentions { id } } }
      actors(${page}) { nodes {
        id affiliation { id } members(${page}) { nodes { id } } sources { id }
        statements(${page}) { nodes { id } } mentionedIn(${page}) { nodes { id } }
        events(${page}) { nodes { role event { id } actor { id } } }
        designations(${page}) { nodes { id } } sanctionsIssued(${page}) { nodes { id } }
      } }
      events(${page}) { nodes {
        id sources { id } statements(${page}) { nodes { id } } sanctions(${page}) { nodes { id } }
        participants(${page}) { nodes { role actor { id } event { id } } }
        related(${page}) { nodes { type direction event { id } from { id } to { id } } }
      } }
      sanctions(${page}) { nodes {
        id authority { id } respondsTo { id } sources { id }
        designations(${page}) { nodes { id target { id } sanction { id } source { id } } }
      } }
      topics(${page}) { nodes { id statements(${page}) { nodes { id } } } }
      sources(${page}) { nodes {
        id statements(${page}) { nodes { id } } events(${page}) { nodes { id } } sanctions(${page}) { nodes { id } }
        designations(${page}) { nodes { id } } actors(${page}) { nodes { id } }
      } }
    }`);
    everything = Object.fromEntries(
      Object.entries(data).map(([key, connection]) => [key, (connection as { nodes: any[] }).nodes]),
    );
  });

  afterAll(async () => {
    await hub.close();
  });

  const find = (collection: string, id: string) => everything[collection].find((item) => item.id === id);

  it("reads the whole seed data set", () => {
    expect(everything.statements).toHaveLength(15);
    expect(everything.actors).toHaveLength(35);
    expect(everything.events).toHaveLength(10);
  });

  it("Statement.speaker ↔ Actor.statements", () => {
    for (const statement of everything.statements)
      expect(ids(find("actors", statement.speaker.id).statements.nodes)).toContain(statement.id);
    const pairs = everything.actors.flatMap((a) => a.statements.nodes.map((s: Ref) => [a.id, s.id]));
    expect(pairs).toHaveLength(everything.statements.length);
  });

  it("Statement.mentions ↔ Actor.mentionedIn", () => {
    const forward = everything.statements.flatMap((s) => s.mentions.map((a: Ref) => `${s.id}|${a.id}`)).sort();
    const backward = everything.actors.flatMap((a) => a.mentionedIn.nodes.map((s: Ref) => `${s.id}|${a.id}`)).sort();
    expect(forward.length).toBeGreaterThan(20);
    expect(backward).toEqual(forward);
  });

  it("Statement.about ↔ Event.statements", () => {
    const forward = everything.statements.flatMap((s) => s.about.map((e: Ref) => `${s.id}|${e.id}`)).sort();
    const backward = everything.events.flatMap((e) => e.statements.nodes.map((s: Ref) => `${s.id}|${e.id}`)).sort();
    expect(forward.length).toBeGreaterThan(20);
    expect(backward).toEqual(forward);
  });

  it("Statement.topics ↔ Topic.statements", () => {
    const forward = everything.statements.flatMap((s) => s.topics.map((t: Ref) => `${s.id}|${t.id}`)).sort();
    const backward = everything.topics.flatMap((t) => t.statements.nodes.map((s: Ref) => `${s.id}|${t.id}`)).sort();
    expect(backward).toEqual(forward);
  });

  it("Statement.source ↔ Source.statements", () => {
    const forward = everything.statements.map((s) => `${s.id}|${s.source.id}`).sort();
    const backward = everything.sources.flatMap((src) => src.statements.nodes.map((s: Ref) => `${s.id}|${src.id}`)).sort();
    expect(backward).toEqual(forward);
  });

  it("Event.participants ↔ Actor.events, with the same roles", () => {
    const forward = everything.events
      .flatMap((e) => e.participants.nodes.map((p: any) => `${e.id}|${p.actor.id}|${p.role}|${p.event.id}`))
      .sort();
    const backward = everything.actors
      .flatMap((a) => a.events.nodes.map((p: any) => `${p.event.id}|${a.id}|${p.role}|${p.event.id}`))
      .sort();
    expect(forward.length).toBeGreaterThan(30);
    expect(backward).toEqual(forward);
  });

  it("Event.related shows each relation from both events, OUTGOING from `from` and INCOMING at `to`", () => {
    const relations = everything.events.flatMap((e) => e.related.nodes.map((r: any) => ({ at: e.id, ...r })));
    for (const r of relations) {
      if (r.direction === "OUTGOING") expect([r.from.id, r.to.id]).toEqual([r.at, r.event.id]);
      else expect([r.from.id, r.to.id]).toEqual([r.event.id, r.at]);
    }
    const outgoing = relations
      .filter((r) => r.direction === "OUTGOING")
      .map((r) => `${r.from.id}|${r.type}|${r.to.id}`)
      .sort();
    const incoming = relations
      .filter((r) => r.direction === "INCOMING")
      .map((r) => `${r.from.id}|${r.type}|${r.to.id}`)
      .sort();
    expect(outgoing.length).toBeGreaterThan(5);
    expect(incoming).toEqual(outgoing);
  });

  it("Event.sanctions ↔ Sanction.respondsTo", () => {
    const forward = everything.sanctions.flatMap((s) => s.respondsTo.map((e: Ref) => `${s.id}|${e.id}`)).sort();
    const backward = everything.events.flatMap((e) => e.sanctions.nodes.map((s: Ref) => `${s.id}|${e.id}`)).sort();
    expect(forward).toEqual(expect.arrayContaining(["sanction:eo-13687|event:sony-pictures-hack"]));
    expect(backward).toEqual(forward);
  });

  it("Sanction.designations ↔ Designation.sanction ↔ Actor.designations ↔ Designation.target", () => {
    const designations = everything.sanctions.flatMap((s) => s.designations.nodes.map((d: any) => ({ ...d, parent: s.id })));
    expect(designations).toHaveLength(15);
    for (const d of designations) {
      expect(d.sanction.id).toBe(d.parent);
      expect(ids(find("actors", d.target.id).designations.nodes)).toContain(d.id);
    }
    expect(everything.actors.flatMap((a) => a.designations.nodes)).toHaveLength(15);
  });

  it("Sanction.authority ↔ Actor.sanctionsIssued", () => {
    for (const sanction of everything.sanctions)
      expect(ids(find("actors", sanction.authority.id).sanctionsIssued.nodes)).toContain(sanction.id);
    expect(everything.actors.flatMap((a) => a.sanctionsIssued.nodes)).toHaveLength(everything.sanctions.length);
  });

  it("Actor.affiliation ↔ Actor.members", () => {
    const forward = everything.actors
      .filter((a) => a.affiliation)
      .map((a) => `${a.id}|${a.affiliation.id}`)
      .sort();
    const backward = everything.actors.flatMap((parent) => parent.members.nodes.map((m: Ref) => `${m.id}|${parent.id}`)).sort();
    expect(forward.length).toBeGreaterThan(20);
    expect(backward).toEqual(forward);
  });

  it("Event, Sanction, Actor and Designation sources ↔ Source.events, .sanctions, .actors, .designations", () => {
    const pairs = (collection: string, field: string) =>
      everything[collection]
        .flatMap((item) => (field === "source" ? [item.source] : item[field]).map((src: Ref) => `${item.id}|${src.id}`))
        .sort();
    const fromSources = (field: string) =>
      everything.sources.flatMap((src) => src[field].nodes.map((item: Ref) => `${item.id}|${src.id}`)).sort();
    expect(fromSources("events")).toEqual(pairs("events", "sources"));
    expect(fromSources("sanctions")).toEqual(pairs("sanctions", "sources"));
    expect(fromSources("actors")).toEqual(pairs("actors", "sources"));
    const designations = everything.sanctions.flatMap((s) => s.designations.nodes);
    expect(fromSources("designations")).toEqual(designations.map((d: any) => `${d.id}|${d.source.id}`).sort());
  });

  it("cites at least one source for every event, statement and sanction", () => {
    for (const event of everything.events) expect(event.sources.length).toBeGreaterThan(0);
    for (const sanction of everything.sanctions) expect(sanction.sources.length).toBeGreaterThan(0);
    for (const statement of everything.statements) expect(statement.source).not.toBeNull();
  });
});
