import { registerEnumType } from "type-graphql";

/** What kind of document a source is. */
export enum SourceKind {
  NEWS_ARTICLE = "NEWS_ARTICLE",
  GOVERNMENT_RELEASE = "GOVERNMENT_RELEASE",
  LEGAL_INSTRUMENT = "LEGAL_INSTRUMENT",
  SANCTIONS_LIST = "SANCTIONS_LIST",
  TRANSCRIPT = "TRANSCRIPT",
  RESEARCH_REPORT = "RESEARCH_REPORT",
  REFERENCE_WORK = "REFERENCE_WORK",
}

registerEnumType(SourceKind, {
  name: "SourceKind",
  description: "What kind of document a source is.",
  valuesConfig: {
    NEWS_ARTICLE: { description: "A news report." },
    GOVERNMENT_RELEASE: { description: "A press release or statement published by a government body." },
    LEGAL_INSTRUMENT: { description: "A law, executive order or regulation as published." },
    SANCTIONS_LIST: { description: "A snapshot of a sanctions list, such as OFAC's SDN list." },
    TRANSCRIPT: { description: "A transcript of remarks, a press conference or a hearing." },
    RESEARCH_REPORT: { description: "A report or measurement published by a research group or company." },
    REFERENCE_WORK: { description: "An encyclopedia or similar continuously edited reference." },
  },
});
