import { defineEnum, type EnumValue } from "../graphql/enums";

/** What kind of document a source is. */
export const SourceKind = defineEnum("SourceKind", "What kind of document a source is.", {
  NEWS_ARTICLE: "A news report.",
  GOVERNMENT_RELEASE: "A press release or statement published by a government body.",
  LEGAL_INSTRUMENT: "A law, executive order or regulation as published.",
  SANCTIONS_LIST: "A snapshot of a sanctions list, such as OFAC's SDN list.",
  TRANSCRIPT: "A transcript of remarks, a press conference or a hearing.",
  RESEARCH_REPORT: "A report or measurement published by a research group or company.",
  REFERENCE_WORK: "An encyclopedia or similar continuously edited reference.",
});
export type SourceKind = EnumValue<typeof SourceKind>;
