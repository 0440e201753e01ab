import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { PROJECT_ROOT } from "../../src/config";
import { ForwardingDataSource, type Gateway, type GatewayMode, startGateway } from "../../src/federation/gateway";
import { DEFAULT_GATEWAY_CONFIG, type GatewayConfig, loadGatewayConfig } from "../../src/federation/gateway-config";
import { composeSupergraph } from "../../src/federation/supergraph";
import { seed } from "../../src/seeding/seed-loader";
import { type Hub, startHub } from "../../src/server/hub";
import { createTestDataSource } from "../support/test-database";

// The partner is plain JavaScript, as a partner team would write it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPartner } = require(path.join(PROJECT_ROOT, "examples", "partner-risk", "server.js"));

/*
 * End to end, on loopback ports: the hub (on a real, seeded database), the partner's subgraph, and
 * Apollo Gateway in front of both — once composing by introspection, once from the committed
 * supergraph file — answering queries that need both subgraphs.
 */
describe.each<GatewayMode>(["introspect", "static"])("the gateway (%s)", (mode) => {
  let dataSource: DataSource;
  let hub: Hub;
  let partner: { url: string; stop: () => Promise<void> };
  let gateway: Gateway;
  let config: GatewayConfig;

  beforeAll(async () => {
    dataSource = await createTestDataSource();
    await seed(dataSource);
    // Composing by introspection asks the hub for `_service { sdl }`, which production answers only with introspection on.
    hub = await startHub(dataSource, {
      port: 0,
      host: "127.0.0.1",
      production: true,
      publicRead: true,
      introspection: mode === "introspect",
    });
    partner = await startPartner({ port: 0 });
    // The committed configuration, pointed at this test's ports.
    const committed = loadGatewayConfig(DEFAULT_GATEWAY_CONFIG);
    const urls: Record<string, string> = { dossier: hub.url, "partner-risk": partner.url };
    config = { ...committed, subgraphs: committed.subgraphs.map((subgraph) => ({ ...subgraph, url: urls[subgraph.name] })) };
    gateway = await startGateway(config, { mode, port: 0, host: "127.0.0.1", production: true });
  });

  afterAll(async () => {
    await gateway.stop();
    await hub.stop();
    await dataSource.destroy();
  });

  async function query(text: string): Promise<{ data?: any; errors?: any[] }> {
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: text }),
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  }

  it("joins the partner's risk scores to the hub's sanctioned actors and what was said of them", async () => {
    const { data, errors } = await query(`{
      actors(first: 20, filter: { designatedUnder: "DPRK2" }) {
        nodes {
          id name riskScore watchlists
          statements { totalCount }
          mentionedIn { nodes { kind text speaker { name riskScore } } }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    const byId = Object.fromEntries(data.actors.nodes.map((actor: any) => [actor.id, actor]));
    expect(data.actors.nodes).toHaveLength(13);
    expect(byId["actor:komid"]).toMatchObject({
      name: "Korea Mining Development Trading Corporation",
      riskScore: 92,
      watchlists: ["arms-proliferation"],
    });
    expect(byId["actor:ofac-17625"]).toMatchObject({ name: "Yu Kwang Ho", riskScore: null, watchlists: [] });
    expect(byId["actor:ofac-17614"].mentionedIn.nodes).toEqual([
      {
        kind: "PARAPHRASE",
        text: "The individuals named were not necessarily involved with the hacking of and threats against Sony Pictures.",
        speaker: { name: "Senior administration official", riskScore: null },
      },
    ]);
  });

  it("resolves the hub's event and actors under the partner's own records", async () => {
    const { data, errors } = await query(`{
      riskAssessments {
        id level
        event { title occurredOn participants(filter: { roles: [TARGET] }) { nodes { actor { name riskScore } } } }
        actors { name riskScore }
      }
    }`);
    expect(errors).toBeUndefined();
    const sony = data.riskAssessments.find((a: any) => a.id === "partner-risk:assessment-1");
    expect(sony.event).toEqual({
      title: "Cyberattack on Sony Pictures Entertainment",
      occurredOn: "2014-11-24",
      participants: { nodes: [{ actor: { name: "Sony Pictures Entertainment", riskScore: 12 } }] },
    });
    expect(sony.actors).toEqual([
      { name: "North Korea", riskScore: 97 },
      { name: "Sony Pictures Entertainment", riskScore: 12 },
    ]);
    const designations = data.riskAssessments.find((a: any) => a.id === "partner-risk:assessment-2");
    expect(designations.event.title).toBe("Treasury designates three North Korean entities and ten officials");
  });

  it("passes the hub's input errors through with their code", async () => {
    const { errors } = await query(`{ actors(first: 500) { totalCount } }`);
    expect(errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(errors?.[0].message).toContain("`first` must be between 0 and 100; got 500.");
  });

  it("serves /healthz and /readyz like the hub", async () => {
    const base = gateway.url.replace(/\/graphql$/, "");
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
  });

  it("reports not ready, naming the subgraph, and still answers with the other's data when one stops answering", async () => {
    await partner.stop();
    const response = await fetch(`${gateway.url.replace(/\/graphql$/, "")}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", reason: "Subgraphs not answering: partner-risk." });
    // The hub's fields still come back; the partner's are null, with a code that says why.
    const partial = await query(`{ actor(id: "actor:komid") { name riskScore } }`);
    expect(partial.data).toEqual({ actor: { name: "Korea Mining Development Trading Corporation", riskScore: null } });
    expect(partial.errors).toEqual([
      {
        message: "A subgraph behind the gateway does not answer; the fields it provides are null. Retry later.",
        extensions: { code: "SUBGRAPH_UNAVAILABLE" },
      },
    ]);
  });
});

describe("the committed supergraph", () => {
  it("is what the subgraphs' SDL files compose into (run `npm run supergraph` after changing them)", () => {
    const config = loadGatewayConfig();
    expect(fs.readFileSync(config.supergraph, "utf8")).toBe(composeSupergraph(config));
  });

  it("names the subgraphs of gateway.config.json, composed from their SDL files", () => {
    const supergraph = fs.readFileSync(path.join(PROJECT_ROOT, "schema", "supergraph.graphql"), "utf8");
    for (const subgraph of loadGatewayConfig().subgraphs) {
      expect(supergraph).toContain(`@join__graph(name: "${subgraph.name}", url: "${subgraph.url}")`);
    }
  });

  it("refuses a configuration it cannot use, saying why", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gateway-")), "gateway.config.json");
    fs.writeFileSync(file, JSON.stringify({ supergraph: "x.graphql", subgraphs: [{ name: "a", url: "ftp://x" }] }));
    expect(() => loadGatewayConfig(file)).toThrow(`${file}: /subgraphs/0/url must match pattern "^https?://"`);
  });
});

describe("ForwardingDataSource", () => {
  it("passes the client's Authorization header on to the subgraph, and nothing when there is none", () => {
    const source = new ForwardingDataSource({ url: "http://subgraph.invalid/graphql" });
    const send = (authorization?: string) => {
      const request = { http: { headers: new Headers(), method: "POST", url: "http://subgraph.invalid/graphql" } } as any;
      source.willSendRequest({ request, context: { authorization } } as any);
      return request.http.headers.get("authorization");
    };
    expect(send("Bearer key-123")).toBe("Bearer key-123");
    expect(send()).toBeNull();
  });
});
