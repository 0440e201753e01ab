// The synthetic data set of the benchmarks, deterministic: the same scale always gives the same rows.
// At scale 1: 100k actors, 200k events, 1M statements (each with one topic and one event it is
// about), 2M participant rows, 20k designations under 20 sanctions. Rows are plain arrays in the
// column order of `TABLES`, with dates as YYYY-MM-DD strings and booleans as 0/1.

/** Tables in load order (parents first), with their columns. */
const TABLES = {
  sources: ["id", "title", "publisher", "published_on", "kind", "created_at", "updated_at"],
  topics: ["id", "name", "description", "created_at", "updated_at"],
  actors: [
    "id",
    "name",
    "kind",
    "aliases",
    "description",
    "country",
    "title",
    "is_official",
    "is_anonymous",
    "affiliation_id",
    "created_at",
    "updated_at",
  ],
  events: ["id", "title", "type", "summary", "occurred_on", "date_precision", "country", "created_at", "updated_at"],
  event_participants: ["event_id", "actor_id", "role"],
  statements: [
    "id",
    "text",
    "kind",
    "said_on",
    "date_precision",
    "speaker_id",
    "attribution",
    "source_id",
    "created_at",
    "updated_at",
  ],
  // said_on: the statement's date, as Dossier's triggers copy it (set here, so the load can skip them).
  statement_topics: ["statement_id", "topic_id", "said_on"],
  statement_events: ["statement_id", "event_id"],
  sanctions: ["id", "title", "kind", "authority_id", "legal_basis", "program", "announced_on", "created_at", "updated_at"],
  designations: [
    "id",
    "sanction_id",
    "target_id",
    "reason",
    "listed_on",
    "status",
    "ofac_entry_number",
    "source_id",
    "created_at",
    "updated_at",
  ],
};

const STAMP = "2024-01-01 00:00:00.000";

const WORDS = (
  "sanctions korea cyber attack intelligence official agency statement response treasury designation network " +
  "infrastructure election ministry embassy hackers malware ransomware espionage leak diplomat trade export " +
  "missile nuclear program bureau security service military defense energy pipeline bank finance oil vessel " +
  "shipping cargo port border council summit treaty agreement talks dispute claim denial evidence report " +
  "investigation court ruling appeal minister president general commander spokesperson analyst researcher " +
  "firm company telecom satellite drone aircraft airline navy army police customs smuggling laundering fraud " +
  "crypto exchange wallet token server domain phishing campaign operation attribution retaliation warning threat"
).split(" ");

const COUNTRIES = ["US", "KP", "RU", "IR", "CN", "SY", "GB", "FR", "DE", "UA"];
const ACTOR_KINDS = ["PERSON", "PERSON", "PERSON", "AGENCY", "COMPANY", "ORGANIZATION", "GOVERNMENT_BODY", "GROUP"];
const EVENT_TYPES = [
  "CYBERATTACK",
  "DATA_LEAK",
  "THREAT",
  "ATTRIBUTION",
  "DISPUTE",
  "SANCTIONS",
  "POLICY",
  "OUTAGE",
  "ANNOUNCEMENT",
];
const ROLES = [
  "PERPETRATOR",
  "ALLEGED_PERPETRATOR",
  "TARGET",
  "AFFECTED",
  "ATTRIBUTOR",
  "ACCUSED",
  "SUPPORTER",
  "DISPUTANT",
  "RESPONDER",
  "ISSUER",
];

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many rows of each table a scale gives. */
function sizes(scale = 1) {
  const n = (base) => Math.max(1, Math.round(base * scale));
  return {
    sources: 10,
    topics: 50,
    actors: n(100_000),
    events: n(200_000),
    statements: n(1_000_000),
    sanctions: 20,
    designations: n(20_000),
  };
}

const pad = (i) => String(i).padStart(7, "0");
const actorId = (i) => `actor:g-${pad(i)}`;
const eventId = (i) => `event:g-${pad(i)}`;
const statementId = (i) => `statement:g-${pad(i)}`;
const topicId = (i) => `topic:g-${String(i).padStart(2, "0")}`;
const sourceId = (i) => `source:g-${i}`;
const sanctionId = (i) => `sanction:g-${String(i).padStart(2, "0")}`;

/** A date between 2010-01-01 and 2024-12-28, from a number. */
function dateOf(n) {
  const day = n % (15 * 360);
  const year = 2010 + Math.floor(day / 360);
  const month = 1 + Math.floor((day % 360) / 30);
  const date = 1 + (day % 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

function words(next, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  return out.join(" ");
}

/**
 * The rows of every table, table by table, in batches: yields `[table, rows]`. Memory stays flat
 * whatever the scale.
 */
function* rows(scale = 1, batch = 5000) {
  const size = sizes(scale);
  const next = random(20141124);
  const chunked = function* (table, count, make) {
    for (let start = 0; start < count; start += batch) {
      const out = [];
      for (let i = start; i < Math.min(count, start + batch); i++) out.push(...make(i));
      yield [table, out];
    }
  };
  yield* chunked("sources", size.sources, (i) => [
    [sourceId(i), `Synthetic source ${i}`, `Publisher ${i}`, dateOf(i * 97), "NEWS_ARTICLE", STAMP, STAMP],
  ]);
  yield* chunked("topics", size.topics, (i) => [[topicId(i), `topic ${WORDS[i % WORDS.length]} ${i}`, null, STAMP, STAMP]]);
  yield* chunked("actors", size.actors, (i) => [
    [
      actorId(i),
      `${words(next, 2)} ${i}`,
      ACTOR_KINDS[i % ACTOR_KINDS.length],
      "[]",
      i % 4 === 0 ? words(next, 12) : null,
      COUNTRIES[i % COUNTRIES.length],
      i % 3 === 0 ? `Official ${i % 100}` : null,
      i % 3 === 0 ? 1 : 0,
      0,
      i % 10 === 0 || i < 10 ? null : actorId(i - (i % 10)),
      STAMP,
      STAMP,
    ],
  ]);
  yield* chunked("events", size.events, (i) => [
    [
      eventId(i),
      `${words(next, 5)} ${i}`,
      EVENT_TYPES[i % EVENT_TYPES.length],
      words(next, 20),
      dateOf(i * 7),
      "DAY",
      COUNTRIES[i % COUNTRIES.length],
      STAMP,
      STAMP,
    ],
  ]);
  yield* chunked("event_participants", size.events, (i) => {
    const out = [];
    for (let j = 0; j < 10; j++) out.push([eventId(i), actorId((i * 7919 + j * 10007) % size.actors), ROLES[j]]);
    return out;
  });
  yield* chunked("statements", size.statements, (i) => [
    [
      statementId(i),
      words(next, 8 + (i % 12)),
      i % 4 === 0 ? "QUOTE" : "PARAPHRASE",
      dateOf(i * 13),
      "DAY",
      actorId(i % size.actors),
      i % 5 === 0 ? "a source said" : null,
      sourceId(i % size.sources),
      STAMP,
      STAMP,
    ],
  ]);
  yield* chunked("statement_topics", size.statements, (i) => [[statementId(i), topicId((i * 31) % size.topics), dateOf(i * 13)]]);
  yield* chunked("statement_events", size.statements, (i) => [[statementId(i), eventId((i * 7) % size.events)]]);
  yield* chunked("sanctions", size.sanctions, (i) => [
    [
      sanctionId(i),
      `Synthetic program ${i}`,
      "PROGRAM",
      actorId(0),
      `Executive Order ${13000 + i}`,
      `PROG${i}`,
      dateOf(i * 101),
      STAMP,
      STAMP,
    ],
  ]);
  yield* chunked("designations", size.designations, (i) => [
    [
      `designation:g-${pad(i)}`,
      sanctionId(i % size.sanctions),
      actorId((i * 13) % size.actors),
      "Synthetic reason",
      dateOf(i * 3),
      i % 10 === 0 ? "DELISTED" : "ACTIVE",
      null,
      sourceId(0),
      STAMP,
      STAMP,
    ],
  ]);
}

/** How many rows `rows(scale)` yields in all. */
function totalRows(scale = 1) {
  const size = sizes(scale);
  return size.sources + size.topics + size.actors + size.events * 11 + size.statements * 3 + size.sanctions + size.designations;
}

module.exports = { TABLES, rows, sizes, totalRows, actorId, eventId, statementId, topicId, sanctionId };
