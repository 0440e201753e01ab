#!/usr/bin/env node
// The floor: the same data as the hub's query shapes, fetched by the minimal SQL through mysql2
// prepared statements and served as JSON by plain node:http. No GraphQL, no ORM: what a hand-written
// endpoint per shape would cost. MYSQL_URL picks the database, PORT the port.
const http = require("node:http");
const mysql = require("mysql2/promise");

const url = new URL(process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306/dossier_bench");
const pool = mysql.createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username) || "root",
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  connectionLimit: 10,
  dateStrings: true,
  trace: false,
});

const inList = (values) => values.map(() => "?").join(", ");

/** Groups rows by a key, keeping at most `limit` per key. */
function group(rows, key, limit = Infinity) {
  const groups = new Map();
  for (const row of rows) {
    const list = groups.get(row[key]) ?? [];
    if (list.length < limit) list.push(row);
    groups.set(row[key], list);
  }
  return groups;
}

const SHAPES = {
  // Q0: no query, a constant answer: the cost of node:http and JSON alone.
  async q0() {
    return { __typename: "Query" };
  },
  // Q1: one actor by ID.
  async q1({ id }) {
    const [rows] = await pool.execute("SELECT id, name, kind, country, title, is_official FROM actors WHERE id = ?", [id]);
    return { actor: rows[0] ?? null };
  },
  // Q2: statements by official speakers on one topic in a date range, first 50, with the speaker's name.
  async q2({ topic, from, to }) {
    const [rows] = await pool.execute(
      `SELECT s.id, s.text, s.said_on, a.name AS speaker_name FROM statement_topics st
       JOIN statements s ON s.id = st.statement_id
       JOIN actors a ON a.id = s.speaker_id AND a.is_official = 1
       WHERE st.topic_id = ? AND st.said_on BETWEEN ? AND ? ORDER BY st.said_on, st.statement_id LIMIT 50`,
      [topic, from, to],
    );
    return { statements: rows };
  },
  // Q3: 50 actors → 10 statements each → the events they are about → 10 participants each → their actors.
  async q3({ ids }) {
    const [actors] = await pool.execute(`SELECT id, name FROM actors WHERE id IN (${inList(ids)}) ORDER BY name, id`, ids);
    const [statements] = await pool.execute(
      `SELECT * FROM (SELECT s.id, s.text, s.speaker_id, ROW_NUMBER() OVER (PARTITION BY s.speaker_id ORDER BY s.said_on, s.id) AS rn
       FROM statements s WHERE s.speaker_id IN (${inList(ids)})) t WHERE rn <= 10 ORDER BY speaker_id, rn`,
      ids,
    );
    const statementIds = statements.map((s) => s.id);
    const [about] = statementIds.length
      ? await pool.execute(
          `SELECT se.statement_id, e.id, e.title FROM statement_events se JOIN events e ON e.id = se.event_id WHERE se.statement_id IN (${inList(statementIds)})`,
          statementIds,
        )
      : [[]];
    const eventIds = [...new Set(about.map((e) => e.id))];
    const [participants] = eventIds.length
      ? await pool.execute(
          `SELECT * FROM (SELECT p.event_id, p.actor_id, p.role, ROW_NUMBER() OVER (PARTITION BY p.event_id ORDER BY p.role, p.actor_id) AS rn
           FROM event_participants p WHERE p.event_id IN (${inList(eventIds)})) t WHERE rn <= 10`,
          eventIds,
        )
      : [[]];
    const actorIds = [...new Set(participants.map((p) => p.actor_id))];
    const [names] = actorIds.length
      ? await pool.execute(`SELECT id, name FROM actors WHERE id IN (${inList(actorIds)})`, actorIds)
      : [[]];
    const nameOf = new Map(names.map((a) => [a.id, a.name]));
    const bySpeaker = group(statements, "speaker_id");
    const byStatement = group(about, "statement_id");
    const byEvent = group(participants, "event_id");
    return {
      actors: actors.map((a) => ({
        id: a.id,
        name: a.name,
        statements: (bySpeaker.get(a.id) ?? []).map((s) => ({
          id: s.id,
          text: s.text,
          about: (byStatement.get(s.id) ?? []).map((e) => ({
            id: e.id,
            title: e.title,
            participants: (byEvent.get(e.id) ?? []).map((p) => ({
              role: p.role,
              actor: { id: p.actor_id, name: nameOf.get(p.actor_id) },
            })),
          })),
        })),
      })),
    };
  },
  // Q4: a page of 50 statements after a keyset position (page 1,000 when given its cursor).
  async q4({ saidOn, id }) {
    const [rows] = saidOn
      ? await pool.execute(
          "SELECT id, text, said_on FROM statements WHERE said_on > ? OR (said_on = ? AND id > ?) ORDER BY said_on, id LIMIT 50",
          [saidOn, saidOn, id],
        )
      : await pool.execute("SELECT id, text, said_on FROM statements ORDER BY said_on, id LIMIT 50");
    return { statements: rows };
  },
  // Q5: statements whose text has every word, first 20 (the same matching the hub does).
  async q5({ words }) {
    // Through the full-text index Dossier's migration builds, every word a required prefix.
    const [rows] = await pool.execute(
      "SELECT id, text FROM statements WHERE MATCH(text, attribution) AGAINST (? IN BOOLEAN MODE) ORDER BY id LIMIT 20",
      [words.map((word) => `+${word}*`).join(" ")],
    );
    return { statements: rows };
  },
  // Q6: 100 actors by ID, as `_entities` resolves them.
  async q6({ ids }) {
    const [rows] = await pool.execute(`SELECT id, name FROM actors WHERE id IN (${inList(ids)})`, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { _entities: ids.map((id) => byId.get(id) ?? null) };
  },
};

const server = http.createServer((req, res) => {
  const shape = SHAPES[(req.url ?? "").slice(1)];
  if (!shape) {
    res.statusCode = 404;
    return res.end();
  }
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    shape(JSON.parse(body || "{}")).then(
      (data) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ data }));
      },
      (error) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ error: error.message }));
      },
    );
  });
});
server.listen(Number(process.env.PORT ?? 4300), "127.0.0.1", () =>
  console.log(`floor at http://127.0.0.1:${server.address().port}/`),
);
process.once("SIGTERM", () => {
  server.close();
  pool.end().then(() => process.exit(0));
});
