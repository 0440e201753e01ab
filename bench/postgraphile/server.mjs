// PostGraphile 5 (amber preset, grafserv on node:http) over the benchmark's PostgreSQL database.
// PG_URL picks the database (default postgres://postgres@127.0.0.1:5432/dossier_bench), PORT the port.

// PostGraphile 5 wants Node 22: on Node 20 every query fails until Promise.withResolvers exists.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const { createServer } = await import("node:http");
const { postgraphile } = await import("postgraphile");
const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
const { makePgService } = await import("postgraphile/adaptors/pg");
const { grafserv } = await import("postgraphile/grafserv/node");

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.PG_URL ?? "postgres://postgres@127.0.0.1:5432/dossier_bench",
      schemas: ["public"],
    }),
  ],
  grafserv: { graphqlPath: "/graphql", watch: false, graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
const port = Number(process.env.PORT ?? 4200);
server.listen(port, "127.0.0.1", () => console.log(`postgraphile at http://127.0.0.1:${server.address().port}/graphql`));
process.once("SIGTERM", async () => {
  server.close();
  await pgl.release();
  process.exit(0);
});
