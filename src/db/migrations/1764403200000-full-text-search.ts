import type { MigrationInterface, QueryRunner } from "typeorm";

/*
 * Full-text indexes for search and text filters (see src/db/fulltext.ts). The columns are those
 * each table's text filter reads; this list is this migration's own, as it was when it ran.
 *
 * MariaDB: one FULLTEXT index per table, built with stopwords off so that "the", "who" or "will"
 * can be found too.
 * SQLite: one FTS5 table per table (`<table>_fts`, external content, keyed by rowid) and three
 * triggers that keep it in step. A later migration that rebuilds one of these tables (as TypeORM
 * does on SQLite to change a column) drops its triggers and may renumber its rows: it must call
 * `createSqliteFullText` for that table again.
 */
const INDEXES: Record<string, string[]> = {
  actors: ["name", "aliases", "title", "description"],
  events: ["title", "summary"],
  statements: ["text", "attribution"],
  // Not `program`: its binary collation cannot share a FULLTEXT index with the others.
  sanctions: ["title", "legal_basis", "summary"],
  sources: ["title", "publisher"],
  topics: ["name", "description"],
  designations: ["reason"],
};

export class FullTextSearch1764403200000 implements MigrationInterface {
  name = "FullTextSearch1764403200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isMysql(queryRunner)) {
      await queryRunner.query("SET SESSION innodb_ft_enable_stopword = 0");
      for (const [table, columns] of Object.entries(INDEXES)) {
        await queryRunner.query(`ALTER TABLE ${table} ADD FULLTEXT INDEX FT_${table} (${columns.join(", ")})`);
      }
      await queryRunner.query("SET SESSION innodb_ft_enable_stopword = DEFAULT");
      return;
    }
    for (const [table, columns] of Object.entries(INDEXES)) await createSqliteFullText(queryRunner, table, columns);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(INDEXES)) {
      if (isMysql(queryRunner)) {
        await queryRunner.query(`ALTER TABLE ${table} DROP INDEX FT_${table}`);
      } else {
        await dropSqliteFullText(queryRunner, table);
      }
    }
  }
}

function isMysql(queryRunner: QueryRunner): boolean {
  return ["mysql", "mariadb"].includes(queryRunner.connection.driver.options.type);
}

/** Creates (or re-creates) the FTS5 table of `table` over `columns`, fills it, and adds the triggers that keep it in step. */
export async function createSqliteFullText(queryRunner: QueryRunner, table: string, columns: string[]): Promise<void> {
  await dropSqliteFullText(queryRunner, table);
  const fts = `${table}_fts`;
  const list = columns.join(", ");
  const values = (row: "new" | "old") => columns.map((column) => `${row}.${column}`).join(", ");
  await queryRunner.query(
    `CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content='${table}', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
  );
  await queryRunner.query(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
  await queryRunner.query(
    `CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN INSERT INTO ${fts}(rowid, ${list}) VALUES (new.rowid, ${values("new")}); END`,
  );
  await queryRunner.query(
    `CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.rowid, ${values("old")}); END`,
  );
  await queryRunner.query(
    `CREATE TRIGGER ${fts}_update AFTER UPDATE ON ${table} BEGIN ` +
      `INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.rowid, ${values("old")}); ` +
      `INSERT INTO ${fts}(rowid, ${list}) VALUES (new.rowid, ${values("new")}); END`,
  );
}

async function dropSqliteFullText(queryRunner: QueryRunner, table: string): Promise<void> {
  const fts = `${table}_fts`;
  for (const event of ["insert", "delete", "update"]) await queryRunner.query(`DROP TRIGGER IF EXISTS ${fts}_${event}`);
  await queryRunner.query(`DROP TABLE IF EXISTS ${fts}`);
}
