import path from "node:path";
import type { DataSet } from "../../src/seeding/seed-loader";

/**
 * A synthetic data set in the seed format, for tests that need many rows per level: `actors`
 * actors, each speaking `statementsPerActor` statements about one of `events` events, each event
 * with `participantsPerEvent` participants. Deterministic: the same arguments give the same data.
 */
export function syntheticDataSet(scale: {
  actors: number;
  statementsPerActor: number;
  events: number;
  participantsPerEvent: number;
}): DataSet {
  const pad = (n: number) => String(n).padStart(5, "0");
  const actorIds = Array.from({ length: scale.actors }, (_, i) => `actor:synthetic-${pad(i)}`);
  const eventIds = Array.from({ length: scale.events }, (_, i) => `event:synthetic-${pad(i)}`);
  const source = "source:synthetic";
  return {
    name: "synthetic",
    dir: path.join("test", "synthetic"),
    files: {
      "sources.json": [{ id: source, title: "Synthetic data", publisher: "Dossier tests", kind: "RESEARCH_REPORT" }],
      "actors.json": actorIds.map((id, i) => ({
        id,
        name: `Synthetic actor ${pad(i)}`,
        kind: "PERSON",
        isOfficial: i % 2 === 0,
      })),
      "events.json": eventIds.map((id, i) => ({
        id,
        title: `Synthetic event ${pad(i)}`,
        type: "OTHER",
        occurredOn: `2015-${String((i % 12) + 1).padStart(2, "0")}-01`,
        participants: Array.from({ length: scale.participantsPerEvent }, (_, j) => ({
          actor: actorIds[(i + j * 7) % actorIds.length],
          role: j === 0 ? "PERPETRATOR" : "TARGET",
        })),
        sources: [source],
      })),
      "statements.json": actorIds.flatMap((speaker, i) =>
        Array.from({ length: scale.statementsPerActor }, (_, j) => ({
          id: `statement:synthetic-${pad(i)}-${j}`,
          text: `Synthetic statement ${j} of actor ${i}`,
          kind: "PARAPHRASE",
          saidOn: `2016-${String((j % 12) + 1).padStart(2, "0")}-15`,
          speaker,
          source,
          about: [eventIds[(i * scale.statementsPerActor + j) % eventIds.length]],
        })),
      ),
    },
  };
}
