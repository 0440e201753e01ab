import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import { coerceInputValue, getNamedType, type GraphQLSchema, isInputObjectType, isLeafType, isObjectType } from "graphql";
import type { ObjectLiteral } from "typeorm";
import { ConfigError } from "../config";
import type { EntityClass, RowMapper } from "../db/rows";
import type { Services } from "../services";
import { EXPORT_NAMES, type ExportName } from "./export-names";

/*
 * Export for notebooks: every record a connection's filter selects, as CSV or NDJSON, written as it
 * is read — keyset pages of PAGE_SIZE records, each written (waiting for the stream to drain)
 * before the next is read — so memory stays flat however many records there are.
 */

export { EXPORT_NAMES, type ExportName };
export type ExportFormat = "csv" | "ndjson";

/** Records read and written per page. */
export const PAGE_SIZE = 1000;

export interface ExportOptions {
  format: ExportFormat;
  /** The connection's filter as JSON (`{"topics": ["topic:attribution"]}`), checked against its input type. */
  filter?: unknown;
  /** Records per page (tests use small pages). */
  pageSize?: number;
}

/**
 * Writes every record of `name` the filter selects to `out`, in the connection's default order,
 * and resolves with how many were written. The columns are the type's scalar fields and its
 * references' IDs (`speakerId`), in the entity's order. A bad filter is refused before anything is
 * written, with what is wrong and where; `out` may be a function that opens the output, called
 * only once the name and filter are known to be good.
 */
export async function exportRecords(
  services: Services,
  schema: GraphQLSchema,
  name: string,
  target: Writable | (() => Writable),
  options: ExportOptions,
): Promise<number> {
  const kinds = services.registry.exportKinds;
  const spec = kinds.get(name);
  if (!spec) throw new ConfigError(`cannot export "${name}": choose one of ${[...kinds.keys()].join(", ")}`);
  const mapper = services.db.mapper<ObjectLiteral>(spec.entity as EntityClass<ObjectLiteral>);
  const filter = coerceFilter(schema, `${mapper.entityName}Filter`, options.filter);
  const collection = spec.service(services);
  const properties = exportedProperties(schema, mapper);
  const { ordering } = collection.ordering(spec.order, false);
  const out = typeof target === "function" ? target() : target;
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, "drain");
  };

  if (options.format === "csv") await write(csvRecords([properties]));
  let cursor: readonly unknown[] | undefined;
  let written = 0;
  for (;;) {
    const page = await collection.findPage(filter, ordering, { limit: options.pageSize ?? PAGE_SIZE, cursor, backward: false });
    let chunk = "";
    const records: unknown[][] = [];
    for (const { row } of page.rows) {
      const node = collection.toNode(row) as Record<string, unknown>;
      const values = properties.map((property) => plain(node[property]));
      if (options.format === "csv")
        records.push(values.map((value) => (value !== null && typeof value === "object" ? JSON.stringify(value) : value)));
      else chunk += JSON.stringify(Object.fromEntries(properties.map((property, i) => [property, values[i]]))) + "\n";
    }
    if (records.length) chunk = csvRecords(records);
    if (chunk) await write(chunk);
    written += page.rows.length;
    if (!page.hasMore || page.rows.length === 0) return written;
    cursor = page.rows[page.rows.length - 1].key;
  }
}

/** The filter as the resolvers receive it (dates as `Date`s), or a ConfigError saying what is wrong. */
function coerceFilter(schema: GraphQLSchema, typeName: string, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`no input type ${typeName}`);
  const problems: string[] = [];
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    problems.push(`${path.length ? `filter.${path.join(".")}: ` : ""}${error.message}`);
  });
  if (problems.length) throw new ConfigError(`--filter does not fit ${typeName}: ${problems.join(" ")}`);
  return coerced;
}

/** The entity's properties an export writes: the GraphQL type's leaf fields, and the IDs of what it refers to. */
function exportedProperties(schema: GraphQLSchema, mapper: RowMapper<ObjectLiteral>): string[] {
  const type = schema.getType(mapper.entityName);
  if (!isObjectType(type)) throw new Error(`no object type ${mapper.entityName}`);
  const fields = type.getFields();
  const properties = mapper.columns
    .map((column) => mapper.propertyOf(column))
    .filter((property) => {
      const field = fields[property];
      return (field && isLeafType(getNamedType(field.type)) && field.args.length === 0) || /[a-z]Id$/.test(property);
    });
  // The ID first and the bookkeeping timestamps last, whatever the entity's inheritance puts first.
  const last = ["createdAt", "updatedAt"];
  return [...properties.filter((p) => !last.includes(p)), ...last.filter((p) => properties.includes(p))];
}

/** A value as it is written: dates as ISO strings, the rest as JSON has it. */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * CSV records (RFC 4180, CRLF) by csv-stringify: a field with a comma, quote or line break is
 * quoted, quotes doubled; a field that a spreadsheet would run as a formula (starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) gets a leading `'` (OWASP's CSV injection advice); NUL
 * characters, which spreadsheets and many CSV readers stop at, become U+FFFD.
 */
function csvRecords(records: unknown[][]): string {
  const cleaned = records.map((record) =>
    record.map((value) => (typeof value === "string" && value.includes("\u0000") ? value.replace(/\u0000/g, "\uFFFD") : value)),
  );
  return stringify(cleaned, { escape_formulas: true, record_delimiter: "\r\n", cast: { boolean: (value) => String(value) } });
}
