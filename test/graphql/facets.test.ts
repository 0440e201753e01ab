import { createTestHub, type TestHub } from "../support/test-hub";

/*
 * Facets count what a filter selects, by one field. Every count is checked against the connection
 * with the same filter narrowed to that value: the two must agree, whatever the SQL behind each.
 */
describe("facets", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  const total = async (connection: string, filter: string) =>
    (await hub.data(`{ ${connection}(filter: ${filter}) { totalCount } }`))[connection].totalCount as number;

  /** The last day of a `YYYY-MM` month. */
  const monthEnd = (month: string) => {
    const [year, m] = month.split("-").map(Number);
    return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  };

  const byCountThenValue = (rows: { value: string; count: number }[]) =>
    [...rows].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

  it("count statements by speaker, topic and month as the statements connection does, for the same filter", async () => {
    const filter = `{ saidOn: { from: "2014-11-01", to: "2015-12-31" } }`;
    const { statementFacets } = await hub.data(`{ statementFacets(filter: ${filter}) {
      total bySpeaker(first: 100) { speaker { id name } count } byTopic(first: 100) { topic { id name } count } byMonth { month count } } }`);
    const narrow = (extra: string) => filter.replace(/ }$/, `, ${extra} }`);

    expect(statementFacets.total).toBe(await total("statements", filter));
    expect(statementFacets.total).toBeGreaterThan(10);

    expect(statementFacets.bySpeaker.length).toBeGreaterThan(3);
    for (const { speaker, count } of statementFacets.bySpeaker) {
      expect(speaker.name).toBeTruthy();
      expect([speaker.id, count]).toEqual([speaker.id, await total("statements", narrow(`speakerIds: ["${speaker.id}"]`))]);
    }
    const speakers = statementFacets.bySpeaker.map((row: any) => ({ value: row.speaker.id, count: row.count }));
    expect(speakers).toEqual(byCountThenValue(speakers));
    expect(speakers.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(statementFacets.total);

    expect(statementFacets.byTopic.length).toBeGreaterThan(3);
    for (const { topic, count } of statementFacets.byTopic) {
      expect([topic.id, count]).toEqual([topic.id, await total("statements", narrow(`topics: ["${topic.id}"]`))]);
    }

    expect(statementFacets.byMonth.length).toBeGreaterThan(1);
    for (const { month, count } of statementFacets.byMonth) {
      const inMonth = `{ saidOn: { from: "${month}-01", to: "${monthEnd(month)}" } }`;
      expect([month, count]).toEqual([month, await total("statements", inMonth)]);
    }
    const months = statementFacets.byMonth.map((row: any) => row.month);
    expect(months).toEqual([...months].sort());
    expect(statementFacets.byMonth.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(statementFacets.total);
  });

  it("take any statement filter, the one-topic filter included, and return only the first n values", async () => {
    const filter = `{ topics: ["topic:attribution"], speaker: { isOfficial: true } }`;
    const { statementFacets } = await hub.data(`{ statementFacets(filter: ${filter}) {
      total bySpeaker(first: 2) { speaker { id } count } byTopic { topic { id } count } } }`);
    expect(statementFacets.total).toBe(await total("statements", filter));
    expect(statementFacets.total).toBeGreaterThan(0);
    expect(statementFacets.bySpeaker.length).toBeLessThanOrEqual(2);
    // Every statement counted has the filter's topic; some have others too.
    expect(statementFacets.byTopic[0]).toEqual({ topic: { id: "topic:attribution" }, count: statementFacets.total });
  });

  it("count events by type and month as the events connection does", async () => {
    const { eventFacets } = await hub.data(`{ eventFacets { total byType { type count } byMonth { month count } } }`);
    expect(eventFacets.total).toBe(await total("events", "{}"));
    expect(eventFacets.byType.length).toBeGreaterThan(2);
    for (const { type, count } of eventFacets.byType) {
      expect([type, count]).toEqual([type, await total("events", `{ types: [${type}] }`)]);
    }
    expect(eventFacets.byType.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(eventFacets.total);
    for (const { month, count } of eventFacets.byMonth) {
      expect([month, count]).toEqual([
        month,
        await total("events", `{ occurredOn: { from: "${month}-01", to: "${monthEnd(month)}" } }`),
      ]);
    }
    expect(eventFacets.byMonth.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(eventFacets.total);
  });

  it("count designations by program and status as the designations connection does", async () => {
    const filter = `{ listedOn: { from: "2000-01-01" } }`;
    const { designationFacets } = await hub.data(`{ designationFacets(filter: ${filter}) {
      total byProgram { program count } byStatus { status count } } }`);
    expect(designationFacets.total).toBe(await total("designations", filter));
    expect(designationFacets.byProgram.length).toBeGreaterThan(0);
    for (const { program, count } of designationFacets.byProgram) {
      expect([program, count]).toEqual([
        program,
        await total("designations", `{ listedOn: { from: "2000-01-01" }, programs: ["${program}"] }`),
      ]);
    }
    for (const { status, count } of designationFacets.byStatus) {
      expect([status, count]).toEqual([
        status,
        await total("designations", `{ listedOn: { from: "2000-01-01" }, statuses: [${status}] }`),
      ]);
    }
    expect(designationFacets.byStatus.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(designationFacets.total);
  });

  it("run one SQL statement per facet asked for, and none for those not asked for", async () => {
    const before = hub.counter.statements.length;
    await hub.data(`{ statementFacets { byMonth { month count } } }`);
    expect(hub.counter.statements.length - before).toBe(1);
    const again = hub.counter.statements.length;
    await hub.data(`{ eventFacets { total byType { type count } } }`);
    expect(hub.counter.statements.length - again).toBe(2);
  });

  it("refuse a bad size or filter with BAD_USER_INPUT, as the connections do", async () => {
    for (const first of [0, 101]) {
      const result = await hub.execute(`{ statementFacets { bySpeaker(first: ${first}) { count } } }`);
      expect(result.errors?.[0]).toMatchObject({
        message: `\`first\` must be between 1 and 100; got ${first}.`,
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    const filter = `{ saidOn: { from: "2015-02-01", to: "2015-01-01" } }`;
    const facet = await hub.execute(`{ statementFacets(filter: ${filter}) { total } }`);
    const connection = await hub.execute(`{ statements(filter: ${filter}) { totalCount } }`);
    expect(facet.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(facet.errors?.[0].message).toBe(connection.errors?.[0].message);
  });
});
