import { loadDataSet } from "../../src/seeding/seed-loader";
import { syntheticDataSet } from "../support/synthetic";
import { createTestHub, type TestHub } from "../support/test-hub";

const ENTITY_TYPES = ["Actor", "Event", "Statement", "Sanction", "Designation", "Source", "Topic"];

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Node { id }
    ... on Actor { name }
    ... on Event { title }
  }
}`;

describe("the hub as a Federation 2 subgraph", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
    await loadDataSet(
      hub.dataSource,
      syntheticDataSet({ actors: 120, statementsPerActor: 1, events: 10, participantsPerEvent: 1 }),
    );
  });

  afterAll(async () => {
    await hub.close();
  });

  it("links the federation spec and keys every Node type by its ID in _service { sdl }", async () => {
    const { _service } = await hub.data(`{ _service { sdl } }`);
    expect(_service.sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \[.*"@key".*\]\)/);
    for (const type of ENTITY_TYPES) {
      expect(_service.sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    }
  });

  it("resolves a representation of every entity type", async () => {
    const representations = [
      { __typename: "Actor", id: "actor:fbi" },
      { __typename: "Event", id: "event:sony-pictures-hack" },
      { __typename: "Statement", id: "statement:fbi-names-north-korea" },
      { __typename: "Sanction", id: "sanction:eo-13687" },
      { __typename: "Designation", id: "designation:ofac-9345-dprk2" },
      { __typename: "Source", id: "source:thewrap-2015-01-02" },
      { __typename: "Topic", id: "topic:covert-action" },
    ];
    const { _entities } = await hub.data(ENTITIES, { representations });
    expect(_entities.map((e: { __typename: string; id: string }) => ({ __typename: e.__typename, id: e.id }))).toEqual(
      representations,
    );
    expect(_entities[0].name).toBe("Federal Bureau of Investigation");
  });

  it("resolves 100 representations of one type with one SQL statement, null in place of unknown IDs", async () => {
    const representations = Array.from({ length: 100 }, (_, i) => ({
      __typename: "Actor",
      id: i % 10 === 9 ? `actor:unknown-${i}` : `actor:synthetic-${String(i).padStart(5, "0")}`,
    }));
    let data: any;
    const statements = await hub.counter.measure(async () => {
      data = await hub.data(ENTITIES, { representations });
    });
    expect(statements).toBe(1);
    expect(data._entities).toHaveLength(100);
    data._entities.forEach((entity: { id: string } | null, i: number) => {
      if (i % 10 === 9) expect(entity).toBeNull();
      else expect(entity).toMatchObject({ __typename: "Actor", id: representations[i].id });
    });
  });

  it("resolves an ID of another type to null rather than to the wrong type", async () => {
    const { _entities } = await hub.data(ENTITIES, {
      representations: [{ __typename: "Actor", id: "event:sony-pictures-hack" }],
    });
    expect(_entities).toEqual([null]);
  });

  it("refuses an unknown __typename or a missing key with BAD_USER_INPUT that names what is allowed", async () => {
    const unknown = await hub.execute(ENTITIES, {
      representations: [
        { __typename: "Actor", id: "actor:fbi" },
        { __typename: "Spaceship", id: "x" },
      ],
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message:
        'representations[1] has __typename "Spaceship"; this subgraph resolves Actor, Event, Statement, Sanction, Designation, Source, Topic.',
      extensions: { code: "BAD_USER_INPUT" },
    });
    const keyless = await hub.execute(ENTITIES, { representations: [{ __typename: "Event" }] });
    expect(keyless.errors?.[0]).toMatchObject({
      message: "representations[0] (Event) needs its key: a string `id`.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
