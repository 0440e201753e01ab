import type { DomainModule } from "../domain-module";
import { Source } from "./source.entity";
import type { createSourceLoaders } from "./source.loaders";
import type { SourceService } from "./source.service";

/** Sources: the articles, documents and lists every fact cites. */
export const sourcesModule: DomainModule = { name: "sources", entities: [Source] };

declare module "../graphql/context" {
  interface Services {
    sources: SourceService;
  }
  interface Loaders {
    sources: ReturnType<typeof createSourceLoaders>;
  }
}
