import { day, idOf, oneOf, text } from "../records/json-schema";
import type { RecordType } from "../records/record-type";
import { Source } from "./source.entity";
import { SourceKind } from "./source.enums";

/** How sources are written: `sources.json`, and the `createSource`/`updateSource` inputs. */
export const sourceRecords: RecordType<Source> = {
  entity: Source,
  prefix: "source",
  file: "sources",
  fields: {
    id: idOf("source"),
    title: text(500),
    publisher: text(255),
    url: { type: "string", format: "uri", maxLength: 1000 },
    publishedOn: day,
    kind: oneOf(SourceKind),
  },
  required: ["id", "title", "publisher", "kind"],
  namedBy: "title",
};
