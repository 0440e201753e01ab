import { InitialSchema1764144000000 } from "./1764144000000-initial-schema";
import { WritePath1764230400000 } from "./1764230400000-write-path";
import { OfacImport1764316800000 } from "./1764316800000-ofac-import";
import { FullTextSearch1764403200000 } from "./1764403200000-full-text-search";
import { TopicDates1764489600000 } from "./1764489600000-topic-dates";
import { OfacRemarks1764576000000 } from "./1764576000000-ofac-remarks";

/** Every migration, oldest first. Listed explicitly so that the same list runs from `src/` (tests) and `dist/`. */
export const MIGRATIONS = [
  InitialSchema1764144000000,
  WritePath1764230400000,
  OfacImport1764316800000,
  FullTextSearch1764403200000,
  TopicDates1764489600000,
  OfacRemarks1764576000000,
];
