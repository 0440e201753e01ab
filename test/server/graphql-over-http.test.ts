import { serverAudits } from "graphql-http";
import type { DataSource } from "typeorm";
import { seed } from "../../src/seeding/seed-loader";
import { type Hub, startHub } from "../../src/server/hub";
import { createTestDataSource } from "../support/test-database";

/*
 * The GraphQL-over-HTTP audit suite of the `graphql-http` package, against the real server in
 * production mode: every MUST and every SHOULD passes (MAYs are reported by the suite, not required).
 * Introspection is on, because two audits query `__type`.
 */
describe("GraphQL over HTTP (graphql-http serverAudits)", () => {
  let dataSource: DataSource;
  let hub: Hub;

  beforeAll(async () => {
    dataSource = await createTestDataSource();
    await seed(dataSource);
    hub = await startHub(dataSource, {
      port: 0,
      host: "127.0.0.1",
      production: true,
      publicRead: true,
      introspection: true,
      rateLimitPoints: 0,
    });
  });

  afterAll(async () => {
    await hub.stop();
    await dataSource.destroy();
  });

  const audits = serverAudits({ url: () => hub.url, fetchFn: fetch });

  it("has audits to run", () => {
    expect(audits.filter((audit) => /^(MUST|SHOULD)/.test(audit.name)).length).toBeGreaterThan(30);
  });

  it.each(audits.filter((audit) => /^(MUST|SHOULD)/.test(audit.name)).map((audit) => [audit.name, audit] as const))(
    "%s",
    async (_, audit) => {
      const result = await audit.fn();
      expect({ name: audit.name, status: result.status, reason: "reason" in result ? result.reason : undefined }).toEqual({
        name: audit.name,
        status: "ok",
        reason: undefined,
      });
    },
  );
});
