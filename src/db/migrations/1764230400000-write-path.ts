import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from "typeorm";

/*
 * API keys and the audit trail. Driver-neutral like the first migration: exact comparison (binary
 * collation on MySQL) for keys, names and codes, utf8mb4 whatever the database's default.
 */

function columns(driver: QueryRunner["connection"]["driver"]["options"]["type"]) {
  const mysql = driver === "mysql" || driver === "mariadb";
  const exact = mysql ? { charset: "utf8mb4", collation: "utf8mb4_bin" } : {};
  const caseless = mysql ? { charset: "utf8mb4", collation: "utf8mb4_unicode_ci" } : { collation: "NOCASE" };
  return {
    code: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: "varchar",
      length: String(length),
      isNullable: nullable,
      ...exact,
    }),
    words: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: "varchar",
      length: String(length),
      isNullable: nullable,
      ...caseless,
    }),
    text: (name: string, nullable = true): TableColumnOptions => ({ name, type: "text", isNullable: nullable, ...caseless }),
    instant: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: "datetime",
      precision: 3,
      isNullable: nullable,
    }),
  };
}

/** Adds `api_keys` (hashes of the keys clients send, with their names and roles) and `audit_log` (every write). */
export class WritePath1764230400000 implements MigrationInterface {
  name = "WritePath1764230400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const { code, words, text, instant } = columns(queryRunner.connection.driver.options.type);
    await queryRunner.createTable(
      new Table({
        name: "api_keys",
        columns: [
          { ...code("id", 64), isPrimary: true },
          words("name", 255),
          code("role", 16),
          code("key_hash", 64),
          code("key_prefix", 16),
          instant("created_at"),
          instant("revoked_at", true),
          instant("last_used_at", true),
        ],
        indices: [
          { name: "UQ_api_keys_key_hash", columnNames: ["key_hash"], isUnique: true },
          { name: "IDX_api_keys_name", columnNames: ["name"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "audit_log",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          instant("at"),
          words("actor", 255),
          code("key_id", 64, true),
          code("operation", 16),
          code("entity_type", 32),
          code("entity_id", 191),
          text("changes", false),
        ],
        indices: [
          { name: "IDX_audit_log_at", columnNames: ["at", "id"] },
          { name: "IDX_audit_log_entity_id", columnNames: ["entity_id", "id"] },
          { name: "IDX_audit_log_entity_type", columnNames: ["entity_type", "id"] },
          { name: "IDX_audit_log_actor", columnNames: ["actor", "id"] },
          { name: "IDX_audit_log_operation", columnNames: ["operation", "id"] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("audit_log");
    await queryRunner.dropTable("api_keys");
  }
}
