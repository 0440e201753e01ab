import { InitialSchema1764144000000 } from "./1764144000000-initial-schema";

/** Every migration, oldest first. Listed explicitly so that the same list runs from `src/` (tests) and `dist/`. */
export const MIGRATIONS = [InitialSchema1764144000000];
