import { defineEnum, type EnumValue } from "../graphql/enums";

/** Whether a statement's text is the speaker's own words or the source's summary of them. */
export const StatementKind = defineEnum(
  "StatementKind",
  "Whether a statement's text is the speaker's own words or the source's account of them.",
  {
    QUOTE: "A direct quote, verbatim as the source printed it, editorial [brackets] included.",
    PARAPHRASE: "A claim the source reports in its own words.",
  },
);
export type StatementKind = EnumValue<typeof StatementKind>;
