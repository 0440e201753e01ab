import { registerEnumType } from "type-graphql";

/** What kind of actor this is. */
export enum ActorKind {
  PERSON = "PERSON",
  STATE = "STATE",
  GOVERNMENT = "GOVERNMENT",
  GOVERNMENT_BODY = "GOVERNMENT_BODY",
  AGENCY = "AGENCY",
  COMPANY = "COMPANY",
  ORGANIZATION = "ORGANIZATION",
  POLITICAL_PARTY = "POLITICAL_PARTY",
  MEDIA_OUTLET = "MEDIA_OUTLET",
  GROUP = "GROUP",
  VESSEL = "VESSEL",
  AIRCRAFT = "AIRCRAFT",
}

registerEnumType(ActorKind, {
  name: "ActorKind",
  description: "What kind of actor this is.",
  valuesConfig: {
    PERSON: { description: "A natural person, named or anonymous." },
    STATE: { description: "A country as a whole (North Korea, the United States)." },
    GOVERNMENT: { description: "The government of a state (the Government of North Korea)." },
    GOVERNMENT_BODY: { description: "A body of government that is not a single agency (the U.S. intelligence community)." },
    AGENCY: { description: "A government agency or department (the FBI, the Treasury, the Reconnaissance General Bureau)." },
    COMPANY: { description: "A company or trading corporation." },
    ORGANIZATION: { description: "Any other organisation, e.g. an entity on a sanctions list of no more specific kind." },
    POLITICAL_PARTY: { description: "A political party (the Workers' Party of Korea)." },
    MEDIA_OUTLET: { description: "A newspaper, site or broadcaster." },
    GROUP: { description: "An unnamed or collective group (cybersecurity firms, security experts, moviegoers)." },
    VESSEL: { description: "A ship, as listed on sanctions lists." },
    AIRCRAFT: { description: "An aircraft, as listed on sanctions lists." },
  },
});
