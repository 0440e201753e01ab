import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { DataSource } from "typeorm";
import type { JsonSchema, Link, RecordType, Reference } from "../records/record-type";
import { object } from "../records/json-schema";

/** What refers to records of one prefix, and how a refusal to delete one names it. */
export interface ReferringColumn {
  /** The table holding the references (`statements`, `statement_mentions`). */
  table: string;
  /** Its column naming the record (`speaker_id`). */
  column: string;
  /** The column naming the referring record (`id`, or a link table's owner). */
  key: string;
  /** In words: `statements (as their speaker)`. */
  what: string;
}

/** Bookkeeping columns the database keeps, in no record. */
const BOOKKEEPING = ["createdAt", "updatedAt"];

// `verbose` gives each error its schema, whose `description` says in words what a pattern accepts.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
addFormats(ajv, ["date", "uri"]);

/**
 * The record types of the hub (each domain's `writer`), and what follows from them: the seed
 * files and the order they are written in, each type's JSON Schema and validator, which tables
 * hold each prefix's IDs, and what refers to each. Made once per list.
 */
export class RecordTypes {
  /** The types with seed files, in the order they are written: each refers only to those before it, or to itself. */
  readonly files: readonly RecordType[];
  private readonly byFileName = new Map<string, RecordType>();
  private readonly byPrefixName = new Map<string, RecordType>();
  private readonly parents = new Map<RecordType, { parent: RecordType; field: string; ownerProperty: string }>();
  private readonly validators = new Map<RecordType, ValidateFunction>();
  private readonly checked = new WeakSet<DataSource>();

  constructor(readonly types: readonly RecordType[]) {
    const visit = (type: RecordType) => {
      this.byPrefixName.set(type.prefix, type);
      for (const child of type.children ?? []) {
        this.parents.set(child.type, { parent: type, field: child.field, ownerProperty: child.owner.property });
        visit(child.type);
      }
    };
    for (const type of types) {
      visit(type);
      if (type.file) this.byFileName.set(`${type.file}.json`, type);
    }
    this.files = writeOrder(
      types.filter((type) => type.file),
      (prefix) => this.fileTypeOf(prefix),
    );
  }

  /** The names of the seed files, in write order: `sources.json`, … */
  get fileNames(): string[] {
    return this.files.map((type) => `${type.file}.json`);
  }

  /** The type of a seed file (`actors.json`), if it is one. */
  byFile(name: string): RecordType | undefined {
    return this.byFileName.get(name);
  }

  /** The type whose IDs have this prefix (`actor`), children's included. */
  byPrefix(prefix: string): RecordType | undefined {
    return this.byPrefixName.get(prefix);
  }

  /** Every type, children's included. */
  get all(): RecordType[] {
    return [...this.byPrefixName.values()];
  }

  /** The JSON Schema of a type's seed file: an array of its records, children nested. */
  schema(type: RecordType): JsonSchema {
    return { $schema: "https://json-schema.org/draft/2020-12/schema", type: "array", items: recordSchema(type) };
  }

  /** A type's validator of arrays of its records. */
  validator(type: RecordType): ValidateFunction {
    let validate = this.validators.get(type);
    if (!validate) {
      validate = ajv.compile(this.schema(type));
      this.validators.set(type, validate);
    }
    return validate;
  }

  /**
   * For the values importers store: a validator per entity property that a field of the type
   * stores (its own name, or a reference's column property), with the field's name.
   */
  propertyValidators(type: RecordType): ReadonlyMap<string, { field: string; validate: ValidateFunction }> {
    let validators = this.byProperty.get(type);
    if (!validators) {
      validators = new Map();
      const references = new Map((type.references ?? []).map((reference) => [reference.field, reference]));
      const lists = new Set([...(type.links ?? []), ...(type.children ?? [])].map((list) => list.field));
      for (const [field, schema] of Object.entries(type.fields)) {
        if (lists.has(field)) continue;
        validators.set(references.get(field)?.property ?? field, { field, validate: ajv.compile(schema) });
      }
      this.byProperty.set(type, validators);
    }
    return validators;
  }

  private readonly byProperty = new Map<RecordType, Map<string, { field: string; validate: ValidateFunction }>>();

  /** The table a type's records are stored in. */
  table(dataSource: DataSource, type: RecordType): string {
    return dataSource.getMetadata(type.entity).tableName;
  }

  /** Every column that refers to records of a type, by referring type, for refusing to delete one still referred to. */
  referringColumns(dataSource: DataSource, target: RecordType): ReferringColumn[] {
    const result: ReferringColumn[] = [];
    // The types that depend most on others first (statements before events before actors).
    const referring = [...this.files].reverse().flatMap((type) => [type, ...(type.children ?? []).map((child) => child.type)]);
    for (const type of referring) {
      const table = this.table(dataSource, type);
      for (const reference of type.references ?? []) {
        if (reference.prefix !== target.prefix) continue;
        result.push({ table, column: reference.column, key: "id", what: `${table} (${reference.as})` });
      }
      for (const link of type.links ?? []) {
        if (link.names.prefix !== target.prefix) continue;
        result.push({ table: link.table, column: link.names.column, key: link.owner, what: `${table} (${link.names.as})` });
      }
    }
    return result;
  }

  /**
   * Checks once per data source that each type's fields and its entity's columns match: every
   * field is stored (a column, a reference, a link, a child list), and every column is some
   * field's or declared as in no record. Throws naming the type and the property otherwise, so a
   * field added to one side only cannot be written silently wrong.
   */
  checkAgainst(dataSource: DataSource): void {
    if (this.checked.has(dataSource)) return;
    for (const type of this.all) {
      const metadata = dataSource.getMetadata(type.entity);
      const where = `${metadata.name}'s record type (${type.prefix}:…)`;
      const columns = new Set(metadata.columns.map((column) => column.propertyName));
      const covered = new Set([...BOOKKEEPING, ...(type.notInRecords ?? [])]);
      if (type.partialDates?.length) covered.add("datePrecision");
      const parent = this.parents.get(type);
      if (parent) covered.add(parent.ownerProperty);
      const references = new Map((type.references ?? []).map((reference) => [reference.field, reference]));
      const lists = new Set([...(type.links ?? []), ...(type.children ?? [])].map((list) => list.field));
      for (const field of Object.keys(type.fields)) {
        if (lists.has(field)) continue;
        const property = references.get(field)?.property ?? field;
        if (!columns.has(property)) {
          throw new Error(`${where}: the field ${field} is stored nowhere: ${metadata.name} has no column ${property}`);
        }
        covered.add(property);
      }
      for (const field of lists) {
        if (!(field in type.fields) && !(type.children ?? []).some((child) => child.field === field)) {
          throw new Error(`${where}: the list ${field} has no JSON Schema in its fields`);
        }
      }
      for (const column of columns) {
        if (!covered.has(column)) {
          throw new Error(
            `${where}: the column ${column} is in no field; add it to the type's fields (or to notInRecords, if records do not carry it)`,
          );
        }
      }
    }
    this.checked.add(dataSource);
  }

  /** The type with seed files that writes records of a prefix: its own, or its parent's for a child. */
  private fileTypeOf(prefix: string): RecordType | undefined {
    let type = this.byPrefixName.get(prefix);
    while (type && !type.file) type = this.parents.get(type)?.parent;
    return type;
  }
}

/** The JSON Schema of one record of a type: its fields, and its children as lists of theirs. */
function recordSchema(type: RecordType): JsonSchema {
  const fields: Record<string, JsonSchema> = { ...type.fields };
  for (const child of type.children ?? []) fields[child.field] = { type: "array", items: recordSchema(child.type) };
  return object(fields, type.required);
}

/** The prefixes of the IDs a type's records name (children's included), other than its own. */
export function prefixesNamedBy(type: RecordType): Set<string> {
  const named = new Set<string>([
    ...(type.references ?? []).map((reference: Reference) => reference.prefix),
    ...(type.links ?? []).map((link: Link) => link.names.prefix),
  ]);
  for (const child of type.children ?? []) for (const prefix of prefixesNamedBy(child.type)) named.add(prefix);
  named.delete(type.prefix);
  return named;
}

/**
 * The types by depth — those naming no other type first, then those naming only them, and so on —
 * each depth in the list's order: each type comes after every type it names.
 */
function writeOrder(types: RecordType[], fileTypeOf: (prefix: string) => RecordType | undefined): RecordType[] {
  const depth = new Map<RecordType, number>();
  const depthOf = (type: RecordType, path: RecordType[]): number => {
    if (path.includes(type)) {
      throw new Error(`the record types name each other in a cycle: ${[...path, type].map((t) => t.prefix).join(" → ")}`);
    }
    let value = depth.get(type);
    if (value === undefined) {
      value = 0;
      for (const prefix of prefixesNamedBy(type)) {
        const named = fileTypeOf(prefix);
        if (named && named !== type) value = Math.max(value, depthOf(named, [...path, type]) + 1);
      }
      depth.set(type, value);
    }
    return value;
  };
  return types
    .map((type, index) => ({ type, index, depth: depthOf(type, []) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map(({ type }) => type);
}
