-- The benchmark's tables in PostgreSQL, for PostGraphile: the same columns as Dossier's migrations,
-- with the foreign keys PostGraphile needs to expose relations, and the same indexes.
DROP TABLE IF EXISTS designations, sanctions, statement_events, statement_topics, statements, event_participants, events, actors, topics, sources CASCADE;

CREATE TABLE sources (id varchar(191) PRIMARY KEY, title varchar(500) NOT NULL, publisher varchar(255) NOT NULL, url varchar(1000), published_on date, kind varchar(32) NOT NULL, created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL);
CREATE TABLE topics (id varchar(191) PRIMARY KEY, name varchar(255) NOT NULL, description text, created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL);
CREATE TABLE actors (id varchar(191) PRIMARY KEY, name varchar(255) NOT NULL, kind varchar(32) NOT NULL, aliases text NOT NULL, description text, country varchar(2), title varchar(255), is_official boolean NOT NULL DEFAULT false, is_anonymous boolean NOT NULL DEFAULT false, affiliation_id varchar(191) REFERENCES actors (id), created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL);
CREATE TABLE events (id varchar(191) PRIMARY KEY, title varchar(500) NOT NULL, type varchar(32) NOT NULL, summary text, occurred_on date NOT NULL, date_precision varchar(8) NOT NULL, country varchar(2), created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL);
CREATE TABLE event_participants (event_id varchar(191) NOT NULL REFERENCES events (id), actor_id varchar(191) NOT NULL REFERENCES actors (id), role varchar(32) NOT NULL, PRIMARY KEY (event_id, actor_id, role));
CREATE TABLE statements (id varchar(191) PRIMARY KEY, text text NOT NULL, kind varchar(16) NOT NULL, said_on date NOT NULL, date_precision varchar(8) NOT NULL, speaker_id varchar(191) NOT NULL REFERENCES actors (id), attribution varchar(500), source_id varchar(191) NOT NULL REFERENCES sources (id), created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL);
CREATE TABLE statement_topics (statement_id varchar(191) NOT NULL REFERENCES statements (id), topic_id varchar(191) NOT NULL REFERENCES topics (id), said_on date, PRIMARY KEY (statement_id, topic_id));
CREATE TABLE statement_events (statement_id varchar(191) NOT NULL REFERENCES statements (id), event_id varchar(191) NOT NULL REFERENCES events (id), PRIMARY KEY (statement_id, event_id));
CREATE TABLE sanctions (id varchar(191) PRIMARY KEY, title varchar(500) NOT NULL, kind varchar(32) NOT NULL, authority_id varchar(191) NOT NULL REFERENCES actors (id), legal_basis varchar(255), program varchar(64), announced_on date, created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL);
CREATE TABLE designations (id varchar(191) PRIMARY KEY, sanction_id varchar(191) NOT NULL REFERENCES sanctions (id), target_id varchar(191) NOT NULL REFERENCES actors (id), reason text, listed_on date, status varchar(16) NOT NULL, ofac_entry_number int, source_id varchar(191) NOT NULL REFERENCES sources (id), created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL);

-- What PostGraphile exposes for the query shapes that its default schema has no field for:
-- full-text search over statements (Q5) and actors by a list of IDs (like `_entities`, Q6).
CREATE FUNCTION search_statements(words text) RETURNS SETOF statements AS $$
  SELECT * FROM statements WHERE to_tsvector('english', text) @@ plainto_tsquery('english', words) ORDER BY id
$$ LANGUAGE sql STABLE;
CREATE FUNCTION actors_by_ids(ids text[]) RETURNS SETOF actors AS $$
  SELECT * FROM actors WHERE id = ANY (ids)
$$ LANGUAGE sql STABLE;
-- Through the topic's links and their copy of the statement's date, as Dossier and the floor read it.
CREATE FUNCTION official_statements(topic text, from_date date, to_date date) RETURNS SETOF statements AS $$
  SELECT s.* FROM statement_topics st
  JOIN statements s ON s.id = st.statement_id
  JOIN actors a ON a.id = s.speaker_id AND a.is_official
  WHERE st.topic_id = topic AND st.said_on BETWEEN from_date AND to_date
  ORDER BY st.said_on, st.statement_id
$$ LANGUAGE sql STABLE;
