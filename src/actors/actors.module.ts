import type { DomainModule } from "../domain-module";
import { ActorSource } from "./actor-source.entity";
import { Actor } from "./actor.entity";

/** Actors: people, states, agencies, companies and groups, with the sources that cite them. */
export const actorsModule: DomainModule = { name: "actors", entities: [Actor, ActorSource] };
