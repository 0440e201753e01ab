import type { Viewer } from "../../src/auth/api-key.service";
import { Role } from "../../src/auth/role";
import { createTestHub, type TestHub } from "../support/test-hub";

const editor: Viewer = { keyId: "key:editor", name: "Desk A", role: Role.EDITOR };
const reader: Viewer = { keyId: "key:reader", name: "Partner", role: Role.READER };

describe("mutations", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
  });

  afterAll(async () => {
    await hub.close();
  });

  const write = (query: string, variables?: Record<string, unknown>) => hub.execute(query, variables, editor);
  const count = async (table: string) => Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const auditOf = (id: string) => hub.dataSource.query("SELECT * FROM audit_log WHERE entity_id = ? ORDER BY id", [id]);

  describe("roles", () => {
    it("refuses mutations without a key (UNAUTHENTICATED) and with a READER key (FORBIDDEN)", async () => {
      const mutation = `mutation { createTopic(input: { name: "espionage" }) { id } }`;
      const anonymous = await hub.execute(mutation);
      expect(anonymous.errors?.[0]).toMatchObject({
        message: "Changing data needs an API key with the EDITOR role: send `Authorization: Bearer <key>`.",
        extensions: { code: "UNAUTHENTICATED" },
      });
      const forbidden = await hub.execute(mutation, undefined, reader);
      expect(forbidden.errors?.[0]).toMatchObject({
        message: 'The key "Partner" has the READER role; mutations need EDITOR.',
        extensions: { code: "FORBIDDEN" },
      });
      expect(await count("topics")).toBe(8);
    });
  });

  describe("create", () => {
    it("creates an actor, makes its ID from its name, and records who did it", async () => {
      const { data, errors } = await write(`mutation {
        createActor(input: { name: "Guardians of Peace", kind: GROUP, aliases: ["GOP"], sources: ["source:wikipedia-sony-pictures-hack"] }) {
          id name kind aliases isOfficial sources { id }
        }
      }`);
      expect(errors).toBeUndefined();
      expect(data!.createActor).toEqual({
        id: "actor:guardians-of-peace",
        name: "Guardians of Peace",
        kind: "GROUP",
        aliases: ["GOP"],
        isOfficial: false,
        sources: [{ id: "source:wikipedia-sony-pictures-hack" }],
      });
      const [entry] = await auditOf("actor:guardians-of-peace");
      expect(entry).toMatchObject({ actor: "Desk A", key_id: "key:editor", operation: "CREATE", entity_type: "Actor" });
      expect(JSON.parse(entry.changes)).toMatchObject({
        name: { old: null, new: "Guardians of Peace" },
        sources: { old: [], new: ["source:wikipedia-sony-pictures-hack"] },
      });
      const again = await write(`mutation { createActor(input: { name: "Guardians of Peace", kind: GROUP }) { id } }`);
      expect(again.data!.createActor.id).toBe("actor:guardians-of-peace-2");
    });

    it("reports every problem of an input at once, per field, and writes nothing", async () => {
      const before = await count("actors");
      const { errors } = await write(`mutation {
        createActor(input: { kind: PERSON, country: "North Korea", wikidataId: "76", affiliation: "actor:nobody" }) { id }
      }`);
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions?.code).toBe("BAD_USER_INPUT");
      const problems = errors![0].extensions!.problems as { field: string; message: string }[];
      // The unknown affiliation too, beside the malformed fields; patterns said in words.
      expect(problems.map((p) => p.field).sort()).toEqual([
        "input.affiliation",
        "input.country",
        "input.name",
        "input.wikidataId",
      ]);
      expect(Object.fromEntries(problems.map((p) => [p.field, p.message]))).toEqual({
        "input.name": "is required",
        "input.country": 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. KP; got "North Korea"',
        "input.wikidataId": 'must be a Wikidata item ID, e.g. Q423; got "76"',
        "input.affiliation": "unknown actor actor:nobody: it is neither in this data set nor in the database",
      });
      expect(errors![0].message).toMatch(/^The input has 4 problems: /);
      // A date says what it takes, not the regular expression.
      const date = await write(`mutation {
        createStatement(input: { text: "x", kind: QUOTE, saidOn: "2015-1", speaker: "actor:nobody", source: "source:thewrap-2015-01-02" }) { id }
      }`);
      expect(date.errors![0].extensions!.problems).toEqual([
        {
          field: "input.saidOn",
          message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (2014, 2014-12 or 2014-12-19); got "2015-1"',
        },
        { field: "input.speaker", message: "unknown actor actor:nobody: it is neither in this data set nor in the database" },
      ]);
      expect(await count("actors")).toBe(before);

      // Once the shape is right, every unknown reference is reported, each naming its field.
      const references = await write(`mutation {
        createStatement(input: { text: "x", kind: QUOTE, saidOn: "2015-01", speaker: "actor:nobody", source: "source:nothing", topics: ["topic:covert-action", "topic:gossip"] }) { id }
      }`);
      expect(references.errors![0].extensions!.problems).toEqual([
        { field: "input.speaker", message: "unknown actor actor:nobody: it is neither in this data set nor in the database" },
        { field: "input.source", message: "unknown source source:nothing: it is neither in this data set nor in the database" },
        { field: "input.topics[1]", message: "unknown topic topic:gossip: it is neither in this data set nor in the database" },
      ]);
      expect(await count("statements")).toBe(15);
    });

    it("refuses an ID that is taken", async () => {
      const { errors } = await write(`mutation { createTopic(input: { id: "topic:attribution", name: "x" }) { id } }`);
      expect(errors![0].extensions!.problems).toEqual([
        { field: "input.id", message: "is taken: topic:attribution already exists (update it with updateTopic)" },
      ]);
    });

    it("creates an event with its participants and relations, and a sanction with its designations", async () => {
      const event = await write(`mutation {
        createEvent(input: {
          title: "Guardians of Peace threaten theaters", type: THREAT, occurredOn: "2014-12-16",
          participants: [{ actor: "actor:movie-theaters", role: TARGET }],
          related: [{ type: PART_OF, event: "event:sony-pictures-hack" }],
          sources: ["source:wikipedia-sony-pictures-hack"]
        }) { id datePrecision participants { nodes { role actor { id } } } related { nodes { type direction event { id } } } }
      }`);
      expect(event.errors).toBeUndefined();
      expect(event.data!.createEvent).toEqual({
        id: "event:guardians-of-peace-threaten-theaters",
        datePrecision: "DAY",
        participants: { nodes: [{ role: "TARGET", actor: { id: "actor:movie-theaters" } }] },
        related: { nodes: [{ type: "PART_OF", direction: "OUTGOING", event: { id: "event:sony-pictures-hack" } }] },
      });
      const sanction = await write(`mutation {
        createSanction(input: {
          title: "Test measure", kind: DESIGNATION, authority: "actor:us-treasury", announcedOn: "2015-06-01",
          sources: ["source:treasury-2015-01-02"],
          designations: [{ target: "actor:komid", source: "source:treasury-2015-01-02", listedOn: "2015-06-01" }]
        }) { id designations { nodes { id status target { id } } } }
      }`);
      expect(sanction.errors).toBeUndefined();
      expect(sanction.data!.createSanction.designations.nodes).toEqual([
        { id: "designation:test-measure-komid", status: "ACTIVE", target: { id: "actor:komid" } },
      ]);
    });
  });

  describe("update", () => {
    it("changes the fields given, clears those set to null, and records old and new values", async () => {
      const { data, errors } = await write(`mutation {
        updateActor(id: "actor:thewrap", input: { title: "News site", description: null }) { id title description name }
      }`);
      expect(errors).toBeUndefined();
      expect(data!.updateActor).toEqual({ id: "actor:thewrap", title: "News site", description: null, name: "TheWrap" });
      const [entry] = (await auditOf("actor:thewrap")).filter((e: { operation: string }) => e.operation === "UPDATE");
      expect(JSON.parse(entry.changes)).toEqual({
        title: { old: null, new: "News site" },
        description: { old: "The news site that published the article this data set is built from.", new: null },
      });
    });

    it("replaces lists whole: an event's participants", async () => {
      const { data } = await write(`mutation {
        updateEvent(id: "event:north-korea-internet-outage", input: { participants: [{ actor: "actor:north-korea", role: TARGET }] }) {
          participants { nodes { role actor { id } } } title
        }
      }`);
      expect(data!.updateEvent).toEqual({
        title: "North Korea's internet goes down",
        participants: { nodes: [{ role: "TARGET", actor: { id: "actor:north-korea" } }] },
      });
    });

    it("keeps a partial date's precision when the date is not changed", async () => {
      const { data } = await write(`mutation {
        updateEvent(id: "event:attribution-dispute", input: { summary: "Disputed." }) { occurredOn datePrecision summary }
      }`);
      expect(data!.updateEvent).toEqual({ occurredOn: "2014-12-01", datePrecision: "MONTH", summary: "Disputed." });
    });

    it("says NOT_FOUND for an unknown ID, and refuses to change an ID", async () => {
      const unknown = await write(`mutation { updateTopic(id: "topic:nothing", input: { name: "x" }) { id } }`);
      expect(unknown.errors![0]).toMatchObject({
        message: "There is no Topic topic:nothing.",
        extensions: { code: "NOT_FOUND" },
      });
      const rename = await write(`mutation { updateTopic(id: "topic:threats", input: { id: "topic:menaces" }) { id } }`);
      expect(rename.errors![0].extensions!.problems).toEqual([
        { field: "input.id", message: "cannot change: IDs are stable (this is topic:threats)" },
      ]);
    });

    it("refuses an affiliation that would make a cycle through stored actors", async () => {
      const { errors } = await write(
        `mutation { updateActor(id: "actor:united-states", input: { affiliation: "actor:fbi" }) { id } }`,
      );
      expect(errors![0].extensions!.problems).toEqual([
        {
          field: "input.affiliation",
          message: "affiliations would form a cycle: actor:united-states → actor:fbi → actor:us-government → actor:united-states",
        },
      ]);
    });
  });

  describe("delete", () => {
    it("refuses to delete what is still referred to, saying by what", async () => {
      const { errors } = await write(`mutation { deleteActor(id: "actor:fbi") { id } }`);
      expect(errors![0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        references: [
          { what: "statements (as their speaker)", count: 1, examples: ["statement:fbi-names-north-korea"] },
          { what: "statements (as mentioned)", count: 1, examples: ["statement:senior-official-standing-by-assessment"] },
          { what: "events (as a participant)", count: 1, examples: ["event:fbi-attribution"] },
        ],
      });
      expect(errors![0].message).toMatch(
        /^actor:fbi cannot be deleted: it is still referred to by 1 statements \(as their speaker\), /,
      );
      const [{ n }] = await hub.dataSource.query("SELECT COUNT(*) AS n FROM actors WHERE id = 'actor:fbi'");
      expect(Number(n)).toBe(1);
    });

    it("deletes a record with its own links, and records the deletion", async () => {
      const before = await count("statement_topics");
      const { data } = await write(`mutation { deleteStatement(id: "statement:security-experts-unconvinced") { id } }`);
      expect(data!.deleteStatement).toEqual({ id: "statement:security-experts-unconvinced" });
      expect(await count("statement_topics")).toBe(before - 1);
      const entries = await auditOf("statement:security-experts-unconvinced");
      expect(entries.map((e: { operation: string }) => e.operation)).toEqual(["CREATE", "DELETE"]);
      const entry = entries[1];
      expect(JSON.parse(entry.changes)).toMatchObject({
        speakerId: { old: "actor:security-experts", new: null },
        topics: { old: ["topic:attribution"], new: [] },
      });
      const gone = await hub.data(`{ statement(id: "statement:security-experts-unconvinced") { id } }`);
      expect(gone.statement).toBeNull();
    });

    it("deletes a sanction's designations with it", async () => {
      const before = await count("designations");
      await write(`mutation { deleteSanction(id: "sanction:eo-13687") { id } }`);
      expect(await count("designations")).toBe(before - 2);
      const designations = await hub.dataSource.query(
        "SELECT operation FROM audit_log WHERE entity_type = 'Designation' AND operation = 'DELETE'",
      );
      expect(designations).toHaveLength(2);
    });

    it("says NOT_FOUND for an unknown ID", async () => {
      const { errors } = await write(`mutation { deleteEvent(id: "event:nothing") { id } }`);
      expect(errors![0].extensions!.code).toBe("NOT_FOUND");
    });
  });
});
