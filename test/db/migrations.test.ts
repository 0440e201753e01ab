import type { DataSource } from "typeorm";
import { ENTITIES } from "../../src/domains";
import { MIGRATIONS } from "../../src/db/migrations";
import { createTestDataSource } from "../support/test-database";

/** The schema as a driver-independent description: what must be the same on SQLite and MariaDB. */
async function describeSchema(dataSource: DataSource) {
  const runner = dataSource.createQueryRunner();
  try {
    const tables = await runner.getTables(dataSource.entityMetadatas.map((metadata) => metadata.tableName));
    return tables
      .map((table) => ({
        table: table.name.replace(/^.*\./, ""),
        columns: table.columns.map((column) => ({
          name: column.name,
          type: normalizeType(column.type),
          length: column.length || undefined,
          nullable: column.isNullable,
          primary: column.isPrimary,
        })),
        // Full-text indexes differ by driver by design (FULLTEXT vs FTS5 tables); test/graphql/full-text.test.ts covers them.
        indices: table.indices
          .filter((index) => !index.isFulltext)
          .map((index) => ({ name: index.name, columns: index.columnNames, unique: Boolean(index.isUnique) }))
          .sort((a, b) => String(a.name).localeCompare(String(b.name))),
        foreignKeys: table.foreignKeys
          .map((key) => ({ columns: key.columnNames, references: key.referencedTableName.replace(/^.*\./, "") }))
          .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
      }))
      .sort((a, b) => a.table.localeCompare(b.table));
  } finally {
    await runner.release();
  }
}

/** Types as both drivers would agree on them: MySQL keeps booleans as tinyint, SQLite says integer for int. */
function normalizeType(type: string): string {
  const lower = type.toLowerCase();
  if (lower === "tinyint") return "boolean";
  if (lower === "integer") return "int";
  return lower;
}

describe("migrations", () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await createTestDataSource();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it("create the same tables, columns, indexes and foreign keys on every driver", async () => {
    // One snapshot, shared by the SQLite and the MariaDB run: both must produce it.
    expect(await describeSchema(dataSource)).toMatchSnapshot();
  });

  it("create every column of every entity, with the entity's nullability", async () => {
    const described = await describeSchema(dataSource);
    for (const entity of ENTITIES) {
      const metadata = dataSource.getMetadata(entity);
      const table = described.find((t) => t.table === metadata.tableName);
      expect(table).toBeDefined();
      for (const column of metadata.columns) {
        const found = table!.columns.find((c) => c.name === column.databaseName);
        expect({ entity: metadata.name, column: column.databaseName, nullable: found?.nullable }).toEqual({
          entity: metadata.name,
          column: column.databaseName,
          nullable: column.isNullable,
        });
      }
      expect(table!.columns.map((c) => c.name).sort()).toEqual(metadata.columns.map((c) => c.databaseName).sort());
    }
  });

  it("revert cleanly, every one of them, and apply again", async () => {
    for (const _ of MIGRATIONS) await dataSource.undoLastMigration({ transaction: "each" });
    const runner = dataSource.createQueryRunner();
    for (const metadata of dataSource.entityMetadatas) expect(await runner.hasTable(metadata.tableName)).toBe(false);
    await runner.release();
    await dataSource.runMigrations({ transaction: "each" });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
