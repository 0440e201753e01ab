import type { DomainModule } from "../domain-module";
import { topicRecords } from "./topic.writer";
import { Topic } from "./topic.entity";
import { createTopicLoaders } from "./topic.loaders";
import { TopicResolver } from "./topic.resolver";
import { TopicService } from "./topic.service";

/** Topics: what statements are about (covert action, attribution, …). */
export const topicsModule = {
  name: "topics",
  entities: [Topic],
  resolvers: [TopicResolver],
  services: (db) => ({ topics: new TopicService(db) }),
  loaders: (services) => ({ topics: createTopicLoaders(services) }),
  exports: [{ name: "topics", entity: Topic, order: "NAME", service: (services) => services.topics }],
  nodes: [{ prefix: "topic", type: Topic, service: (services) => services.topics, byId: (loaders) => loaders.topics.byId }],
  writer: topicRecords,
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    topics: TopicService;
  }
  interface Loaders {
    topics: ReturnType<typeof createTopicLoaders>;
  }
}
