import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
} from "graphql";
import { Database } from "../../src/db/database";
import { buildDossierSchema } from "../../src/api/schema";
import { createServices } from "../../src/services";
import { type ChildHub, preparedDatabase, startChildHub } from "../support/child-hub";

/*
 * Every input type of the schema, as a stranger may send it: an operation declaring a variable of
 * that type (and one of a list of it), with a value nested several levels deep, to a hub in
 * production mode with compiled execution on. graphql-jit 0.8.7 compiled a variable of a recursive
 * input type (EventFilter → ParticipantFilter → EventFilter) without end: one ~100-byte request
 * grew the heap until the process died. The hub here runs in a process of its own with a small heap,
 * so such a request shows as a dead hub, not as a stuck test runner.
 */

/** How deep the generated values nest input objects. */
const NESTING = 4;
/** The longest one answer may take. Generous for a slow, shared machine; a compile that never ends takes ~forever. */
const ANSWER_WITHIN_MS = 10_000;

/** Where a variable of an input type can stand: an argument of a field, then input fields down to the spot. */
interface Site {
  root: "query" | "mutation";
  /** Fields from the root down to the one whose argument holds the variable (the last). */
  fields: GraphQLField<unknown, unknown>[];
  argument: GraphQLArgument;
  /** Input fields from the argument's type down to the spot (empty: the argument itself). */
  steps: GraphQLInputField[];
  /** The type the spot expects. */
  type: GraphQLInputType;
}

/**
 * For each input type, one of the shallowest places a value of it can go (queries before
 * mutations): arguments of root fields, then of the fields of the objects they return, and so on.
 */
function sitesByType(schema: GraphQLSchema): Map<string, { single: Site; list?: Site }> {
  const found = new Map<string, { single: Site; list?: Site }>();
  const sites: Site[] = [];
  const paths: { root: Site["root"]; fields: GraphQLField<unknown, unknown>[] }[] = [];
  for (const root of ["query", "mutation"] as const) {
    const type = root === "query" ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) paths.push({ root, fields: [field] });
  }
  // Breadth first over fields, then over input fields, so each type's first site is one of its shallowest.
  for (let i = 0; i < paths.length; i++) {
    const { root, fields } = paths[i];
    const last = fields[fields.length - 1];
    for (const argument of last.args) sites.push({ root, fields, argument, steps: [], type: argument.type });
    const result = getNamedType(last.type);
    if (root === "query" && fields.length < 3 && isObjectType(result))
      for (const field of Object.values(result.getFields())) paths.push({ root, fields: [...fields, field] });
  }
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i];
    const named = getNamedType(site.type);
    if (!isInputObjectType(named)) continue;
    const seen = found.get(named.name);
    const isList = isListType(isNonNullType(site.type) ? site.type.ofType : site.type);
    if (!seen) found.set(named.name, isList ? { single: site, list: site } : { single: site });
    else if (isList && !seen.list) seen.list = site;
    else continue;
    if (site.steps.length < 3)
      for (const inner of Object.values(named.getFields()))
        sites.push({ ...site, steps: [...site.steps, inner], type: inner.type });
  }
  return found;
}

/** A plausible value of a scalar or enum input, chosen by the field's name where it matters. */
function leafValue(type: GraphQLInputType, name: string): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  switch (named.name) {
    case "ID":
      return name.toLowerCase().includes("event") ? "event:sony-pictures-hack" : "actor:north-korea";
    case "Int":
      return 2;
    case "Float":
      return 0.5;
    case "Boolean":
      return true;
    case "Date":
      return "2014-12-01";
    case "DateTime":
      return "2014-12-01T00:00:00.000Z";
    case "JSON":
      return { a: 1 };
    default:
      if (/countr|nationalit|citizenship/i.test(name)) return "KP";
      if (/On$/.test(name)) return "2014-12-01";
      if (/program/i.test(name)) return "DPRK2";
      return "korea";
  }
}

/** A value of `type`, each input object holding every field, nested input objects `depth` levels more. */
function valueOf(type: GraphQLInputType, name: string, depth: number): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name, depth);
  if (isListType(type)) return [valueOf(type.ofType as GraphQLInputType, name, depth)];
  if (!isInputObjectType(type)) return leafValue(type, name);
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    const nested = isInputObjectType(getNamedType(field.type));
    if (nested && depth <= 0 && !isNonNullType(field.type)) continue;
    value[field.name] = valueOf(field.type, field.name, nested ? depth - 1 : depth);
  }
  return value;
}

/** A GraphQL literal for a JSON value (enum values unquoted). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type))
    return `[${(value as unknown[]).map((item) => literal(item, type.ofType as GraphQLInputType)).join(", ")}]`;
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key}: ${literal(inner, fields[key].type)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}

/**
 * The literal of an argument or input object that holds `$v` at `steps`, with required siblings
 * filled in. At a spot that takes a list, `$v` is the list (`whole`) or one item of it (`[$v]`).
 */
function holding(type: GraphQLInputType, steps: GraphQLInputField[], whole: boolean): string {
  if (steps.length === 0) return whole || !isListType(isNonNullType(type) ? type.ofType : type) ? "$v" : "[$v]";
  const object = getNamedType(type) as GraphQLInputObjectType;
  const [step, ...rest] = steps;
  const parts = [`${step.name}: ${holding(step.type, rest, whole)}`];
  for (const field of Object.values(object.getFields()))
    if (field !== step && isNonNullType(field.type))
      parts.push(`${field.name}: ${literal(valueOf(field.type, field.name, 0), field.type)}`);
  const inner = `{ ${parts.join(", ")} }`;
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return isListType(unwrapped) ? `[${inner}]` : inner;
}

/** The arguments a field requires, filled with plausible values, and `extra` (the one holding `$v`). */
function argumentsOf(field: GraphQLField<unknown, unknown>, extra?: { argument: GraphQLArgument; text: string }): string {
  const args = extra ? [`${extra.argument.name}: ${extra.text}`] : [];
  for (const argument of field.args)
    if (argument !== extra?.argument && isNonNullType(argument.type))
      args.push(`${argument.name}: ${literal(valueOf(argument.type, argument.name, 0), argument.type)}`);
  return args.length ? `(${args.join(", ")})` : "";
}

/** The type of a list's items, or the type itself. */
function itemType(type: GraphQLInputType): GraphQLInputType {
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return isListType(unwrapped) ? (unwrapped.ofType as GraphQLInputType) : type;
}

/** The operation that declares `$v` of `variableType` and puts it at `site` (the whole list there when `whole`). */
function operationAt(site: Site, variableType: string, whole = false): string {
  const last = site.fields.length - 1;
  let body = "";
  for (let i = last; i >= 0; i--) {
    const field = site.fields[i];
    const args = argumentsOf(
      field,
      i === last ? { argument: site.argument, text: holding(site.argument.type, site.steps, whole) } : undefined,
    );
    const result = getNamedType(field.type);
    const composite = isObjectType(result) || isInterfaceType(result) || isUnionType(result);
    body = `${field.name}${args}${composite ? ` { __typename ${body} }` : ""}`;
  }
  return `${site.root}($v: ${variableType}) { ${body} }`;
}

describe("variables of every input type", () => {
  let schema: GraphQLSchema;
  let hub: ChildHub;
  let adminKey: string;

  beforeAll(async () => {
    schema = await buildDossierSchema();
    const url = await preparedDatabase(async (dataSource) => {
      const services = createServices(new Database(dataSource));
      adminKey = (await services.apiKeys.create("input-types", "ADMIN")).key;
      await services.db.close();
    });
    // A small heap, so that a request that grows it without end kills the hub within seconds.
    hub = await startChildHub(url, {
      env: { NODE_ENV: "production", COMPILE_QUERIES: "true", RATE_LIMIT_POINTS: "0" },
      nodeOptions: ["--max-old-space-size=160"],
    });
  }, 60_000);

  afterAll(async () => {
    await hub?.stop("SIGKILL");
  });

  async function send(query: string, variables: Record<string, unknown>) {
    const started = process.hrtime.bigint();
    const response = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${adminKey}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: response.status, body, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  }

  it("are each answered, with data or a clear error, and leave the hub healthy", async () => {
    const sites = sitesByType(schema);
    const inputTypes = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLInputObjectType => isInputObjectType(type) && !type.name.startsWith("__"),
    );
    // The schema has recursive filters; the test is only worth something while it does.
    expect(inputTypes.map((type) => type.name)).toEqual(expect.arrayContaining(["EventFilter", "ParticipantFilter"]));
    const unreachable = inputTypes.filter((type) => !sites.has(type.name)).map((type) => type.name);
    expect(unreachable).toEqual([]);

    const answered: string[] = [];
    for (const type of inputTypes) {
      const { single, list } = sites.get(type.name)!;
      const value = valueOf(type, type.name, NESTING);
      // The variable is declared with the type its spot expects (`ActorInput!`, `[ParticipantInput!]`).
      const attempts = [
        { query: operationAt(single, String(itemType(single.type))), variables: { v: value } },
        // Where no spot takes a list of it (the filters), validation refuses the list: still an answer.
        list
          ? { query: operationAt(list, String(list.type), true), variables: { v: [value, value] } }
          : { query: operationAt(single, `[${type.name}!]`), variables: { v: [value, value] } },
      ];
      for (const { query, variables } of attempts) {
        let outcome: Awaited<ReturnType<typeof send>>;
        try {
          outcome = await send(query, variables);
        } catch (error) {
          throw new Error(
            `no answer within ${ANSWER_WITHIN_MS} ms to ${query} (${(error as Error).message});\nhub:\n${hub.output()}`,
          );
        }
        const codes = (outcome.body.errors ?? []).map((error) => error.extensions?.code);
        expect({ query, status: outcome.status, codes }).toEqual({
          query,
          status: expect.any(Number),
          codes: expect.not.arrayContaining(["INTERNAL_SERVER_ERROR"]),
        });
        expect(outcome.status).toBeLessThan(500);
        const health = await fetch(`${hub.base}/healthz`, { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
        expect(health.status).toBe(200);
        answered.push(`${type.name}: ${outcome.status} ${codes.join(",") || "data"}`);
      }
    }
    expect(hub.exited()).toBeUndefined();
    expect(answered).toHaveLength(inputTypes.length * 2);
    // Every filter, ordering and range, the recursive ones too, nested as deep as given, is answered with data.
    const queried = inputTypes.filter((type) => /(Filter|Order|Range)$/.test(type.name)).map((type) => `${type.name}: 200 data`);
    expect(queried).toEqual(expect.arrayContaining(["EventFilter: 200 data", "ParticipantFilter: 200 data"]));
    expect(answered).toEqual(expect.arrayContaining(queried));
  }, 240_000);

  it("answers the 100-byte request that killed the hub, and the hub stays up", async () => {
    const query = "query($f: EventFilter) { events(filter: $f) { nodes { id } } }";
    const nested = { participant: { event: { participant: { actor: { isOfficial: true } } } } };
    for (const f of [undefined, {}, nested]) {
      const { status, body } = await send(query, { f });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
    expect((await fetch(`${hub.base}/healthz`)).status).toBe(200);
    expect(hub.exited()).toBeUndefined();
  });
});
