import { ActorKind } from "../actors/actor.enums";
import { EventRelationType, EventType, ParticipantRole } from "../events/event.enums";
import { DesignationStatus } from "../designations/designation.enums";
import { SanctionKind } from "../sanctions/sanction.enums";
import { SourceKind } from "../sources/source.enums";
import { StatementKind } from "../statements/statement.enums";

/*
 * JSON Schemas (draft 2020-12) of the seed files, one per file: each file is an array of records.
 * Field names are the API's (camelCase); references are IDs. `occurredOn` and `saidOn` take a day
 * (`2014-11-24`), a month (`2014-12`) or a year (`2014`); the precision is kept with the date.
 */

/*
 * Every `pattern` carries a `description` of what it accepts, in words: a problem says "must be a
 * date written YYYY, YYYY-MM or YYYY-MM-DD", not the regular expression.
 */
const idOf = (prefix: string) => ({
  type: "string",
  pattern: `^${prefix}:[a-z0-9][a-z0-9.-]*$`,
  description: `an ID written ${prefix}:<lower-case letters, digits, dots and hyphens>, e.g. ${prefix}:example-1`,
  maxLength: 191,
});
const text = (maxLength: number) => ({ type: "string", minLength: 1, maxLength });
const day = { type: "string", format: "date" };
const partialDate = {
  type: "string",
  pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$",
  description: "a date written YYYY, YYYY-MM or YYYY-MM-DD (2014, 2014-12 or 2014-12-19)",
};
const country = { type: "string", pattern: "^[A-Z]{2}$", description: "an ISO 3166-1 alpha-2 country code in capitals, e.g. KP" };
const ids = (prefix: string, minItems = 0) => ({ type: "array", items: idOf(prefix), uniqueItems: true, minItems });
const oneOf = (values: object) => ({ enum: Object.values(values) });

const records = (properties: Record<string, object>, required: string[]) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "array",
  items: { type: "object", additionalProperties: false, required, properties },
});

/** The schema of each seed file, by file name. */
export const SEED_SCHEMAS = {
  "sources.json": records(
    {
      id: idOf("source"),
      title: text(500),
      publisher: text(255),
      url: { type: "string", format: "uri", maxLength: 1000 },
      publishedOn: day,
      kind: oneOf(SourceKind),
    },
    ["id", "title", "publisher", "kind"],
  ),
  "topics.json": records({ id: idOf("topic"), name: text(255), description: text(5000) }, ["id", "name"]),
  "actors.json": records(
    {
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
      ofacEntryNumber: { type: "integer", minimum: 1 },
      wikidataId: { type: "string", pattern: "^Q[1-9]\\d*$", description: "a Wikidata item ID, e.g. Q423" },
      sources: ids("source"),
    },
    ["id", "name", "kind"],
  ),
  "events.json": records(
    {
      id: idOf("event"),
      title: text(500),
      type: oneOf(EventType),
      summary: text(5000),
      occurredOn: partialDate,
      endedOn: day,
      country,
      cameoCode: { type: "string", pattern: "^\\d{2,4}$", description: "a CAMEO event code of 2 to 4 digits, e.g. 172" },
      participants: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["actor", "role"],
          properties: { actor: idOf("actor"), role: oneOf(ParticipantRole) },
        },
      },
      related: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["type", "event"],
          properties: { type: oneOf(EventRelationType), event: idOf("event") },
        },
      },
      sources: ids("source", 1),
    },
    ["id", "title", "type", "occurredOn", "sources"],
  ),
  "statements.json": records(
    {
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
    ["id", "text", "kind", "saidOn", "speaker", "source"],
  ),
  "sanctions.json": records(
    {
      id: idOf("sanction"),
      title: text(500),
      kind: oneOf(SanctionKind),
      authority: idOf("actor"),
      legalBasis: text(255),
      program: {
        type: "string",
        pattern: "^[A-Z0-9-]+$",
        description: "an OFAC program tag of capitals, digits and hyphens, e.g. DPRK2",
        maxLength: 64,
      },
      summary: text(5000),
      announcedOn: day,
      liftedOn: day,
      respondsTo: ids("event"),
      sources: ids("source", 1),
      designations: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["id", "target", "source"],
          properties: {
            id: idOf("designation"),
            target: idOf("actor"),
            reason: text(5000),
            listedOn: day,
            delistedOn: day,
            status: oneOf(DesignationStatus),
            ofacEntryNumber: { type: "integer", minimum: 1 },
            source: idOf("source"),
          },
        },
      },
    },
    ["id", "title", "kind", "authority", "sources"],
  ),
} as const;

/** The name of a seed file. */
export type SeedFileName = keyof typeof SEED_SCHEMAS;

/** The seed files, in the order they are loaded (each refers only to those before it, or to itself). */
export const SEED_FILES = Object.keys(SEED_SCHEMAS) as SeedFileName[];
