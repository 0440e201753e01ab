import { byIdLoader, listLoader } from "../graphql/loaders";
import type { Services } from "../services";

/** The per-request loaders of topics. */
export function createTopicLoaders({ topics }: Services) {
  return {
    byId: byIdLoader(topics),
    ofStatement: listLoader(topics, topics.ofStatement, { field: "NAME" }),
  };
}
