import { byIdLoader, listLoader, loadersOnFirstUse } from "../graphql/loaders";

/** The per-request loaders of topics. */
export const createTopicLoaders = loadersOnFirstUse({
  byId: ({ topics }) => byIdLoader(topics),
  ofStatement: ({ topics }) => listLoader(topics, topics.ofStatement, { field: "NAME" }),
});
