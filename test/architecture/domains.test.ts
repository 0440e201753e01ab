import fs from "node:fs";
import path from "node:path";
import { getMetadataArgsStorage } from "typeorm";
import { DOMAINS, ENTITIES, EXPORT_KINDS, NODE_KINDS } from "../../src/domains";
import { EXPORT_NAMES } from "../../src/exporting/export-names";

/*
 * The domains are listed once, in src/domains.ts, and what enumerates them derives from that list.
 * These checks catch a domain or an entity left out of it: a table the migrations create but the
 * data source would not know, or a module nobody registered.
 */

const SRC = path.join(__dirname, "..", "..", "src");

/** The files directly in each folder of src/ whose name ends with `suffix`. */
function filesEnding(suffix: string): string[] {
  return fs
    .readdirSync(SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      fs
        .readdirSync(path.join(SRC, folder.name))
        .filter((file) => file.endsWith(suffix))
        .map((file) => path.join(SRC, folder.name, file)),
    );
}

describe("the domain list", () => {
  it("registers every domain module of src/ once, under its folder's name", () => {
    const modules = filesEnding(".module.ts");
    expect(modules.length).toBeGreaterThanOrEqual(8);
    const folders = modules.map((file) => path.basename(path.dirname(file))).sort();
    expect(DOMAINS.map((domain) => domain.name).sort()).toEqual(folders);
  });

  it("gives the data source every class that TypeORM maps to a table, each once", () => {
    // Load every entity file, so that TypeORM has seen each `@Entity` class, registered or not.
    for (const file of filesEnding(".entity.ts")) require(file);
    const mapped = new Set(
      getMetadataArgsStorage()
        .tables.filter((table) => table.type === "regular")
        .map((table) => table.target),
    );
    expect(mapped.size).toBeGreaterThanOrEqual(18);
    const registered = ENTITIES.map((entity) => entity as unknown);
    expect(new Set(registered).size).toBe(registered.length);
    const missing = [...mapped]
      .filter((target) => !registered.includes(target))
      .map((target) => (target as { name: string }).name);
    expect(missing).toEqual([]);
    for (const entity of registered) expect(mapped.has(entity as never)).toBe(true);
  });

  it("names in the CLI's export list exactly the connections the domains export", () => {
    // The list lives apart so that `dossier --help` need not load the domains to print it.
    expect([...EXPORT_NAMES].sort()).toEqual([...EXPORT_KINDS.keys()].sort());
  });

  it("gives every Node type an ID prefix of its own and a GraphQL type named as its class", async () => {
    const { buildDossierSchema } = await import("../../src/api/schema");
    const schema = await buildDossierSchema();
    expect(NODE_KINDS.size).toBeGreaterThanOrEqual(7);
    for (const [prefix, kind] of NODE_KINDS) {
      expect(prefix).toMatch(/^[a-z]+$/);
      const type = schema.getType(kind.type.name) as unknown as { getInterfaces?(): { name: string }[] } | undefined;
      expect(type?.getInterfaces?.().map((i) => i.name)).toContain("Node");
    }
  });

  it("finds every type of the schema that is a Node by node(id): each is some module's Node kind", async () => {
    const { buildDossierSchema } = await import("../../src/api/schema");
    const { GraphQLObjectType } = await import("graphql");
    const schema = await buildDossierSchema();
    const nodes = Object.values(schema.getTypeMap())
      .filter((type) => type instanceof GraphQLObjectType && type.getInterfaces().some((i) => i.name === "Node"))
      .map((type) => type.name)
      .sort();
    expect(nodes).toEqual([...NODE_KINDS.values()].map((kind) => kind.type.name).sort());
    // …and each is a federation entity (`@key(fields: "id")`) that partners' subgraphs can refer to.
    const entity = schema.getType("_Entity") as unknown as { getTypes(): { name: string }[] };
    expect(
      entity
        .getTypes()
        .map((type) => type.name)
        .sort(),
    ).toEqual(nodes);
  });
});
