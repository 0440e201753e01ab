/**
 * The errors the domains, the database layer and the tools raise on purpose: plain classes that
 * know nothing of GraphQL or HTTP. Each carries the `extensions.code` it stands for and the details
 * a client needs to fix its request; the GraphQL edge (`graphql/errors.ts`) turns them into GraphQL
 * errors, and the CLI prints their message. Only the edge knows GraphQL errors
 * (`.dependency-cruiser.cjs`, rule `graphql-errors-at-the-edge`).
 */
export abstract class DomainError extends Error {
  /** The `extensions.code` this error is answered with (one of `ErrorCode`). */
  abstract readonly code: "BAD_USER_INPUT" | "NOT_FOUND" | "UNAUTHENTICATED";

  /** What goes beside the code in `extensions`: the argument at fault, the problems, the references… */
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An argument's value is not allowed; `argument` names it (`filter.at`, `text`). */
export class InvalidArgumentError extends DomainError {
  readonly code = "BAD_USER_INPUT";
  constructor(message: string, argument?: string) {
    super(message, argument === undefined ? {} : { argument });
  }
}

/** One problem with a mutation's input: the field (as a path into the arguments) and what is wrong. */
export interface InputProblem {
  field: string;
  message: string;
}

/** A record's input has problems; all of them are listed, per field, in `extensions.problems`. */
export class InvalidInputError extends DomainError {
  readonly code = "BAD_USER_INPUT";
  constructor(readonly problems: InputProblem[]) {
    super(
      `The input has ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${problems.map((p) => `${p.field} ${p.message}`).join("; ")}.`,
      { problems },
    );
  }
}

/** What still points at a record that would be deleted. */
export interface Reference {
  what: string;
  count: number;
  examples: string[];
}

/** A record cannot be deleted while others refer to it; `references` says which. */
export class StillReferencedError extends DomainError {
  readonly code = "BAD_USER_INPUT";
  constructor(id: string, references: Reference[]) {
    super(
      `${id} cannot be deleted: it is still referred to by ${references.map((r) => `${r.count} ${r.what}`).join(", ")}. ` +
        "Change or delete those first.",
      { argument: "id", references },
    );
  }
}

/** The stored object a request names does not exist. */
export class NotFoundError extends DomainError {
  readonly code = "NOT_FOUND";
  constructor(type: string, id: string) {
    super(`There is no ${type} ${id}.`, { id });
  }
}

/** The credentials sent are malformed, unknown or revoked. */
export class InvalidCredentialsError extends DomainError {
  readonly code = "UNAUTHENTICATED";
}

/**
 * A record of a file (a data set, an OFAC snapshot) that cannot be written. The message names the
 * file, the record (index and ID, and line for line-based files) and the field, and says what is
 * wrong; nothing has been written when it is thrown. Mutations turn these into `InvalidInputError`
 * problems.
 */
export class SeedError extends Error {
  override name = "SeedError";

  constructor(
    readonly file: string,
    readonly record: number | undefined,
    readonly recordId: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
    /** The line, for records of NDJSON and CSV files. */
    readonly line?: number,
  ) {
    const about = [line === undefined ? undefined : `line ${line}`, recordId].filter(Boolean).join(", ");
    super(
      [
        file,
        record === undefined ? undefined : `record ${record}${about ? ` (${about})` : ""}`,
        field === undefined ? undefined : `field ${field}`,
      ]
        .filter(Boolean)
        .join(", ") + `: ${problem}`,
    );
  }
}
