import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Timestamped } from "../graphql/timestamped";
import { FEDERATION_KEY, Node } from "../graphql/node";
import { DateScalar } from "../graphql/scalars";
import { ActorKind, Gender } from "./actor.enums";

/**
 * A person, state, government body, agency, company, party, media outlet or unnamed group that
 * acts, speaks, is targeted or is designated. Relationships (statements, events, designations,
 * affiliation, members) are fields resolved through per-request loaders, not entity relations.
 */
@Entity({ name: "actors" })
@Directive(FEDERATION_KEY)
@ObjectType({
  implements: Node,
  description:
    "A person, state, government, agency, company, party, media outlet or unnamed group that " +
    "acts, speaks, is targeted or is designated.",
})
export class Actor extends Timestamped implements Node {
  @PrimaryColumn({ type: "varchar", length: 191 })
  @Field(() => ID, { description: "Stable ID, e.g. `actor:fbi`; imported records keep their origin, e.g. `actor:ofac-17614`." })
  id: string;

  @Column({ type: "varchar", length: 255 })
  @Field({ description: "The name as commonly written (for designated persons, as on the sanctions list: `KIM, Yong Chol`)." })
  name: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => ActorKind, { description: "What kind of actor this is." })
  kind: ActorKind;

  @Column({ type: "simple-json" })
  @Field(() => [String], { description: "Other names and abbreviations (`RGB`, `KOMID`, `DPRK`)." })
  aliases: string[];

  @Column({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Who or what this is, in a sentence or two." })
  description: string | null;

  @Column({ type: "varchar", length: 2, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The country the actor belongs to, as an ISO 3166-1 alpha-2 code (`KP`, `US`).",
  })
  country: string | null;

  @Column({ type: "varchar", length: 255, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The actor's position or posting (`President of the United States`, `KOMID Representative in Iran`).",
  })
  title: string | null;

  @Column({ name: "is_official", type: "boolean", default: false })
  @Field({ description: "True when the actor speaks or acts for a government (officials, agencies, governments)." })
  isOfficial: boolean;

  @Column({ name: "is_anonymous", type: "boolean", default: false })
  @Field({ description: 'True when the source does not name the actor ("a senior administration official").' })
  isAnonymous: boolean;

  @Column({ name: "affiliation_id", type: "varchar", length: 191, nullable: true })
  affiliationId: string | null;

  @Column({ name: "born_on", type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Date of birth of a person, where a source gives it." })
  bornOn: string | null;

  @Column({ name: "birth_dates", type: "simple-json" })
  @Field(() => [String], {
    description:
      "Dates of birth (of a person) as precise as the sources give them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A range OFAC gives (`DOB 1951 to 1953`) is each of its years; `circa 1960` is 1960. Empty when none is known.",
  })
  birthDates: string[];

  @Column({ name: "birth_places", type: "simple-json" })
  @Field(() => [String], { description: "Places of birth, as the sources write them (`Pyongyang, Korea, North`)." })
  birthPlaces: string[];

  @Column({ type: "simple-json" })
  @Field(() => [String], { description: "Nationalities, as ISO 3166-1 alpha-2 codes (`KP`), as the sources give them." })
  nationalities: string[];

  @Column({ type: "simple-json" })
  @Field(() => [String], { description: "Citizenships, as ISO 3166-1 alpha-2 codes (`KP`), as the sources give them." })
  citizenships: string[];

  @Column({ type: "varchar", length: 8, nullable: true })
  @Field(() => Gender, { nullable: true, description: "A person's gender, where a source gives it." })
  gender: Gender | null;

  @Column({ name: "ofac_entry_number", type: "int", nullable: true })
  @Field(() => Int, { nullable: true, description: "The entry number (`ent_num`) on OFAC's SDN list, for listed actors." })
  ofacEntryNumber: number | null;

  @Column({ type: "text", nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The remarks of the actor's OFAC SDN entry, as published (passports, addresses, identifiers, other names).",
  })
  remarks: string | null;

  @Column({ name: "maintained_by", type: "varchar", length: 16, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "Who keeps this record's fields up to date: `ofac-sdn` for actors the SDN importer created and updates with each snapshot; null for curated records, which importers never overwrite.",
  })
  maintainedBy: string | null;

  @Column({ name: "wikidata_id", type: "varchar", length: 32, nullable: true })
  @Field(() => String, { nullable: true, description: "The Wikidata item ID (`Q76`), where known." })
  wikidataId: string | null;
}
