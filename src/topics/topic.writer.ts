import { idOf, text } from "../records/json-schema";
import type { RecordType } from "../records/record-type";
import { Topic } from "./topic.entity";

/** How topics are written: `topics.json`, and the `createTopic`/`updateTopic` inputs. */
export const topicRecords: RecordType<Topic> = {
  entity: Topic,
  prefix: "topic",
  file: "topics",
  fields: { id: idOf("topic"), name: text(255), description: text(5000) },
  required: ["id", "name"],
  namedBy: "name",
};
