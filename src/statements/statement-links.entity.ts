import { Column, Entity, PrimaryColumn } from "typeorm";

/** Tags a statement with a topic. */
@Entity({ name: "statement_topics" })
export class StatementTopic {
  @PrimaryColumn({ name: "statement_id", type: "varchar", length: 191 })
  statementId: string;

  @PrimaryColumn({ name: "topic_id", type: "varchar", length: 191 })
  topicId: string;

  /**
   * The statement's `said_on`, copied by the database's triggers (never written by the hub) so that
   * statements on a topic can be read by date from one index (migration TopicDates1764489600000).
   */
  @Column({ name: "said_on", type: "date", nullable: true })
  saidOn: string | null;
}

/** Links a statement to an event it is about. */
@Entity({ name: "statement_events" })
export class StatementEvent {
  @PrimaryColumn({ name: "statement_id", type: "varchar", length: 191 })
  statementId: string;

  @PrimaryColumn({ name: "event_id", type: "varchar", length: 191 })
  eventId: string;
}

/** Links a statement to an actor it mentions. */
@Entity({ name: "statement_mentions" })
export class StatementMention {
  @PrimaryColumn({ name: "statement_id", type: "varchar", length: 191 })
  statementId: string;

  @PrimaryColumn({ name: "actor_id", type: "varchar", length: 191 })
  actorId: string;
}
