import type { MigrationInterface, QueryRunner } from "typeorm";

/*
 * What OFAC's remarks say about an actor, as columns of its own (issue 16): birth dates, birth
 * places, nationalities, citizenships (JSON lists, as `aliases` is) and gender. Plain
 * `ALTER TABLE … ADD COLUMN` on both drivers: TypeORM's `addColumn` rebuilds the table on SQLite,
 * which would drop the actors' full-text triggers.
 */
const LISTS = ["birth_dates", "birth_places", "nationalities", "citizenships"];

export class OfacRemarks1764576000000 implements MigrationInterface {
  name = "OfacRemarks1764576000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = ["mysql", "mariadb"].includes(queryRunner.connection.driver.options.type);
    for (const column of LISTS) {
      await queryRunner.query(
        mysql
          ? `ALTER TABLE actors ADD COLUMN ${column} text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('[]')`
          : `ALTER TABLE actors ADD COLUMN ${column} text NOT NULL DEFAULT '[]'`,
      );
    }
    await queryRunner.query(
      mysql
        ? "ALTER TABLE actors ADD COLUMN gender varchar(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL"
        : "ALTER TABLE actors ADD COLUMN gender varchar(8) NULL",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ["gender", ...LISTS].reverse()) await queryRunner.query(`ALTER TABLE actors DROP COLUMN ${column}`);
  }
}
