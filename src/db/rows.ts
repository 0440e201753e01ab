import type { DataSource, EntityMetadata, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";

/** A row as the driver returns it or takes it: column name → value. */
export type Row = Record<string, unknown>;

/** Any entity class. */
export type EntityClass<T> = new () => T;

/**
 * Converts between entity objects and raw rows using TypeORM's own metadata and the driver's own
 * value conversions, so that hand-written SQL reads and writes exactly what TypeORM would: 0/1 as
 * booleans, JSON text as arrays, `date` columns as `YYYY-MM-DD` strings, `datetime` as UTC `Date`s.
 */
export class RowMapper<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;

  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: EntityClass<T>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
  }

  /** The table's name. */
  get table(): string {
    return this.metadata.tableName;
  }

  /** The table's column names, in entity order. */
  get columns(): string[] {
    return this.metadata.columns.map((column) => column.databaseName);
  }

  /** The entity's name (`Actor`). */
  get entityName(): string {
    return this.metadata.name;
  }

  /** The property a column holds (`speaker_id` → `speakerId`). */
  propertyOf(column: string): string {
    return this.metadata.findColumnWithDatabaseName(column)?.propertyName ?? column;
  }

  /** The primary key's column names. */
  get primaryColumns(): string[] {
    return this.metadata.primaryColumns.map((column) => column.databaseName);
  }

  /**
   * The columns a selection reads (field name → whether it is a leaf, see `selectedFields`): the
   * key columns (the primary key and every `…_id`, which the fields that load related records
   * read) and the column of each leaf field; `undefined` (every column) when a leaf field is not a
   * column, as its resolver may read any of them.
   */
  columnsFor(fields: ReadonlyMap<string, boolean>): string[] | undefined {
    const columns = new Set(this.keyColumns);
    for (const [field, leaf] of fields) {
      if (field === "__typename") continue;
      const column = this.metadata.findColumnWithPropertyName(field);
      if (column) columns.add(column.databaseName);
      else if (leaf) return undefined;
    }
    return [...columns];
  }

  private get keyColumns(): string[] {
    return this.metadata.columns
      .filter((column) => column.isPrimary || column.databaseName.endsWith("_id"))
      .map((column) => column.databaseName);
  }

  /**
   * Builds an instance of the entity class (so `instanceof` and GraphQL type resolution work) from a
   * raw row; with a prefix, from the columns named `<prefix><column>` (a record joined into a row).
   */
  fromRow(row: Row, prefix = ""): T {
    const driver = this.dataSource.driver;
    const entity = new this.entity() as ObjectLiteral;
    for (const { key, property, column, conversion } of this.readPlan(prefix)) {
      const raw = row[key];
      if (raw === undefined) continue;
      entity[property] =
        conversion === "none" ? raw : conversion === "utc" ? toUtcDate(raw) : driver.prepareHydratedValue(raw, column);
    }
    return entity as T;
  }

  /**
   * How each column is read from rows with this prefix, worked out once: its key in the row, and
   * whether the driver needs to convert its value. Text and string columns without a transformer
   * come from the driver as they are stored, so rows of thousands of records skip a call per value.
   */
  private readPlan(prefix: string): readonly ColumnRead[] {
    let plan = this.readPlans.get(prefix);
    if (!plan) {
      plan = this.metadata.columns.map((column) => ({
        key: prefix + column.databaseName,
        property: column.propertyName,
        column,
        conversion:
          column.type === "datetime" ? "utc" : !column.transformer && STORED_AS_READ.has(column.type) ? "none" : "driver",
      }));
      this.readPlans.set(prefix, plan);
    }
    return plan;
  }

  private readonly readPlans = new Map<string, readonly ColumnRead[]>();

  /** Turns entity values into the raw values the driver stores, column name → value. */
  toRow(values: Partial<T>): Row {
    const driver = this.dataSource.driver;
    const row: Row = {};
    for (const column of this.metadata.columns) {
      const value = (values as ObjectLiteral)[column.propertyName];
      if (value === undefined) continue;
      row[column.databaseName] = value === null ? null : driver.preparePersistentValue(value, column);
    }
    return row;
  }
}

/** How `fromRow` reads one column. */
interface ColumnRead {
  /** The column's name in the row, prefix included. */
  key: string;
  property: string;
  column: ColumnMetadata;
  /** `none`: the value as the driver gives it; `utc`: a UTC `Date`; `driver`: the driver's own conversion. */
  conversion: "none" | "utc" | "driver";
}

/** Column types whose values both drivers hand back unchanged (strings). */
const STORED_AS_READ = new Set<unknown>(["varchar", "char", "text", "mediumtext", "longtext", String]);

/** `datetime` values come back as Dates (MySQL) or as strings without a zone (SQLite): they are UTC. */
function toUtcDate(raw: unknown): Date | null {
  if (raw === null) return null;
  if (raw instanceof Date) return raw;
  const text = String(raw);
  // SQLite's `YYYY-MM-DD HH:MM:SS[.fff]`, the usual case, needs no pattern matching.
  if ((text.length === 19 || text.length === 23) && text[10] === " ") return new Date(`${text.slice(0, 10)}T${text.slice(11)}Z`);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
}
