import { registerEnumType } from "type-graphql";

/** Whether a statement's text is the speaker's own words or the source's summary of them. */
export enum StatementKind {
  QUOTE = "QUOTE",
  PARAPHRASE = "PARAPHRASE",
}

registerEnumType(StatementKind, {
  name: "StatementKind",
  description: "Whether a statement's text is the speaker's own words or the source's account of them.",
  valuesConfig: {
    QUOTE: { description: "A direct quote, verbatim as the source printed it, editorial [brackets] included." },
    PARAPHRASE: { description: "A claim the source reports in its own words." },
  },
});
