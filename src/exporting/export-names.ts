/**
 * The connections `dossier export` can write, in a module of their own so that the command line
 * can name them in its help without loading the domains. Each domain declares its exports in its
 * module (`exports`); test/architecture/domains.test.ts checks that this list names exactly those.
 */
export const EXPORT_NAMES = ["actors", "events", "statements", "sanctions", "designations", "sources", "topics"] as const;

/** A connection `dossier export` can write. */
export type ExportName = (typeof EXPORT_NAMES)[number];
