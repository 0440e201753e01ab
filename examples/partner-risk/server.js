// A partner's subgraph, as a partner team would write it: plain @apollo/subgraph and Apollo Server,
// its own data, and Dossier's types referred to by their global IDs. It adds `riskScore` and
// `watchlists` to Dossier's `Actor`, and has a type of its own, `RiskAssessment`, that points at a
// Dossier `Event`. Run it with `node examples/partner-risk/server.js` (PORT defaults to 4001).
const fs = require("node:fs");
const path = require("node:path");
const { ApolloServer } = require("@apollo/server");
const { startStandaloneServer } = require("@apollo/server/standalone");
const { ApolloServerPluginInlineTraceDisabled } = require("@apollo/server/plugin/disabled");
const { buildSubgraphSchema } = require("@apollo/subgraph");
const { parse } = require("graphql");

const typeDefs = parse(fs.readFileSync(path.join(__dirname, "schema.graphql"), "utf8"));
const data = JSON.parse(fs.readFileSync(path.join(__dirname, "data.json"), "utf8"));

function actor(id) {
  const risk = data.actors[id];
  return { id, riskScore: risk ? risk.riskScore : null, watchlists: risk ? risk.watchlists : [] };
}

function assessment(record) {
  return { ...record, event: { id: record.eventId }, actors: record.actorIds.map(actor) };
}

const resolvers = {
  Query: {
    riskAssessments: () => data.riskAssessments.map(assessment),
    riskAssessment: (_, { id }) => {
      const record = data.riskAssessments.find((candidate) => candidate.id === id);
      return record ? assessment(record) : null;
    },
  },
  Actor: {
    // Every Dossier actor can be asked for: those the partner has not scored get null and [].
    __resolveReference: (reference) => actor(reference.id),
  },
  RiskAssessment: {
    __resolveReference: (reference) => {
      const record = data.riskAssessments.find((candidate) => candidate.id === reference.id);
      return record ? assessment(record) : null;
    },
  },
};

/** Starts the partner subgraph; resolves with its URL and a function that stops it. */
async function startPartner({ port = 4001, host = "127.0.0.1" } = {}) {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port, host } });
  return { url, stop: () => server.stop() };
}

module.exports = { startPartner, typeDefs };

if (require.main === module) {
  startPartner({ port: Number(process.env.PORT || 4001), host: process.env.HOST || "0.0.0.0" }).then(({ url }) =>
    console.log(`partner-risk subgraph at ${url}`),
  );
}
