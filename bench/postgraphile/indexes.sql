-- Created after the load (faster), like Dossier's migration's indexes.
CREATE INDEX ON actors (name, id);
CREATE INDEX ON actors (affiliation_id);
CREATE INDEX ON actors (is_official);
CREATE INDEX ON events (occurred_on, id);
CREATE INDEX ON event_participants (actor_id, event_id);
CREATE INDEX ON statements (said_on, id);
CREATE INDEX ON statements (speaker_id, said_on, id);
CREATE INDEX ON statements (source_id);
CREATE INDEX ON statement_topics (topic_id, statement_id);
CREATE INDEX ON statement_topics (topic_id, said_on, statement_id);
CREATE INDEX ON statement_events (event_id, statement_id);
CREATE INDEX ON sanctions (authority_id);
CREATE INDEX ON designations (sanction_id);
CREATE INDEX ON designations (target_id);
CREATE INDEX ON designations (source_id);
ANALYZE;
CREATE INDEX ON statements USING gin (to_tsvector('english', text));
ANALYZE statements;
