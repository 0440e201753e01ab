import { loadDataSet, readDataSet } from "../../src/seeding/seed-loader";
import { editedCopy } from "../support/seed-copies";
import { createTestHub, type TestHub } from "../support/test-hub";

describe("designations in force", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
    // One designation delisted on a known date, one delisted on an unknown date.
    const dir = editedCopy("sanctions.json", (records) => {
      const designations = records[1].designations;
      Object.assign(
        designations.find((d: { id: string }) => d.id === "designation:ofac-17614-dprk2"),
        { status: "DELISTED", delistedOn: "2016-06-01" },
      );
      Object.assign(
        designations.find((d: { id: string }) => d.id === "designation:ofac-17615-dprk2"),
        { status: "DELISTED" },
      );
    });
    await loadDataSet(hub.dataSource, readDataSet(dir));
  });

  afterAll(async () => {
    await hub.close();
  });

  async function inForce(day: string): Promise<string[]> {
    const { sanction } = await hub.data(
      `query($day: Date) { sanction(id: "sanction:ofac-dprk2") {
      designations(first: 100, filter: { activeOn: $day }) { nodes { id } } } }`,
      { day },
    );
    return sanction.designations.nodes.map((d: { id: string }) => d.id);
  }

  it("counts a designation delisted on a date as in force until that date", async () => {
    expect(await inForce("2016-05-31")).toContain("designation:ofac-17614-dprk2");
    expect(await inForce("2016-06-01")).not.toContain("designation:ofac-17614-dprk2");
  });

  it("never counts a DELISTED designation of unknown delisting date as in force", async () => {
    expect(await inForce("2015-01-02")).not.toContain("designation:ofac-17615-dprk2");
    expect(await inForce("2015-01-02")).toHaveLength(12);
  });

  it("leaves delisted targets out of designatedUnder, which counts ACTIVE designations", async () => {
    const { actors } = await hub.data(`{ actors(first: 100, filter: { designatedUnder: "DPRK2" }) { totalCount } }`);
    expect(actors.totalCount).toBe(11);
  });
});
