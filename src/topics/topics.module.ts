import type { DomainModule } from "../domain-module";
import { Topic } from "./topic.entity";
import type { createTopicLoaders } from "./topic.loaders";
import type { TopicService } from "./topic.service";

/** Topics: what statements are about (covert action, attribution, …). */
export const topicsModule: DomainModule = { name: "topics", entities: [Topic] };

declare module "../graphql/context" {
  interface Services {
    topics: TopicService;
  }
  interface Loaders {
    topics: ReturnType<typeof createTopicLoaders>;
  }
}
