import type { QueryRunner, Table } from "typeorm";

/**
 * The table as TypeORM loads it, with the column collations SQLite declares put back. TypeORM
 * alters a SQLite table by recreating it from what it loaded, and it does not load `COLLATE
 * NOCASE`: without this, altering a table would quietly make its names compare with case.
 * Pass the result to `addColumns`/`changeColumn`. On MySQL the table is returned as loaded.
 */
export async function loadTableKeepingCollations(queryRunner: QueryRunner, name: string): Promise<Table> {
  const table = await queryRunner.getTable(name);
  if (!table) throw new Error(`no table ${name}`);
  if (!["better-sqlite3", "sqlite"].includes(queryRunner.connection.driver.options.type)) return table;
  const [{ sql }] = await queryRunner.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [name]);
  for (const column of table.columns) {
    const definition = new RegExp(`"${column.name}"[^,]*?COLLATE\\s+"?(\\w+)"?`, "i").exec(String(sql));
    if (definition) column.collation = definition[1];
  }
  return table;
}
