import type { DomainModule } from "../domain-module";
import { actorRecords } from "./actor.writer";
import { ActorSource } from "./actor-source.entity";
import { Actor } from "./actor.entity";
import { createActorLoaders } from "./actor.loaders";
import { ActorResolver } from "./actor.resolver";
import { ActorService } from "./actor.service";

/** Actors: people, states, agencies, companies and groups, with the sources that cite them. */
export const actorsModule = {
  name: "actors",
  entities: [Actor, ActorSource],
  resolvers: [ActorResolver],
  services: (db) => ({ actors: new ActorService(db) }),
  loaders: (services) => ({ actors: createActorLoaders(services) }),
  exports: [{ name: "actors", entity: Actor, order: "NAME", service: (services) => services.actors }],
  nodes: [{ prefix: "actor", type: Actor, service: (services) => services.actors, byId: (loaders) => loaders.actors.byId }],
  writer: actorRecords,
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    actors: ActorService;
  }
  interface Loaders {
    actors: ReturnType<typeof createActorLoaders>;
  }
}
