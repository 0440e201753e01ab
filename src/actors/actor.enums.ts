import { defineEnum, type EnumValue } from "../graphql/enums";

/** What kind of actor this is. */
export const ActorKind = defineEnum("ActorKind", "What kind of actor this is.", {
  PERSON: "A natural person, named or anonymous.",
  STATE: "A country as a whole (North Korea, the United States).",
  GOVERNMENT: "The government of a state (the Government of North Korea).",
  GOVERNMENT_BODY: "A body of government that is not a single agency (the U.S. intelligence community).",
  AGENCY: "A government agency or department (the FBI, the Treasury, the Reconnaissance General Bureau).",
  COMPANY: "A company or trading corporation.",
  ORGANIZATION: "Any other organisation, e.g. an entity on a sanctions list of no more specific kind.",
  POLITICAL_PARTY: "A political party (the Workers' Party of Korea).",
  MEDIA_OUTLET: "A newspaper, site or broadcaster.",
  GROUP: "An unnamed or collective group (cybersecurity firms, security experts, moviegoers).",
  VESSEL: "A ship, as listed on sanctions lists.",
  AIRCRAFT: "An aircraft, as listed on sanctions lists.",
});
export type ActorKind = EnumValue<typeof ActorKind>;

/** A person's gender, as a sanctions list gives it. */
export const Gender = defineEnum("Gender", "A person's gender, as a sanctions list gives it (OFAC's `Gender Male`).", {
  MALE: "Male.",
  FEMALE: "Female.",
});
export type Gender = EnumValue<typeof Gender>;
