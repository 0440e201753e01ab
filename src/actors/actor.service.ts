import { Collection, type Relation } from "../db/collection";
import type { Database } from "../db/database";
import { bool, inList, or, raw, sql, type Sql, type ConditionsOf, conditionsOf } from "../db/sql";
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

  /** The condition each field of the filter adds (a field without one fails to compile). */
  private readonly byField: ConditionsOf<ActorFilter> = {
    ids: (ids) => inList("a.id", ids),
    kinds: (kinds) => inList("a.kind", kinds),
    countries: (countries) => inList("a.country", countryCodes(countries, "filter.countries")),
    isOfficial: (isOfficial) => sql`a.is_official = ${bool(isOfficial)}`,
    isAnonymous: (isAnonymous) => sql`a.is_anonymous = ${bool(isAnonymous)}`,
    affiliationId: (id) => sql`a.affiliation_id = ${id}`,
    ofacEntryNumber: (entry) => sql`a.ofac_entry_number = ${entry}`,
    // JSON lists of strings: a value is in one when its quoted text is (`"1962` begins a 1962 date).
    birthYear: (year) => sql`a.birth_dates LIKE ${`%"${year}%`}`,
    nationalities: (codes) =>
      or(countryCodes(codes, "filter.nationalities").map((code) => sql`a.nationalities LIKE ${`%"${code}"%`}`)),
    designatedUnder: (program) => sql`a.id IN (
        SELECT d.target_id FROM designations d JOIN sanctions sa ON sa.id = d.sanction_id
        WHERE d.status = ${DesignationStatus.ACTIVE}
          AND (sa.program = ${program} OR sa.id = ${program}))`,
    text: (text) => fullTextMatch(this.db.dialect, "actors", "a", searchText(text, "filter.text")),
  };

  where(filter: ActorFilter | null | undefined): Sql[] {
    return conditionsOf(filter, this.byField);
  }
}
