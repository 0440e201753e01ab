require("/work/main/node_modules/reflect-metadata");
const { createDataSource } = require("/work/main/dist/db/data-source");
const { parseDatabaseUrl } = require("/work/main/dist/config");
const { startHub } = require("/work/main/dist/server/hub");
(async () => {
  const ds = await createDataSource(parseDatabaseUrl(process.env.DATABASE_URL || "mysql://root@127.0.0.1:3306/dossier_bench_quick")).initialize();
  const { Database } = require("/work/main/dist/db/database");
  const orig = Database.prototype.query;
  let log = [];
  Database.prototype.query = async function (st) { const t = performance.now(); const res = await orig.call(this, st); log.push([(performance.now() - t).toFixed(1), st.values.length, res.length, st.sql.replace(/\s+/g, " ").slice(0, 160)]); return res; };
  const hub = await startHub(ds, { port: 0, host: "127.0.0.1", production: true, publicRead: true, rateLimitPoints: 0 });
  const body = require("fs").readFileSync(process.argv[2], "utf8");
  for (let i = 0; i < 4; i++) {
    log = [];
    const t = performance.now();
    const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const text = await res.text();
    console.log(`request ${i}: ${(performance.now() - t).toFixed(1)} ms, ${text.length} bytes`);
  }
  for (const l of log) console.log(l.join(" | "));
  await hub.stop(); await ds.destroy();
})();
