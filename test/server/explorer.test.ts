import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { PROJECT_ROOT } from "../../src/config";
import { type HttpTestHub, startHttpTestHub } from "../support/test-hub";

/*
 * The offline explorer end to end, in headless Chromium (Debian's `chromium`, which `.ci/run`
 * installs): the page loads with nothing from outside the hub, runs "statements by officials about
 * covert action" from its tabs, shows the answer, and leaves a screenshot in test/artifacts/.
 * Without /usr/bin/chromium the browser test is skipped, unless REQUIRE_BROWSER=1 (CI) makes that a failure.
 */
const CHROMIUM = "/usr/bin/chromium";
const haveBrowser = fs.existsSync(CHROMIUM);
const SCREENSHOT = path.join(PROJECT_ROOT, "test", "artifacts", "explorer.png");

describe("the offline explorer", () => {
  let server: HttpTestHub;
  let base: string;

  beforeAll(async () => {
    // As in production (no Sandbox, no introspection), with reads open to anyone.
    server = await startHttpTestHub({ production: true, publicRead: true });
    base = server.base;
  });

  afterAll(() => server.close());

  it("is served by the hub, bundled, with a policy that loads nothing from elsewhere, and the example operations", async () => {
    const redirect = await fetch(`${base}/explorer`, { redirect: "manual" });
    expect([redirect.status, redirect.headers.get("location")]).toEqual([308, "/explorer/"]);
    const page = await fetch(`${base}/explorer/`);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'self'.*connect-src 'self'/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["explorer.js", "explorer.css"]) {
      const response = await fetch(`${base}/explorer/${asset}`);
      expect([asset, response.status]).toEqual([asset, 200]);
      expect((await response.text()).length).toBeGreaterThan(10_000);
    }
    const operations = (await (await fetch(`${base}/explorer/operations.json`)).json()) as { title: string }[];
    const files = fs.readdirSync(path.join(PROJECT_ROOT, "schema", "operations")).filter((name) => name.endsWith(".graphql"));
    expect(operations).toHaveLength(files.length);
    expect(operations.map((operation: { title: string }) => operation.title)).toContain(
      "statements by officials about covert action",
    );
    expect((await fetch(`${base}/explorer/../../package.json`)).status).toBe(404);
  });

  (haveBrowser || process.env.REQUIRE_BROWSER ? it : it.skip)(
    "runs the example operation in headless Chromium and shows the answer",
    async () => {
      expect(fs.existsSync(CHROMIUM)).toBe(true);
      let browser: Browser | undefined;
      try {
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const outside: string[] = [];
        page.on("request", (request) => {
          const url = new URL(request.url());
          if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:" && url.protocol !== "blob:") {
            outside.push(request.url());
          }
        });
        const failures: string[] = [];
        page.on("pageerror", (error) => failures.push(error.message));

        await page.goto(`${base}/explorer/`);
        // Each example operation is a tab, named by its operation.
        await page.getByText("StatementsByOfficialsAboutCovertAction", { exact: true }).click();
        await page.locator(".graphiql-execute-button").click();
        const result = page.locator(".result-window");
        await result.getByText("proportional response", { exact: false }).first().waitFor({ timeout: 15_000 });
        const answer = await result.innerText();
        expect(answer).toContain('"totalCount": 2');
        expect(answer).toContain("covert action");
        fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
        await page.screenshot({ path: SCREENSHOT });
        expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
        expect(outside).toEqual([]);
        expect(failures).toEqual([]);
      } finally {
        await browser?.close();
      }
    },
    60_000,
  );

  (haveBrowser || process.env.REQUIRE_BROWSER ? it : it.skip)(
    "is one click away from Apollo Sandbox's page when the internet is not there",
    async () => {
      // A development hub, whose /graphql shows Sandbox to a browser.
      const development = await startHttpTestHub({ production: false });
      let browser: Browser | undefined;
      try {
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
        const page = await browser.newPage();
        // Offline: nothing but the hub answers.
        await page.route("**/*", (route) =>
          new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort("internetdisconnected"),
        );
        await page.goto(development.hub.url);
        const note = page.locator("#dossier-offline-explorer");
        await note.waitFor({ state: "visible", timeout: 15_000 });
        // Below Apollo's own "cannot be loaded" message, and clickable: nothing covers it.
        await page.getByText("Apollo Sandbox cannot be loaded; it appears that you might be offline.").waitFor();
        expect(await note.innerText()).toBe("The hub's own explorer works offline: /explorer/");
        await note.getByRole("link", { name: "/explorer/" }).click();
        await page.waitForURL(`${development.base}/explorer/`);
        await page.locator(".graphiql-execute-button").waitFor({ timeout: 15_000 });
      } finally {
        await browser?.close();
        await development.close();
      }
    },
    60_000,
  );
});
