require("/work/main/node_modules/reflect-metadata");
const { createDataSource } = require("/work/main/dist/db/data-source");
const { parseDatabaseUrl } = require("/work/main/dist/config");
const { startHub } = require("/work/main/dist/server/hub");
(async () => {
  const ds = await createDataSource(parseDatabaseUrl(process.env.DATABASE_URL || "mysql://root@127.0.0.1:3306/dossier_bench_quick")).initialize();
  const hub = await startHub(ds, { port: 0, host: "127.0.0.1", production: true, publicRead: true, rateLimitPoints: 0 });
  const body = require("fs").readFileSync(process.argv[2], "utf8");
  const n = Number(process.argv[3] || 30);
  for (let i = 0; i < 3; i++) await (await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
  const times = []; const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) { const t = performance.now(); await (await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body })).text(); times.push(performance.now() - t); }
  const cpu = process.cpuUsage(cpu0); times.sort((a, b) => a - b);
  console.log(`cpu ${((cpu.user + cpu.system) / 1000 / n).toFixed(1)} ms per request`);
  console.log(`median ${times[n >> 1].toFixed(1)} ms, min ${times[0].toFixed(1)} ms per request (sequential)`);
  await hub.stop(); await ds.destroy();
})();
