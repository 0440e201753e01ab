import { Field, ID, ObjectType } from "type-graphql";

/** What a delete mutation returns: the ID that no longer names anything. */
@ObjectType({ description: "The result of a delete: the ID of the object that was deleted." })
export class Deletion {
  @Field(() => ID, { description: "The ID of the deleted object; it now names nothing." })
  id: string;
}

/** Describes the fields of every mutation input the same way. */
export const INPUT_NOTE =
  "In a create, fields left out take their defaults (required ones are reported missing); in an update, fields left out keep their value, `null` clears one, and lists are replaced whole.";
