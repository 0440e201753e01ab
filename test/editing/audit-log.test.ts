import type { Viewer } from "../../src/auth/api-key.service";
import { Role } from "../../src/auth/role";
import { createTestHub, type TestHub } from "../support/test-hub";

const admin: Viewer = { keyId: "key:admin", name: "Root", role: Role.ADMIN };
const editor: Viewer = { keyId: "key:editor", name: "Desk A", role: Role.EDITOR };

describe("auditLog", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await createTestHub();
    await hub.execute(
      `mutation { updateTopic(id: "topic:threats", input: { description: "Threats of harm." }) { id } }`,
      undefined,
      editor,
    );
    await hub.execute(`mutation { createTopic(input: { name: "espionage" }) { id } }`, undefined, editor);
  });

  afterAll(async () => {
    await hub.close();
  });

  const LOG = `query($filter: AuditFilter, $first: Int) {
    auditLog(filter: $filter, first: $first) {
      totalCount
      nodes { id at actor keyId operation entityType entityId changes { field old new } }
    }
  }`;

  it("lists every write, newest first, with old and new values, for admins", async () => {
    const { data, errors } = await hub.execute(LOG, { first: 2 }, admin);
    expect(errors).toBeUndefined();
    expect(data!.auditLog.totalCount).toBe(92 + 2);
    const [newest, previous] = data!.auditLog.nodes;
    expect(newest).toMatchObject({
      actor: "Desk A",
      keyId: "key:editor",
      operation: "CREATE",
      entityType: "Topic",
      entityId: "topic:espionage",
    });
    expect(newest.changes).toContainEqual({ field: "name", old: null, new: "espionage" });
    expect(previous).toMatchObject({ operation: "UPDATE", entityId: "topic:threats" });
    expect(previous.changes).toEqual([
      {
        field: "description",
        old: "Threats of violence or harm, such as those against movie theaters and moviegoers.",
        new: "Threats of harm.",
      },
    ]);
    expect(Number(newest.id)).toBeGreaterThan(Number(previous.id));
  });

  it("filters by writer, operation, type, record and time", async () => {
    const byEditor = await hub.execute(LOG, { filter: { actors: ["Desk A"] } }, admin);
    expect(byEditor.data!.auditLog.totalCount).toBe(2);
    const creations = await hub.execute(LOG, { filter: { operations: ["UPDATE"], entityTypes: ["Topic"] } }, admin);
    expect(creations.data!.auditLog.nodes.map((n: { entityId: string }) => n.entityId)).toEqual(["topic:threats"]);
    const record = await hub.execute(LOG, { filter: { entityIds: ["topic:threats"] } }, admin);
    expect(record.data!.auditLog.nodes.map((n: { operation: string }) => n.operation)).toEqual(["UPDATE", "CREATE"]);
    const future = await hub.execute(LOG, { filter: { at: { from: "2999-01-01T00:00:00Z" } } }, admin);
    expect(future.data!.auditLog.totalCount).toBe(0);
    const past = await hub.execute(LOG, { filter: { at: { to: new Date(Date.now() + 60_000).toISOString() } } }, admin);
    expect(past.data!.auditLog.totalCount).toBe(94);
  });

  it("is refused to editors (FORBIDDEN) and to anonymous clients (UNAUTHENTICATED)", async () => {
    const forbidden = await hub.execute(LOG, {}, editor);
    expect(forbidden.errors?.[0]).toMatchObject({
      message: '`auditLog` needs the ADMIN role; the key "Desk A" has EDITOR.',
      extensions: { code: "FORBIDDEN" },
    });
    const anonymous = await hub.execute(LOG, {});
    expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });
});
