import type { DomainModule } from "../domain-module";
import { SearchResolver } from "./search.resolver";
import { SearchService } from "./search.service";

/** Search across every kind of record, through the full-text tables the other domains keep. No tables of its own. */
export const searchModule = {
  name: "search",
  entities: [],
  resolvers: [SearchResolver],
  services: (db) => ({ search: new SearchService(db) }),
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    search: SearchService;
  }
}
