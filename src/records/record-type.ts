import type { Row } from "../db/rows";

/**
 * One record as data sets hold it and mutations take it: the API's field names (camelCase),
 * references as IDs (`speaker: "actor:fbi"`), a record's links as lists (`topics: [...]`), dates
 * as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` where a date may be partial).
 */
export type SeedRecord = { id: string } & Record<string, unknown>;

/** A JSON Schema (draft 2020-12) object, as `records/json-schema.ts` builds them. */
export type JsonSchema = Record<string, unknown>;

/**
 * What a domain declares about writing its records: their shape (a JSON Schema per field), how a
 * record maps to its entity's columns, the references it makes and the link tables it owns. From
 * this the write path (`src/writing/`) validates, writes, audits, reads back and deletes records
 * for mutations, data sets and imports alike; each domain's `<domain>.writer.ts` holds one, and its
 * module registers it (`writer`).
 *
 * Every field of `fields` is a column of the entity of the same name, a reference, a link, a
 * child list or a partial date; the writer refuses to start otherwise, so a field cannot be
 * accepted and silently not written.
 */
export interface RecordType<E extends object = object> {
  /** The entity the records are stored as (its class name is the GraphQL type's and the audit trail's). */
  entity: new () => E;
  /** The prefix of its IDs: `actor` in `actor:fbi`. */
  prefix: string;
  /** The name of its seed files (`actors` for `actors.json` and `actors.ndjson`); none for a child-only type. */
  file?: string;
  /** Each field's JSON Schema. */
  fields: Record<string, JsonSchema>;
  /** The fields a record must have. */
  required: readonly string[];
  /** The field a new record's ID is made from, when a mutation's input gives none (`name` → `actor:acme-corp`). */
  namedBy?: string;
  /** Fields that name another record by ID, stored in a column of the entity. */
  references?: readonly Reference[];
  /** List fields stored as rows of a link table the record owns. */
  links?: readonly Link[];
  /** List fields of records of another type that belong to this one (a sanction's designations). */
  children?: readonly Child[];
  /** Fields written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, stored as a date with the entity's `datePrecision`. */
  partialDates?: readonly string[];
  /** Fields whose value no two records may share (`ofacEntryNumber`), with their column. */
  unique?: readonly { field: string; column: string }[];
  /** Values of the fields a record leaves out (`aliases: []`), from the record. */
  defaults?: (record: SeedRecord) => Partial<E>;
  /** Values every write of a record sets (`maintainedBy: null`: what a person writes is curated). */
  stamp?: Partial<E>;
  /** Properties of the entity that records do not carry (set by importers, or by the database). */
  notInRecords?: readonly string[];
  /** The domain's own rules for one record; each problem is reported with its field. */
  check?: (record: SeedRecord, report: (field: string, problem: string) => void) => void;
}

/** A field that names another record (`speaker` → the column `speaker_id`). */
export interface Reference {
  /** The record's field (`speaker`). */
  field: string;
  /** The entity's property that stores it (`speakerId`). */
  property: string;
  /** Its column (`speaker_id`). */
  column: string;
  /** The prefix of the IDs it names (`actor`). */
  prefix: string;
  /** How the records that refer to one read in a refusal to delete it: `as their speaker`. */
  as: string;
}

/** A list field stored in a link table: one row per item, keyed by its owner's ID. */
export interface Link {
  /** The record's field (`topics`). */
  field: string;
  /** The link table (`statement_topics`). */
  table: string;
  /** Its column holding the owner's ID (`statement_id`). */
  owner: string;
  /** What each item names: the prefix of its IDs, the column storing it, and (for object items) the item's field. */
  names: { prefix: string; column: string; key?: string; as: string };
  /** The row an item of the list stands for. */
  row: (ownerId: string, item: any) => Row;
  /** The item a row stands for: the inverse of `row`. */
  item: (row: Row) => unknown;
  /** How a row reads in the audit trail (`topic:attribution`, `actor:fbi ATTRIBUTOR`). */
  describe: (row: Row) => string;
}

/** A list of records of another type owned by this one: written, read back and deleted with it. */
export interface Child {
  /** The record's field (`designations`). */
  field: string;
  /** The children's type. */
  type: RecordType;
  /** The child entity's property and column holding the owner's ID. */
  owner: { property: string; column: string };
  /** The ID of a new child a mutation's input gives none for. */
  newId?: (ownerId: string, child: Record<string, unknown>) => string | undefined;
}

/**
 * A link table whose rows name one record each (`statement_topics`: a statement's topics): the
 * list's items are the IDs.
 */
export function idLink(field: string, table: string, owner: string, names: { prefix: string; column: string; as: string }): Link {
  return {
    field,
    table,
    owner,
    names,
    row: (ownerId, id: string) => ({ [owner]: ownerId, [names.column]: id }),
    item: (row) => String(row[names.column]),
    describe: (row) => String(row[names.column]),
  };
}
