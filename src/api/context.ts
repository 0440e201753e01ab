import { createActorLoaders } from "../actors/actor.loaders";
import { createEventLoaders } from "../events/event.loaders";
import type { Context, Loaders, Services, Viewer } from "../graphql/context";
import { type NodeType, nodeTypeOf } from "../graphql/node";
import { createSanctionLoaders } from "../sanctions/sanction.loaders";
import { createSourceLoaders } from "../sources/source.loaders";
import { createStatementLoaders } from "../statements/statement.loaders";
import { createTopicLoaders } from "../topics/topic.loaders";

export type { Context, Loaders, Services, Viewer };

/** Every per-request DataLoader, by domain. */
export function createLoaders(services: Services): Loaders {
  return {
    actors: createActorLoaders(services),
    events: createEventLoaders(services),
    statements: createStatementLoaders(services),
    topics: createTopicLoaders(services),
    sources: createSourceLoaders(services),
    sanctions: createSanctionLoaders(services),
  };
}

/** Creates the context of one request. Loaders cache per request only, so no request sees another's data. */
export function createContext(services: Services, viewer: Viewer | null = null): Context {
  const loaders = createLoaders(services);
  return { services, loaders, viewer, node: (id) => loadNode(loaders, id) };
}

/** Loads any Node by its ID through the loader of its type; `null` for an unknown or malformed ID. */
export function loadNode(loaders: Loaders, id: string): Promise<object | null> {
  const byType: Record<NodeType, (id: string) => Promise<object | null>> = {
    actor: (key) => loaders.actors.byId.load(key),
    event: (key) => loaders.events.byId.load(key),
    statement: (key) => loaders.statements.byId.load(key),
    sanction: (key) => loaders.sanctions.byId.load(key),
    designation: (key) => loaders.sanctions.designationById.load(key),
    source: (key) => loaders.sources.byId.load(key),
    topic: (key) => loaders.topics.byId.load(key),
  };
  const type = nodeTypeOf(id);
  return type ? byType[type](id) : Promise.resolve(null);
}
