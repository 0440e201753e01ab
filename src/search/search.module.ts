import type { DomainModule } from "../domain-module";
import type { SearchService } from "./search.service";

/** Search across every kind of record, through the full-text tables the other domains keep. No tables of its own. */
export const searchModule: DomainModule = { name: "search", entities: [] };

declare module "../graphql/context" {
  interface Services {
    search: SearchService;
  }
}
