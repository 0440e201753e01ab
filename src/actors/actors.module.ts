import type { DomainModule } from "../domain-module";
import { ActorSource } from "./actor-source.entity";
import { Actor } from "./actor.entity";
import type { createActorLoaders } from "./actor.loaders";
import type { ActorService } from "./actor.service";

/** Actors: people, states, agencies, companies and groups, with the sources that cite them. */
export const actorsModule: DomainModule = { name: "actors", entities: [Actor, ActorSource] };

declare module "../graphql/context" {
  interface Services {
    actors: ActorService;
  }
  interface Loaders {
    actors: ReturnType<typeof createActorLoaders>;
  }
}
