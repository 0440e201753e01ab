import type { DomainModule } from "../domain-module";
import { sourceRecords } from "./source.writer";
import { Source } from "./source.entity";
import { createSourceLoaders } from "./source.loaders";
import { SourceResolver } from "./source.resolver";
import { SourceService } from "./source.service";

/** Sources: the articles, documents and lists every fact cites. */
export const sourcesModule = {
  name: "sources",
  entities: [Source],
  resolvers: [SourceResolver],
  services: (db) => ({ sources: new SourceService(db) }),
  loaders: (services) => ({ sources: createSourceLoaders(services) }),
  exports: [{ name: "sources", entity: Source, order: "PUBLISHED_ON", service: (services) => services.sources }],
  nodes: [{ prefix: "source", type: Source, service: (services) => services.sources, byId: (loaders) => loaders.sources.byId }],
  writer: sourceRecords,
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    sources: SourceService;
  }
  interface Loaders {
    sources: ReturnType<typeof createSourceLoaders>;
  }
}
