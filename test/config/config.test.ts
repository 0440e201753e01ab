import path from "node:path";
import { ConfigError, loadConfig, parseDatabaseUrl, PROJECT_ROOT } from "../../src/config";

describe("loadConfig", () => {
  it("defaults to SQLite under data/, port 4000, migrating and seeding on start", () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      host: "0.0.0.0",
      database: { type: "sqlite", path: path.join(PROJECT_ROOT, "data", "dossier.sqlite") },
      autoMigrate: true,
      autoSeed: true,
      production: false,
    });
  });

  it("switches to MySQL with DATABASE_URL, where migrating and seeding become explicit steps", () => {
    const config = loadConfig({ DATABASE_URL: "mysql://dossier:s%40cret@db:3307/dossier", PORT: "8080" });
    expect(config).toMatchObject({
      port: 8080,
      database: { type: "mysql", host: "db", port: 3307, username: "dossier", password: "s@cret", database: "dossier" },
      databaseLabel: "mysql://dossier:***@db:3307/dossier",
      autoMigrate: false,
      autoSeed: false,
    });
    expect(loadConfig({ DATABASE_URL: "mysql://root@127.0.0.1/x", AUTO_MIGRATE: "true" }).autoMigrate).toBe(true);
  });

  it.each([
    [{ PORT: "http" }, 'PORT "http" must be an integer from 0 to 65535'],
    [{ PORT: "70000" }, 'PORT "70000" must be an integer from 0 to 65535'],
    [{ DATABASE_URL: "postgres://localhost/x" }, 'DATABASE_URL scheme "postgres:" is not supported'],
    [{ DATABASE_URL: "mysql://root@localhost/" }, "must name a database"],
    [{ DATABASE_URL: "sqlite:" }, "names no file"],
    [{ AUTO_SEED: "maybe" }, 'AUTO_SEED "maybe" must be true or false'],
  ])("refuses %j, saying what is allowed", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe("parseDatabaseUrl", () => {
  it("takes relative SQLite paths from the project root and keeps :memory:", () => {
    expect(parseDatabaseUrl("sqlite:tmp/x.sqlite")).toEqual({ type: "sqlite", path: path.join(PROJECT_ROOT, "tmp", "x.sqlite") });
    expect(parseDatabaseUrl("sqlite:/var/lib/dossier.sqlite")).toEqual({ type: "sqlite", path: "/var/lib/dossier.sqlite" });
    expect(parseDatabaseUrl("sqlite::memory:")).toEqual({ type: "sqlite", path: ":memory:" });
  });

  it("reads mariadb:// like mysql://, with defaults for port and user", () => {
    expect(parseDatabaseUrl("mariadb://127.0.0.1/dossier")).toEqual({
      type: "mysql",
      host: "127.0.0.1",
      port: 3306,
      username: "root",
      password: "",
      database: "dossier",
    });
  });
});
