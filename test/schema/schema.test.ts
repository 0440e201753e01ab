import fs from "node:fs";
import path from "node:path";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from "graphql";
import { PROJECT_ROOT } from "../../src/config";
import { buildDossierSchema, printDossierSchema } from "../../src/api/schema";

describe("the schema", () => {
  it("matches the committed schema/schema.graphql (run `npm run schema` after changing it)", async () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(await printDossierSchema());
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = await buildDossierSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("offers the contract's entry points", async () => {
    const query = (await buildDossierSchema()).getQueryType()!.getFields();
    for (const name of ["node", "nodes", "search", "timeline"]) expect(query[name]).toBeDefined();
    for (const [one, many] of [
      ["actor", "actors"],
      ["event", "events"],
      ["statement", "statements"],
      ["sanction", "sanctions"],
      ["source", "sources"],
      ["topic", "topics"],
    ]) {
      expect(query[one].args.map((arg) => arg.name)).toEqual(["id"]);
      expect(query[many].args.map((arg) => arg.name).sort()).toEqual(["after", "before", "filter", "first", "last", "orderBy"]);
    }
  });
});
