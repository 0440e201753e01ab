import fs from "node:fs";
import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import { DEFAULT_LIMITS, loadConfig, PROJECT_ROOT } from "../../src/config";
import { type Context, createContext } from "../../src/api/context";
import { buildDossierSchema } from "../../src/api/schema";
import { createApolloServer } from "../../src/server/apollo";
import memoize from "lodash.memoize";
import { Role } from "../../src/auth/role";
import { BoundedMemoCache, MEMO_LIMIT } from "../../src/server/jit-memo";
import { buildSchema, type OperationDefinitionNode, parse } from "graphql";
import { compilableVariables } from "../../src/server/compiled-execution";
import { createTestHub, type TestHub } from "../support/test-hub";

/**
 * The hub runs operations compiled by graphql-jit (`compiledExecution`). Whatever a client sends,
 * it must get what graphql-js would have answered: the same data, the same errors with the same
 * codes, paths and messages.
 */
describe("compiled execution", () => {
  let hub: TestHub;
  let compiled: ApolloServer<Context>;
  let interpreted: ApolloServer<Context>;

  beforeAll(async () => {
    hub = await createTestHub();
    const schema = await buildDossierSchema();
    const options = {
      production: true,
      publicRead: true,
      introspection: true,
      limits: { ...DEFAULT_LIMITS, depth: 30, cost: 10_000_000 },
    };
    compiled = createApolloServer(schema, options);
    interpreted = createApolloServer(schema, { ...options, compileQueries: false });
    await Promise.all([compiled.start(), interpreted.start()]);
  });

  afterAll(async () => {
    await Promise.all([compiled.stop(), interpreted.stop()]);
    await hub.close();
  });

  const run = async (server: ApolloServer<Context>, request: { query: string; variables?: object; operationName?: string }) => {
    const response = await server.executeOperation(request, { contextValue: createContext(hub.services, null) });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return { status: response.http.status ?? 200, body: JSON.parse(JSON.stringify(response.body.singleResult)) };
  };

  const bothAnswer = async (request: { query: string; variables?: object; operationName?: string }) => {
    const [fromCompiled, fromInterpreted] = [await run(compiled, request), await run(interpreted, request)];
    expect(fromCompiled).toEqual(fromInterpreted);
    return fromCompiled;
  };

  const operations = fs.readdirSync(path.join(PROJECT_ROOT, "schema", "operations")).filter((file) => file.endsWith(".graphql"));

  it.each(operations)("answers %s as graphql-js does", async (file) => {
    const query = fs.readFileSync(path.join(PROJECT_ROOT, "schema", "operations", file), "utf8");
    const { body } = await bothAnswer({ query });
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data).length).toBeGreaterThan(0);
  });

  it("answers nested pages, aliases, fragments, unions, @skip/@include and lazy counts as graphql-js does", async () => {
    const { body } = await bothAnswer({
      query: `query($withText: Boolean!, $skipSpeaker: Boolean!) {
        first: actors(first: 3) { totalCount nodes { ...who statements(first: 2) { nodes { id text @include(if: $withText)
          speaker @skip(if: $skipSpeaker) { name } about { title participants(first: 2) { nodes { role actor { ...who } } } } } } } }
        search(text: "korea", first: 5) { totalCount edges { cursor node { __typename ... on Actor { name } ... on Event { title } } } }
        timeline(last: 3) { nodes { __typename ... on Statement { saidOn } ... on Event { occurredOn } ... on Designation { listedOn } } }
        node(id: "actor:north-korea") { id ... on Actor { kind } }
      }
      fragment who on Actor { id name kind isOfficial }`,
      variables: { withText: false, skipSpeaker: true },
    });
    expect(body.data.first.nodes).toHaveLength(3);
    expect(body.data.first.nodes[0].statements.nodes[0]?.text).toBeUndefined();
    expect(body.data.search.totalCount).toBeGreaterThan(0);
    expect(body.data.node).toEqual({ id: "actor:north-korea", kind: "STATE" });
  });

  it("reports errors in fields, unknown IDs, bad arguments and bad variables as graphql-js does", async () => {
    const refused = await bothAnswer({
      query: `{ actor(id: "actor:nobody") { id } topics(first: 1) { totalCount } apiKeys { id } }`,
    });
    // `apiKeys` is non-null: its error nulls the whole answer, in both.
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors).toMatchObject([{ path: ["apiKeys"], extensions: { code: "UNAUTHENTICATED" } }]);
    const badPage = await bothAnswer({ query: `{ actors(first: -1) { totalCount } }` });
    expect(badPage.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const badVariable = await bothAnswer({
      query: `query($n: Int) { actors(first: $n) { totalCount } }`,
      variables: { n: "ten" },
    });
    // Both the same status: 200, as GraphQL over HTTP asks for a client that does not accept
    // application/graphql-response+json (here none), the errors in the body.
    expect(badVariable.status).toBe(200);
    expect(badVariable.body.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(badVariable.body.errors[0].message).toContain('Variable "$n" got invalid value "ten"');
    const missing = await bothAnswer({ query: `query($id: ID!) { actor(id: $id) { id } }` });
    expect(missing.body.errors[0].message).toContain('Variable "$id" of required type "ID!" was not provided.');
  });

  it("compiles date literals beside variables quietly, and refuses a bad one as graphql-js does", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { body } = await bothAnswer({
        query: `query($first: Int) { statements(first: $first, filter: { saidOn: { from: "2014-12-01", to: "2015-01-31" } }) {
          totalCount nodes { saidOn } } }`,
        variables: { first: 3 },
      });
      expect(body.data.statements.totalCount).toBeGreaterThan(3);
      const bad = await bothAnswer({ query: `{ statements(filter: { saidOn: { from: "2014-13-01" } }) { totalCount } }` });
      expect(bad.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      // graphql-jit writes to console.error when a scalar's parseLiteral declares a variables parameter.
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it("picks the operation the client names, and refuses an unknown name", async () => {
    const query = `query A { actors(first: 1) { totalCount } } query B { topics(first: 1) { totalCount } }`;
    const b = await bothAnswer({ query, operationName: "B" });
    expect(Object.keys(b.body.data)).toEqual(["topics"]);
    const unknown = await bothAnswer({ query, operationName: "C" });
    expect(unknown.body.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });

  it("answers introspection as graphql-js does", async () => {
    const { body } = await bothAnswer({ query: `{ __type(name: "Actor") { name fields { name description } } }` });
    expect(body.data.__type.fields.length).toBeGreaterThan(5);
  });

  it("is what the hub's Apollo Server runs, unless turned off", () => {
    // Apollo takes a custom executor through its gateway interface only; that it holds one is the
    // sign that operations go to graphql-jit (the comparisons above would pass either way).
    expect((compiled as any).internals.gatewayExecutor).toEqual(expect.any(Function));
    expect((interpreted as any).internals.gatewayExecutor).toBeNull();
  });

  it("runs a mutation's fields one after another in document order, fragments included", async () => {
    // The second field changes what the first creates: run in another order, it finds nothing.
    const { data, errors } = await hub.execute(
      `mutation Ordered($create: Boolean!) {
        ...Create
        described: updateTopic(id: "topic:order-check", input: { description: "made, then described" }) { id description }
      }
      fragment Create on Mutation {
        created: createTopic(input: { name: "Order check" }) @include(if: $create) { id description }
      }`,
      { create: true },
      { keyId: "key:editor", name: "Desk A", role: Role.EDITOR },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      created: { id: "topic:order-check", description: null },
      described: { id: "topic:order-check", description: "made, then described" },
    });
  });

  it("bounds graphql-jit's memos, which would otherwise grow with every new document compiled", () => {
    // graphql-jit makes its memos with lodash.memoize, whose caches come from `memoize.Cache`.
    expect(memoize.Cache).toBe(BoundedMemoCache);
    let calls = 0;
    const square = memoize((key: object) => (calls++, key));
    const keys = Array.from({ length: MEMO_LIMIT + 1 }, () => ({}));
    for (const key of keys) square(key);
    square(keys[0]);
    expect(calls).toBe(MEMO_LIMIT + 2); // the first key was forgotten when the bound was reached
    expect((square.cache as unknown as Map<object, unknown>).size).toBeLessThanOrEqual(MEMO_LIMIT);
  });

  it("leaves to graphql-js the operations with a variable of a recursive or huge input type", async () => {
    const operation = (text: string) => parse(text).definitions[0] as OperationDefinitionNode;
    const dossier = compilableVariables(await buildDossierSchema());
    expect(dossier(operation(`query($f: StatementFilter, $o: [ActorOrder!]) { __typename }`))).toBe(true);
    // EventFilter → ParticipantFilter → EventFilter: graphql-jit would unfold it for ever.
    for (const type of ["EventFilter", "ParticipantFilter", "[EventRelationFilter!]!"])
      expect(dossier(operation(`query($ok: ActorFilter, $f: ${type}) { __typename }`))).toBe(false);
    // Not recursive, but each level doubles what graphql-jit writes out: 2^10 fields.
    const levels = Array.from({ length: 10 }, (_, i) => `input L${i} { a: L${i + 1} b: L${i + 1} }`).join("\n");
    const wide = compilableVariables(buildSchema(`${levels}\ninput L10 { x: Int }\ntype Query { f(a: L0, s: L6): Int }`));
    expect(wide(operation(`query($v: L6) { __typename }`))).toBe(true);
    expect(wide(operation(`query($v: L0) { __typename }`))).toBe(false);
  });

  it("answers an operation with a recursive filter in a variable, nested as deep as sent, as graphql-js does", async () => {
    const { body } = await bothAnswer({
      query: `query($f: EventFilter) { events(filter: $f) { totalCount nodes { id } } }`,
      variables: { f: { participant: { event: { participant: { roles: ["ATTRIBUTOR"], actor: { kinds: ["AGENCY"] } } } } } },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.events.totalCount).toBeGreaterThan(0);
  });

  it("is on by default, and COMPILE_QUERIES=false turns it off", () => {
    expect(loadConfig({}).compileQueries).toBe(true);
    expect(loadConfig({ COMPILE_QUERIES: "false" }).compileQueries).toBe(false);
  });
});
