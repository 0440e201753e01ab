import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { JSONResolver } from "graphql-scalars";
import { Connection, FilteredConnectionArgs, OrderInput } from "../graphql/connection";
import { defineEnum, type EnumValue } from "../graphql/enums";
import { DateTimeScalar } from "../graphql/scalars";

/** What a write did to a record. */
export const AuditOperation = defineEnum("AuditOperation", "What a write did to a record.", {
  CREATE: "The record was created.",
  UPDATE: "Fields or links of the record changed.",
  DELETE: "The record was deleted.",
});
export type AuditOperation = EnumValue<typeof AuditOperation>;

/** One field's value before and after a write. */
@ObjectType({ description: "One field's value before and after a write." })
export class FieldChange {
  @Field({ description: "The field, as the API names it (`name`, `participants`, `speakerId` for a reference)." })
  field: string;

  @Field(() => JSONResolver, { nullable: true, description: "The value before the write; null when the record was created." })
  old: unknown;

  @Field(() => JSONResolver, { nullable: true, description: "The value after the write; null when the record was deleted." })
  new: unknown;
}

/** One write to one record, as the audit trail keeps it. */
@ObjectType({ description: "One write to one record: who, when, what, and each changed field's old and new value." })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's number, in the order entries were written." })
  id: string;

  @Field(() => DateTimeScalar, { description: "When the write was committed." })
  at: Date;

  @Field({ description: "Who wrote: the API key's name, or the process (`seed:sony-2015`, `import-ofac`, `cli:<user>`)." })
  actor: string;

  @Field(() => String, { nullable: true, description: "The ID of the API key used, for writes made through the API." })
  keyId: string | null;

  @Field(() => AuditOperation, { description: "What the write did to the record." })
  operation: AuditOperation;

  @Field({ description: "The record's type (`Actor`, `Designation`)." })
  entityType: string;

  @Field(() => ID, { description: "The record's ID." })
  entityId: string;

  @Field(() => [FieldChange], { description: "The fields that changed, each with its old and new value." })
  changes: FieldChange[];
}

/** A range of instants; either end may be left open. */
@InputType({ description: "An inclusive range of instants (ISO 8601). Either end may be left open." })
export class DateTimeRange {
  @Field(() => DateTimeScalar, { nullable: true, description: "The first instant included." })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "The last instant included." })
  to?: Date | null;
}

/** Which audit entries to return. */
@InputType({
  description: "Which audit entries to return. Every field given narrows the result; lists match any of their values.",
})
export class AuditFilter {
  @Field(() => [String], { nullable: true, description: "Only writes by these writers (API key names, `import-ofac`, …)." })
  actors?: string[] | null;

  @Field(() => [AuditOperation], { nullable: true, description: "Only these operations." })
  operations?: AuditOperation[] | null;

  @Field(() => [String], { nullable: true, description: "Only records of these types (`Actor`, `Statement`)." })
  entityTypes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Only writes to these records." })
  entityIds?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true, description: "Only writes made in this range." })
  at?: DateTimeRange | null;
}

/** The fields audit entries can be sorted by. */
export const AuditOrderField = defineEnum("AuditOrderField", "The fields audit entries can be sorted by.", {
  AT: "By time of writing, then entry number.",
});
export type AuditOrderField = EnumValue<typeof AuditOrderField>;

/** How to sort audit entries. */
@InputType({ description: "How to sort audit entries." })
export class AuditOrder extends OrderInput<AuditOrderField>(AuditOrderField, "Audit") {}

/** Arguments of `auditLog`. */
@ArgsType()
export class AuditConnectionArgs extends FilteredConnectionArgs(AuditFilter, AuditOrder, "audit entries", "newest first") {}

/** A page of audit entries. */
@ObjectType({ description: "A page of audit entries, with cursors and the total count." })
export class AuditEntryConnection extends Connection(AuditEntry, "AuditEntry", "audit entries") {}
