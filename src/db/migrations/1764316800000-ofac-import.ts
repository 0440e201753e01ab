import { type MigrationInterface, type QueryRunner, TableColumn } from "typeorm";
import { loadTableKeepingCollations } from "./sqlite-collations";

/*
 * What the OFAC SDN importer needs: the entry's remarks kept on the actor, a mark on the actors the
 * importer maintains (so that it never overwrites curated records), and sanctions (programs) whose
 * announcement date is unknown.
 */
export class OfacImport1764316800000 implements MigrationInterface {
  name = "OfacImport1764316800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = ["mysql", "mariadb"].includes(queryRunner.connection.driver.options.type);
    const exact = mysql ? { charset: "utf8mb4", collation: "utf8mb4_bin" } : {};
    const caseless = mysql ? { charset: "utf8mb4", collation: "utf8mb4_unicode_ci" } : { collation: "NOCASE" };
    await queryRunner.addColumns(await loadTableKeepingCollations(queryRunner, "actors"), [
      new TableColumn({ name: "remarks", type: "text", isNullable: true, ...caseless }),
      new TableColumn({ name: "maintained_by", type: "varchar", length: "16", isNullable: true, ...exact }),
    ]);
    const sanctions = await loadTableKeepingCollations(queryRunner, "sanctions");
    const announcedOn = sanctions.findColumnByName("announced_on")!;
    await queryRunner.changeColumn(sanctions, announcedOn, new TableColumn({ ...announcedOn, isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const sanctions = await loadTableKeepingCollations(queryRunner, "sanctions");
    const announcedOn = sanctions.findColumnByName("announced_on")!;
    await queryRunner.query("UPDATE sanctions SET announced_on = '1970-01-01' WHERE announced_on IS NULL");
    await queryRunner.changeColumn(
      sanctions,
      announcedOn,
      new TableColumn({ ...announcedOn, isNullable: false, default: undefined }),
    );
    const actors = await loadTableKeepingCollations(queryRunner, "actors");
    await queryRunner.dropColumns(actors, ["maintained_by", "remarks"]);
  }
}
