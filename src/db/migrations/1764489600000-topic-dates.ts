import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from "typeorm";
import { loadTableKeepingCollations } from "./sqlite-collations";

/*
 * Each topic link carries its statement's date (`statement_topics.said_on`), indexed with the topic:
 * "statements on one topic, by date" then reads the index in order and stops after a page, where it
 * had to fetch and sort every statement on the topic (measured at scale 1, 20,000 statements per
 * topic: 520 ms → 6 ms on MariaDB; bench/README.md). The copy is kept by triggers, so no writer —
 * the seed loader, the API, an operator's SQL — can let it drift:
 *
 * - a link takes its statement's date when it is written, whatever date it was given;
 * - a statement's new date is copied to its links.
 */
const MYSQL_TRIGGERS = [
  `CREATE TRIGGER statement_topics_said_on_insert BEFORE INSERT ON statement_topics FOR EACH ROW
     SET NEW.said_on = (SELECT s.said_on FROM statements s WHERE s.id = NEW.statement_id)`,
  `CREATE TRIGGER statement_topics_said_on_update BEFORE UPDATE ON statement_topics FOR EACH ROW
     SET NEW.said_on = (SELECT s.said_on FROM statements s WHERE s.id = NEW.statement_id)`,
  `CREATE TRIGGER statements_said_on_update AFTER UPDATE ON statements FOR EACH ROW
     UPDATE statement_topics SET said_on = NEW.said_on WHERE statement_id = NEW.id AND NOT (said_on <=> NEW.said_on)`,
];

// SQLite cannot assign NEW in a trigger: the link is corrected right after it is written.
// (Recursive triggers are off, so the corrections do not fire these triggers again.)
const SQLITE_TRIGGERS = [
  `CREATE TRIGGER statement_topics_said_on_insert AFTER INSERT ON statement_topics BEGIN
     UPDATE statement_topics SET said_on = (SELECT s.said_on FROM statements s WHERE s.id = new.statement_id)
      WHERE statement_id = new.statement_id AND topic_id = new.topic_id; END`,
  `CREATE TRIGGER statement_topics_said_on_update AFTER UPDATE ON statement_topics BEGIN
     UPDATE statement_topics SET said_on = (SELECT s.said_on FROM statements s WHERE s.id = new.statement_id)
      WHERE statement_id = new.statement_id AND topic_id = new.topic_id; END`,
  `CREATE TRIGGER statements_said_on_update AFTER UPDATE OF said_on ON statements BEGIN
     UPDATE statement_topics SET said_on = new.said_on WHERE statement_id = new.id; END`,
];

const TRIGGER_NAMES = ["statement_topics_said_on_insert", "statement_topics_said_on_update", "statements_said_on_update"];

export class TopicDates1764489600000 implements MigrationInterface {
  name = "TopicDates1764489600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = ["mysql", "mariadb"].includes(queryRunner.connection.driver.options.type);
    const links = await loadTableKeepingCollations(queryRunner, "statement_topics");
    await queryRunner.addColumn(links, new TableColumn({ name: "said_on", type: "date", isNullable: true }));
    await queryRunner.query(
      "UPDATE statement_topics SET said_on = (SELECT s.said_on FROM statements s WHERE s.id = statement_topics.statement_id)",
    );
    await queryRunner.createIndex(
      "statement_topics",
      new TableIndex({ name: "IDX_statement_topics_topic_said_on", columnNames: ["topic_id", "said_on", "statement_id"] }),
    );
    for (const trigger of mysql ? MYSQL_TRIGGERS : SQLITE_TRIGGERS) {
      try {
        await queryRunner.query(trigger);
      } catch (error) {
        throw explained(error);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of TRIGGER_NAMES) await queryRunner.query(`DROP TRIGGER IF EXISTS ${name}`);
    await queryRunner.dropIndex("statement_topics", "IDX_statement_topics_topic_said_on");
    await queryRunner.dropColumn(await loadTableKeepingCollations(queryRunner, "statement_topics"), "said_on");
  }
}

/** MySQL's refusal to create a trigger when binary logging is on, with what to do about it. */
function explained(error: unknown): unknown {
  const cause = error as { errno?: number; driverError?: { errno?: number } };
  if ((cause.driverError?.errno ?? cause.errno) !== 1419) return error;
  return new Error(
    "The migration TopicDates1764489600000 creates triggers, and this server logs binary with " +
      "log_bin_trust_function_creators off, so only a user with the SUPER privilege may: start MySQL/MariaDB " +
      "with --log-bin-trust-function-creators=1 (as docker-compose.yml does), or run `dossier migrate` once as such a user.",
    { cause: error },
  );
}
