import { ids, idOf, oneOf, partialDate, text } from "../records/json-schema";
import { idLink, type RecordType } from "../records/record-type";
import { Statement } from "./statement.entity";
import { StatementKind } from "./statement.enums";

/** How statements are written: `statements.json`, and the `createStatement`/`updateStatement` inputs. */
export const statementRecords: RecordType<Statement> = {
  entity: Statement,
  prefix: "statement",
  file: "statements",
  fields: {
    id: idOf("statement"),
    text: text(10000),
    kind: oneOf(StatementKind),
    saidOn: partialDate,
    speaker: idOf("actor"),
    attribution: text(500),
    source: idOf("source"),
    topics: ids("topic"),
    about: ids("event"),
    mentions: ids("actor"),
  },
  required: ["id", "text", "kind", "saidOn", "speaker", "source"],
  namedBy: "text",
  partialDates: ["saidOn"],
  references: [
    { field: "speaker", property: "speakerId", column: "speaker_id", prefix: "actor", as: "as their speaker" },
    { field: "source", property: "sourceId", column: "source_id", prefix: "source", as: "as their source" },
  ],
  links: [
    idLink("topics", "statement_topics", "statement_id", { prefix: "topic", column: "topic_id", as: "as their topic" }),
    idLink("about", "statement_events", "statement_id", { prefix: "event", column: "event_id", as: "as what they are about" }),
    idLink("mentions", "statement_mentions", "statement_id", { prefix: "actor", column: "actor_id", as: "as mentioned" }),
  ],
};
