import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from "typeorm";

/*
 * Written with TypeORM's driver-neutral Table API so that one migration creates the same schema on
 * SQLite and on MySQL/MariaDB. Column helpers are local on purpose: a migration must keep meaning
 * what it meant when it was written, whatever the entities become later.
 */

const ID_LENGTH = 191; // 191 utf8mb4 characters fit MySQL's index key limit, in composite keys too

/**
 * The column helpers, for one driver. Text columns come in two kinds that compare the same way on
 * both drivers: `exact` ones (IDs, references, codes) compare byte for byte, so `ACTOR:FBI` is not
 * `actor:fbi`; `words` ones (names, titles, prose) compare and sort without regard to case. On MySQL
 * both are utf8mb4 whatever the database's default character set.
 */
function columns(driver: QueryRunner["connection"]["driver"]["options"]["type"]) {
  const mysql = driver === "mysql" || driver === "mariadb";
  const exact = mysql ? { charset: "utf8mb4", collation: "utf8mb4_bin" } : {};
  const caseless = mysql ? { charset: "utf8mb4", collation: "utf8mb4_unicode_ci" } : { collation: "NOCASE" };

  const ref = (name: string, options: { nullable?: boolean; primary?: boolean } = {}): TableColumnOptions => ({
    name,
    type: "varchar",
    length: String(ID_LENGTH),
    isNullable: options.nullable ?? false,
    isPrimary: options.primary ?? false,
    ...exact,
  });

  return {
    id: (): TableColumnOptions => ref("id", { primary: true }),
    ref,
    /** A short exact string: a code, a kind, a country. */
    code: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: "varchar",
      length: String(length),
      isNullable: nullable,
      ...exact,
    }),
    /** A short human string: a name, a title. */
    words: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: "varchar",
      length: String(length),
      isNullable: nullable,
      ...caseless,
    }),
    /** Prose of any length. */
    text: (name: string, nullable = true): TableColumnOptions => ({ name, type: "text", isNullable: nullable, ...caseless }),
    date: (name: string, nullable = false): TableColumnOptions => ({ name, type: "date", isNullable: nullable }),
    int: (name: string, nullable = true): TableColumnOptions => ({ name, type: "int", isNullable: nullable }),
    bool: (name: string): TableColumnOptions => ({ name, type: "boolean", isNullable: false, default: false }),
    timestamps: (): TableColumnOptions[] => [
      { name: "created_at", type: "datetime", precision: 3, isNullable: false },
      { name: "updated_at", type: "datetime", precision: 3, isNullable: false },
    ],
    /** A many-to-many link table: a composite primary key, an index on the second column, two foreign keys. */
    linkTable: (name: string, left: [column: string, table: string], right: [column: string, table: string]): Table =>
      new Table({
        name,
        columns: [ref(left[0], { primary: true }), ref(right[0], { primary: true })],
        indices: [{ name: `IDX_${name}_${right[0]}`, columnNames: [right[0], left[0]] }],
        foreignKeys: [fk(name, ...left), fk(name, ...right)],
      }),
  };
}

function fk(owner: string, column: string, referenced: string) {
  return { name: `FK_${owner}_${column}`, columnNames: [column], referencedTableName: referenced, referencedColumnNames: ["id"] };
}

/** Creates the whole first schema: sources, topics, actors, events, statements, sanctions and their links. */
export class InitialSchema1764144000000 implements MigrationInterface {
  name = "InitialSchema1764144000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const { id, ref, code, words, text, date, int, bool, timestamps, linkTable } = columns(
      queryRunner.connection.driver.options.type,
    );
    await queryRunner.createTable(
      new Table({
        name: "sources",
        columns: [
          id(),
          words("title", 500),
          words("publisher", 255),
          code("url", 1000, true),
          date("published_on", true),
          code("kind", 32),
          ...timestamps(),
        ],
        indices: [
          { name: "IDX_sources_published_on", columnNames: ["published_on", "id"] },
          { name: "IDX_sources_title", columnNames: ["title", "id"] },
          { name: "IDX_sources_kind", columnNames: ["kind"] },
          { name: "IDX_sources_publisher", columnNames: ["publisher"] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "topics",
        columns: [id(), words("name", 255), text("description"), ...timestamps()],
        indices: [{ name: "IDX_topics_name", columnNames: ["name", "id"] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "actors",
        columns: [
          id(),
          words("name", 255),
          code("kind", 32),
          text("aliases", false),
          text("description"),
          code("country", 2, true),
          words("title", 255, true),
          bool("is_official"),
          bool("is_anonymous"),
          ref("affiliation_id", { nullable: true }),
          date("born_on", true),
          int("ofac_entry_number"),
          code("wikidata_id", 32, true),
          ...timestamps(),
        ],
        indices: [
          { name: "IDX_actors_name", columnNames: ["name", "id"] },
          { name: "IDX_actors_kind", columnNames: ["kind"] },
          { name: "IDX_actors_country", columnNames: ["country"] },
          { name: "IDX_actors_is_official", columnNames: ["is_official"] },
          { name: "IDX_actors_is_anonymous", columnNames: ["is_anonymous"] },
          { name: "IDX_actors_affiliation_id", columnNames: ["affiliation_id"] },
          { name: "UQ_actors_ofac_entry_number", columnNames: ["ofac_entry_number"], isUnique: true },
          { name: "IDX_actors_wikidata_id", columnNames: ["wikidata_id"] },
        ],
        foreignKeys: [fk("actors", "affiliation_id", "actors")],
      }),
    );
    await queryRunner.createTable(linkTable("actor_sources", ["actor_id", "actors"], ["source_id", "sources"]));

    await queryRunner.createTable(
      new Table({
        name: "events",
        columns: [
          id(),
          words("title", 500),
          code("type", 32),
          text("summary"),
          date("occurred_on"),
          code("date_precision", 8),
          date("ended_on", true),
          code("country", 2, true),
          code("cameo_code", 8, true),
          ...timestamps(),
        ],
        indices: [
          { name: "IDX_events_occurred_on", columnNames: ["occurred_on", "id"] },
          { name: "IDX_events_title", columnNames: ["title", "id"] },
          { name: "IDX_events_type", columnNames: ["type", "occurred_on"] },
          { name: "IDX_events_country", columnNames: ["country"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "event_participants",
        columns: [
          ref("event_id", { primary: true }),
          ref("actor_id", { primary: true }),
          { ...code("role", 32), isPrimary: true },
        ],
        indices: [
          { name: "IDX_event_participants_actor_id", columnNames: ["actor_id", "event_id"] },
          { name: "IDX_event_participants_role", columnNames: ["role"] },
        ],
        foreignKeys: [fk("event_participants", "event_id", "events"), fk("event_participants", "actor_id", "actors")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "event_relations",
        columns: [ref("from_id", { primary: true }), ref("to_id", { primary: true }), { ...code("type", 32), isPrimary: true }],
        indices: [
          { name: "IDX_event_relations_to_id", columnNames: ["to_id", "from_id"] },
          { name: "IDX_event_relations_type", columnNames: ["type"] },
        ],
        foreignKeys: [fk("event_relations", "from_id", "events"), fk("event_relations", "to_id", "events")],
      }),
    );
    await queryRunner.createTable(linkTable("event_sources", ["event_id", "events"], ["source_id", "sources"]));

    await queryRunner.createTable(
      new Table({
        name: "statements",
        columns: [
          id(),
          text("text", false),
          code("kind", 16),
          date("said_on"),
          code("date_precision", 8),
          ref("speaker_id"),
          words("attribution", 500, true),
          ref("source_id"),
          ...timestamps(),
        ],
        indices: [
          { name: "IDX_statements_said_on", columnNames: ["said_on", "id"] },
          { name: "IDX_statements_speaker_id", columnNames: ["speaker_id", "said_on", "id"] },
          { name: "IDX_statements_source_id", columnNames: ["source_id"] },
          { name: "IDX_statements_kind", columnNames: ["kind"] },
        ],
        foreignKeys: [fk("statements", "speaker_id", "actors"), fk("statements", "source_id", "sources")],
      }),
    );
    await queryRunner.createTable(linkTable("statement_topics", ["statement_id", "statements"], ["topic_id", "topics"]));
    await queryRunner.createTable(linkTable("statement_events", ["statement_id", "statements"], ["event_id", "events"]));
    await queryRunner.createTable(linkTable("statement_mentions", ["statement_id", "statements"], ["actor_id", "actors"]));

    await queryRunner.createTable(
      new Table({
        name: "sanctions",
        columns: [
          id(),
          words("title", 500),
          code("kind", 32),
          ref("authority_id"),
          words("legal_basis", 255, true),
          code("program", 64, true),
          text("summary"),
          date("announced_on"),
          date("lifted_on", true),
          ...timestamps(),
        ],
        indices: [
          { name: "IDX_sanctions_announced_on", columnNames: ["announced_on", "id"] },
          { name: "IDX_sanctions_title", columnNames: ["title", "id"] },
          { name: "IDX_sanctions_kind", columnNames: ["kind"] },
          { name: "IDX_sanctions_program", columnNames: ["program"] },
          { name: "IDX_sanctions_authority_id", columnNames: ["authority_id"] },
          { name: "IDX_sanctions_lifted_on", columnNames: ["lifted_on"] },
        ],
        foreignKeys: [fk("sanctions", "authority_id", "actors")],
      }),
    );
    await queryRunner.createTable(linkTable("sanction_events", ["sanction_id", "sanctions"], ["event_id", "events"]));
    await queryRunner.createTable(linkTable("sanction_sources", ["sanction_id", "sanctions"], ["source_id", "sources"]));

    await queryRunner.createTable(
      new Table({
        name: "designations",
        columns: [
          id(),
          ref("sanction_id"),
          ref("target_id"),
          text("reason"),
          date("listed_on", true),
          date("delisted_on", true),
          code("status", 16),
          int("ofac_entry_number"),
          ref("source_id"),
          ...timestamps(),
        ],
        indices: [
          { name: "IDX_designations_sanction_id", columnNames: ["sanction_id", "listed_on", "id"] },
          { name: "IDX_designations_target_id", columnNames: ["target_id"] },
          { name: "IDX_designations_status", columnNames: ["status"] },
          { name: "IDX_designations_listed_on", columnNames: ["listed_on", "id"] },
          { name: "IDX_designations_delisted_on", columnNames: ["delisted_on"] },
          { name: "IDX_designations_source_id", columnNames: ["source_id"] },
          { name: "IDX_designations_ofac_entry_number", columnNames: ["ofac_entry_number"] },
        ],
        foreignKeys: [
          fk("designations", "sanction_id", "sanctions"),
          fk("designations", "target_id", "actors"),
          fk("designations", "source_id", "sources"),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "designations",
      "sanction_sources",
      "sanction_events",
      "sanctions",
      "statement_mentions",
      "statement_events",
      "statement_topics",
      "statements",
      "event_sources",
      "event_relations",
      "event_participants",
      "events",
      "actor_sources",
      "actors",
      "topics",
      "sources",
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
