import { country, day, ids, idOf, oneOf, partialDate, text } from "../records/json-schema";
import { idLink, type RecordType } from "../records/record-type";
import { Actor } from "./actor.entity";
import { ActorKind, Gender } from "./actor.enums";

/** How actors are written: `actors.json`, the `createActor`/`updateActor` inputs, and the OFAC import. */
export const actorRecords: RecordType<Actor> = {
  entity: Actor,
  prefix: "actor",
  file: "actors",
  fields: {
    id: idOf("actor"),
    name: text(255),
    kind: oneOf(ActorKind),
    aliases: { type: "array", items: text(255), uniqueItems: true },
    description: text(5000),
    country,
    title: text(255),
    isOfficial: { type: "boolean" },
    isAnonymous: { type: "boolean" },
    affiliation: idOf("actor"),
    bornOn: day,
    birthDates: { type: "array", items: partialDate, uniqueItems: true },
    birthPlaces: { type: "array", items: text(500), uniqueItems: true },
    nationalities: { type: "array", items: country, uniqueItems: true },
    citizenships: { type: "array", items: country, uniqueItems: true },
    gender: oneOf(Gender),
    ofacEntryNumber: { type: "integer", minimum: 1 },
    wikidataId: { type: "string", pattern: "^Q[1-9]\\d*$", description: "a Wikidata item ID, e.g. Q423" },
    sources: ids("source"),
  },
  required: ["id", "name", "kind"],
  namedBy: "name",
  // An affiliation chain must end (A → B → A can be neither written nor meant): the writer checks
  // every reference to the record's own type for cycles, and writes parents first.
  references: [
    { field: "affiliation", property: "affiliationId", column: "affiliation_id", prefix: "actor", as: "as their affiliation" },
  ],
  links: [idLink("sources", "actor_sources", "actor_id", { prefix: "source", column: "source_id", as: "as a source" })],
  unique: [{ field: "ofacEntryNumber", column: "ofac_entry_number" }],
  defaults: () => ({
    aliases: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    citizenships: [],
    isOfficial: false,
    isAnonymous: false,
  }),
  // What a data set or an editor writes is curated: importers will no longer overwrite it.
  stamp: { maintainedBy: null },
  notInRecords: ["remarks", "maintainedBy"],
};
