import { Field, ID, InterfaceType } from "type-graphql";

/**
 * Relay's global object identification: every object with a stable ID implements `Node`, and
 * `node(id)` fetches any of them. IDs are `<type>:<slug>` strings (`actor:fbi`), unique across
 * all types; the same string is the primary key and, for partners, the federation key.
 */
@InterfaceType({
  description:
    "An object with a stable ID, unique across all types, of the form `<type>:<slug>` " +
    "(`actor:fbi`, `event:sony-pictures-hack`). Fetch any of them with `node(id)`.",
})
export abstract class Node {
  @Field(() => ID, { description: "The stable, globally unique ID, e.g. `actor:fbi`." })
  id: string;
}

/**
 * The Apollo Federation key of every Node type: partners' subgraphs refer to Dossier's objects by
 * their global ID alone (`type Actor @key(fields: "id") { id: ID! }`).
 */
export const FEDERATION_KEY = '@key(fields: "id")';
