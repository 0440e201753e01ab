import { Column } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "./scalars";

/** The bookkeeping columns every stored record has: when Dossier first stored it and last changed it. */
// Decorated so that subclasses inherit its fields; never emitted itself, as no field returns it.
@ObjectType()
export abstract class Timestamped {
  @Column({ name: "created_at", type: "datetime", precision: 3 })
  @Field(() => DateTimeScalar, { description: "When this record was first stored in Dossier." })
  createdAt: Date;

  @Column({ name: "updated_at", type: "datetime", precision: 3 })
  @Field(() => DateTimeScalar, { description: "When this record last changed in Dossier." })
  updatedAt: Date;
}
