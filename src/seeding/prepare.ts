import type { DataSource } from "typeorm";
import { seed, type SeedReport } from "./seed-loader";

/** What `prepareDatabase` may do to bring a database up to date. */
export interface PrepareOptions {
  /** Run pending migrations; when false, pending migrations are an error. */
  migrate: boolean;
  /** Load the data sets in `seeds/` when the database holds no data yet. */
  seed: boolean;
}

/** What `prepareDatabase` did. */
export interface PrepareResult {
  migrationsRun: string[];
  seeded: Map<string, SeedReport> | undefined;
}

/** The schema is behind the code and may not be migrated automatically. */
export class PendingMigrationsError extends Error {
  override name = "PendingMigrationsError";
}

/**
 * Brings an initialized data source up to date for serving: runs pending migrations (or refuses
 * to go on when that is not allowed) and seeds a database that holds no data yet.
 */
export async function prepareDatabase(dataSource: DataSource, options: PrepareOptions): Promise<PrepareResult> {
  let migrationsRun: string[] = [];
  if (await dataSource.showMigrations()) {
    if (!options.migrate) {
      throw new PendingMigrationsError(
        "The database schema is behind this version of Dossier. Run `npx dossier migrate` (or set AUTO_MIGRATE=true) and start again.",
      );
    }
    migrationsRun = (await dataSource.runMigrations({ transaction: "each" })).map((migration) => migration.name);
  }
  let seeded: Map<string, SeedReport> | undefined;
  if (options.seed && (await isEmpty(dataSource))) seeded = await seed(dataSource);
  return { migrationsRun, seeded };
}

/** True when the database holds no sources and no actors: nothing has been loaded yet. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [sources] = await dataSource.query("SELECT COUNT(*) AS n FROM sources");
  const [actors] = await dataSource.query("SELECT COUNT(*) AS n FROM actors");
  return Number(sources.n) === 0 && Number(actors.n) === 0;
}
