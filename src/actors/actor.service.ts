import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { bool, inList, raw, sql, type Sql } from "../db/sql";
import { fullTextMatch } from "../db/fulltext";
import { countryCodes, searchText } from "../graphql/filters";
import { DesignationStatus } from "../designations/designation.enums";
import { Actor } from "./actor.entity";
import type { ActorFilter } from "./actor.inputs";

/** Actors: lookups, filtered pages, members of an affiliation. */
export class ActorService extends Collection<Actor, ActorFilter> {
  protected readonly from = raw("actors a");
  protected readonly alias = "a";
  protected readonly sortKeys = { NAME: [{ column: "a.name" }, { column: "a.id" }] };

  /** `Actor.members`: the actors whose affiliation is the parent. */
  readonly members: Relation = { partition: "a.affiliation_id" };
  /** `Statement.mentions`. */
  readonly mentionedInStatement: Relation = {
    partition: "sm.statement_id",
    from: raw("actors a JOIN statement_mentions sm ON sm.actor_id = a.id"),
  };
  /** `Source.actors`. */
  readonly citingSource: Relation = {
    partition: "acs.source_id",
    from: raw("actors a JOIN actor_sources acs ON acs.actor_id = a.id"),
  };

  constructor(db: Database) {
    super(db, db.mapper(Actor));
  }

  where(filter: ActorFilter | null | undefined): Sql[] {
    if (!filter) return [];
    const conditions: Sql[] = [];
    if (filter.ids) conditions.push(inList("a.id", filter.ids));
    if (filter.kinds) conditions.push(inList("a.kind", filter.kinds));
    if (filter.countries) conditions.push(inList("a.country", countryCodes(filter.countries, "filter.countries")));
    if (filter.isOfficial != null) conditions.push(sql`a.is_official = ${bool(filter.isOfficial)}`);
    if (filter.isAnonymous != null) conditions.push(sql`a.is_anonymous = ${bool(filter.isAnonymous)}`);
    if (filter.affiliationId != null) conditions.push(sql`a.affiliation_id = ${filter.affiliationId}`);
    if (filter.ofacEntryNumber != null) conditions.push(sql`a.ofac_entry_number = ${filter.ofacEntryNumber}`);
    if (filter.designatedUnder != null) {
      conditions.push(sql`a.id IN (
        SELECT d.target_id FROM designations d JOIN sanctions sa ON sa.id = d.sanction_id
        WHERE d.status = ${DesignationStatus.ACTIVE}
          AND (sa.program = ${filter.designatedUnder} OR sa.id = ${filter.designatedUnder}))`);
    }
    if (filter.text != null) {
      conditions.push(fullTextMatch(this.db.dialect, "actors", "a", searchText(filter.text, "filter.text")));
    }
    return conditions;
  }
}
