import type { DomainModule } from "../domain-module";
import { Topic } from "./topic.entity";

/** Topics: what statements are about (covert action, attribution, …). */
export const topicsModule: DomainModule = { name: "topics", entities: [Topic] };
