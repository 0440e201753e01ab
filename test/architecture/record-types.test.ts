import type { DataSource } from "typeorm";
import { DOMAINS, RECORD_TYPES } from "../../src/domains";
import { text } from "../../src/records/json-schema";
import { topicRecords } from "../../src/topics/topic.writer";
import { prefixesNamedBy, RecordTypes } from "../../src/writing/record-types";
import { createTestDataSource } from "../support/test-database";

/*
 * The one write path derives what it knows from the domains' record types (`<domain>.writer.ts`):
 * the seed files and their order, the tables behind each prefix, what refers to what. These checks
 * hold the declarations to the entities, so that a field cannot be added on one side only.
 */

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = await createTestDataSource();
});

afterAll(async () => {
  await dataSource?.destroy();
});

describe("the record types", () => {
  it("come from the domain modules, one seed file per type that has one", () => {
    const declared = DOMAINS.flatMap((domain) => (domain.writer ? [domain.writer] : []));
    expect(RECORD_TYPES.types).toEqual(declared);
    expect(RECORD_TYPES.fileNames.sort()).toEqual(declared.map((type) => `${type.file}.json`).sort());
  });

  it("are written in an order where every type comes after the types it names", () => {
    // Those naming no other type first (sources, topics), then those naming only them, and so on.
    const namesNothing = RECORD_TYPES.files.filter((type) => prefixesNamedBy(type).size === 0);
    expect(namesNothing.length).toBeGreaterThan(0);
    expect(RECORD_TYPES.files.slice(0, namesNothing.length)).toEqual(namesNothing);
    const seen = new Set<string>();
    for (const type of RECORD_TYPES.files) {
      for (const prefix of prefixesNamedBy(type)) {
        expect([...seen]).toContain(prefix);
      }
      seen.add(type.prefix);
      for (const child of type.children ?? []) seen.add(child.type.prefix);
    }
  });

  it("match their entities: every field is stored, every column is some field's", () => {
    expect(() => new RecordTypes(RECORD_TYPES.types).checkAgainst(dataSource)).not.toThrow();
  });

  it("refuse a field that no column stores", () => {
    const types = new RecordTypes([{ ...topicRecords, fields: { ...topicRecords.fields, colour: text(20) } }]);
    expect(() => types.checkAgainst(dataSource)).toThrow("Topic's record type (topic:…): the field colour is stored nowhere");
  });

  it("refuse a column that no field writes (a field added to the entity only)", () => {
    const { description: _left, ...fields } = topicRecords.fields;
    const types = new RecordTypes([{ ...topicRecords, fields }]);
    expect(() => types.checkAgainst(dataSource)).toThrow(/the column description is in no field/);
  });

  it("know, for each type, every column elsewhere that refers to its records", () => {
    const actor = RECORD_TYPES.byPrefix("actor")!;
    const referring = RECORD_TYPES.referringColumns(dataSource, actor).map((column) => column.what);
    expect(new Set(referring).size).toBe(referring.length);
    expect(referring).toEqual(
      expect.arrayContaining([
        "actors (as their affiliation)",
        "designations (as their target)",
        "events (as a participant)",
        "sanctions (as their authority)",
        "statements (as mentioned)",
        "statements (as their speaker)",
      ]),
    );
    const statement = RECORD_TYPES.byPrefix("statement")!;
    expect(RECORD_TYPES.referringColumns(dataSource, statement)).toEqual([]);
  });
});

describe("the mutation inputs", () => {
  it("offer exactly the fields of their record types (the shape mutations, data sets and the write path share)", async () => {
    const { buildDossierSchema } = await import("../../src/api/schema");
    const { GraphQLInputObjectType } = await import("graphql");
    const schema = await buildDossierSchema();
    const differences: Record<string, { onlyInInput: string[]; onlyInRecords: string[] }> = {};
    for (const type of RECORD_TYPES.all) {
      const input = schema.getType(`${type.entity.name}Input`);
      expect(input).toBeInstanceOf(GraphQLInputObjectType);
      const inputFields = Object.keys((input as InstanceType<typeof GraphQLInputObjectType>).getFields());
      const recordFields = [...Object.keys(type.fields), ...(type.children ?? []).map((child) => child.field)];
      const onlyInInput = inputFields.filter((field) => !recordFields.includes(field));
      const onlyInRecords = recordFields.filter((field) => !inputFields.includes(field));
      if (onlyInInput.length + onlyInRecords.length > 0) differences[type.entity.name] = { onlyInInput, onlyInRecords };
    }
    expect(differences).toEqual({});
  });
});
