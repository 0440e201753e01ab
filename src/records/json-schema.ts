import type { JsonSchema } from "./record-type";

/*
 * The pieces the domains' record types build their fields' JSON Schemas (draft 2020-12) from.
 * Every `pattern` carries a `description` of what it accepts, in words: a problem says "must be a
 * date written YYYY, YYYY-MM or YYYY-MM-DD", not the regular expression.
 */

/** An ID of the given prefix: `actor:fbi`. */
export const idOf = (prefix: string): JsonSchema => ({
  type: "string",
  pattern: `^${prefix}:[a-z0-9][a-z0-9.-]*$`,
  description: `an ID written ${prefix}:<lower-case letters, digits, dots and hyphens>, e.g. ${prefix}:example-1`,
  maxLength: 191,
});

/** Non-empty text of at most `maxLength` characters. */
export const text = (maxLength: number): JsonSchema => ({ type: "string", minLength: 1, maxLength });

/** A calendar day, `YYYY-MM-DD`. */
export const day: JsonSchema = { type: "string", format: "date" };

/** A day, a month or a year: `2014-12-19`, `2014-12`, `2014` (the precision is kept with the date). */
export const partialDate: JsonSchema = {
  type: "string",
  pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$",
  description: "a date written YYYY, YYYY-MM or YYYY-MM-DD (2014, 2014-12 or 2014-12-19)",
};

/** An ISO 3166-1 alpha-2 country code. */
export const country: JsonSchema = {
  type: "string",
  pattern: "^[A-Z]{2}$",
  description: "an ISO 3166-1 alpha-2 country code in capitals, e.g. KP",
};

/** A list of distinct IDs of one prefix. */
export const ids = (prefix: string, minItems = 0): JsonSchema => ({
  type: "array",
  items: idOf(prefix),
  uniqueItems: true,
  minItems,
});

/** One of an enum's values. */
export const oneOf = (values: object): JsonSchema => ({ enum: Object.values(values) });

/** A list of objects with exactly these fields. */
export const objects = (fields: Record<string, JsonSchema>, required: string[]): JsonSchema => ({
  type: "array",
  items: { type: "object", additionalProperties: false, required, properties: fields },
});

/** An object with exactly these fields (and no others). */
export const object = (fields: Record<string, JsonSchema>, required: readonly string[]): JsonSchema => ({
  type: "object",
  additionalProperties: false,
  required,
  properties: fields,
});
