/**
 * The connections `dossier export` can write, in a module of their own so that the command line
 * can list them without loading the entities (`export.ts` keys its specs by these names, and the
 * compiler holds the two together).
 */
export const EXPORT_NAMES = ["actors", "events", "statements", "sanctions", "designations", "sources", "topics"] as const;

/** A connection `dossier export` can write. */
export type ExportName = (typeof EXPORT_NAMES)[number];
