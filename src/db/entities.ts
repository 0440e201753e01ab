import { ActorSource } from "../actors/actor-source.entity";
import { Actor } from "../actors/actor.entity";
import { ApiKey } from "../auth/api-key.entity";
import { AuditEntryRecord } from "../audit/audit-entry.entity";
import { EventParticipant } from "../events/event-participant.entity";
import { EventRelationRecord } from "../events/event-relation.entity";
import { EventSource } from "../events/event-source.entity";
import { Event } from "../events/event.entity";
import { Designation } from "../sanctions/designation.entity";
import { SanctionEvent, SanctionSource } from "../sanctions/sanction-links.entity";
import { Sanction } from "../sanctions/sanction.entity";
import { Source } from "../sources/source.entity";
import { StatementEvent, StatementMention, StatementTopic } from "../statements/statement-links.entity";
import { Statement } from "../statements/statement.entity";
import { Topic } from "../topics/topic.entity";

/** Every TypeORM entity of the hub: the tables the migrations create. */
export const ENTITIES = [
  Source,
  Topic,
  Actor,
  ActorSource,
  Event,
  EventParticipant,
  EventRelationRecord,
  EventSource,
  Statement,
  StatementTopic,
  StatementEvent,
  StatementMention,
  Sanction,
  SanctionEvent,
  SanctionSource,
  Designation,
  ApiKey,
  AuditEntryRecord,
];
