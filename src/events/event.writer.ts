import { expandDate } from "../records/dates";
import { country, day, ids, idOf, objects, oneOf, partialDate, text } from "../records/json-schema";
import { idLink, type RecordType } from "../records/record-type";
import { Event } from "./event.entity";
import { EventRelationType, EventType, ParticipantRole } from "./event.enums";

/** How events are written: `events.json`, and the `createEvent`/`updateEvent` inputs. */
export const eventRecords: RecordType<Event> = {
  entity: Event,
  prefix: "event",
  file: "events",
  fields: {
    id: idOf("event"),
    title: text(500),
    type: oneOf(EventType),
    summary: text(5000),
    occurredOn: partialDate,
    endedOn: day,
    country,
    cameoCode: { type: "string", pattern: "^\\d{2,4}$", description: "a CAMEO event code of 2 to 4 digits, e.g. 172" },
    participants: objects({ actor: idOf("actor"), role: oneOf(ParticipantRole) }, ["actor", "role"]),
    related: objects({ type: oneOf(EventRelationType), event: idOf("event") }, ["type", "event"]),
    sources: ids("source", 1),
  },
  required: ["id", "title", "type", "occurredOn", "sources"],
  namedBy: "title",
  partialDates: ["occurredOn"],
  links: [
    {
      field: "participants",
      table: "event_participants",
      owner: "event_id",
      names: { prefix: "actor", column: "actor_id", key: "actor", as: "as a participant" },
      row: (id, p) => ({ event_id: id, actor_id: p.actor, role: p.role }),
      item: (r) => ({ actor: String(r.actor_id), role: String(r.role) }),
      describe: (r) => `${r.actor_id} ${r.role}`,
    },
    {
      field: "related",
      table: "event_relations",
      owner: "from_id",
      names: { prefix: "event", column: "to_id", key: "event", as: "as related to them" },
      row: (id, rel) => ({ from_id: id, to_id: rel.event, type: rel.type }),
      item: (r) => ({ type: String(r.type), event: String(r.to_id) }),
      describe: (r) => `${r.type} ${r.to_id}`,
    },
    idLink("sources", "event_sources", "event_id", { prefix: "source", column: "source_id", as: "as a source" }),
  ],
  check: (record, report) => {
    const { endedOn, occurredOn } = record as { endedOn?: string; occurredOn?: string };
    if (endedOn && occurredOn && endedOn < expandDate(occurredOn).date) {
      report("endedOn", `ends (${endedOn}) before the event occurred (${occurredOn})`);
    }
  },
};
