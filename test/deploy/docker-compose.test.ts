import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { parseDatabaseUrl, PROJECT_ROOT } from "../../src/config";

/*
 * No Docker engine runs here, so the compose file is checked by reading it: it must parse, and
 * everything it refers to — the Dockerfile, the files the Dockerfile copies, the CLI commands,
 * the database credentials — must exist and agree.
 */
const compose = parse(fs.readFileSync(path.join(PROJECT_ROOT, "docker-compose.yml"), "utf8"));
const dockerfile = fs.readFileSync(
  path.join(PROJECT_ROOT, compose.services.hub.build.context, compose.services.hub.build.dockerfile),
  "utf8",
);

describe("docker-compose.yml", () => {
  it("runs MySQL 8 and the hub, the hub waiting for a healthy database", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["db", "hub"]);
    expect(compose.services.db.image).toMatch(/^mysql:8/);
    expect(compose.services.hub.depends_on).toEqual({ db: { condition: "service_healthy" } });
    for (const service of Object.values<any>(compose.services)) {
      expect(service.healthcheck.test[0]).toBe("CMD");
      expect(service.healthcheck.interval).toMatch(/^\d+s$/);
    }
  });

  it("gives the hub a DATABASE_URL for the database and user that MySQL creates", () => {
    const database = parseDatabaseUrl(compose.services.hub.environment.DATABASE_URL);
    const db = compose.services.db.environment;
    expect(database).toMatchObject({
      type: "mysql",
      host: "db",
      port: 3306,
      username: db.MYSQL_USER,
      password: db.MYSQL_PASSWORD,
      database: db.MYSQL_DATABASE,
    });
    expect(compose.services.db.command).toContain("--character-set-server=utf8mb4");
  });

  it("lets MySQL's non-SUPER user create the triggers the migrations need, binary logging being on by default", () => {
    const migrations = path.join(PROJECT_ROOT, "src", "db", "migrations");
    const withTriggers = fs
      .readdirSync(migrations)
      .filter((file) => fs.readFileSync(path.join(migrations, file), "utf8").includes("CREATE TRIGGER"));
    expect(withTriggers.length).toBeGreaterThan(0);
    expect(compose.services.db.command).toContain("--log-bin-trust-function-creators=1");
  });

  it("migrates, seeds and serves with commands the CLI has, and checks /readyz", () => {
    const command = compose.services.hub.command.join(" ");
    const steps = [...command.matchAll(/node bin\/dossier\.js (\w+)/g)].map((match) => match[1]);
    expect(steps).toEqual(["migrate", "seed", "serve"]);
    const main = fs.readFileSync(path.join(PROJECT_ROOT, "src", "main.ts"), "utf8");
    for (const step of steps) expect(main).toContain(`.command("${step}")`);
    expect(compose.services.hub.healthcheck.test.join(" ")).toContain("/readyz");
    expect(compose.services.hub.ports).toEqual([`${compose.services.hub.environment.PORT}:4000`]);
  });

  it("builds from a Dockerfile whose copied files all exist", () => {
    const copies = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((match) => match[1].split(/\s+/));
    expect(copies.length).toBeGreaterThan(5);
    for (const file of copies) expect(fs.existsSync(path.join(PROJECT_ROOT, file))).toBe(true);
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*readyz/m);
    expect(dockerfile).toMatch(/^CMD \["node", "bin\/dossier.js", "serve"\]/m);
  });
});
