import { createActorLoaders } from "../actors/actor.loaders";
import { createEventLoaders } from "../events/event.loaders";
import { createSanctionLoaders } from "../sanctions/sanction.loaders";
import type { Viewer } from "../auth/api-key.service";
import type { Services } from "../services";
import { createSourceLoaders } from "../sources/source.loaders";
import { createStatementLoaders } from "../statements/statement.loaders";
import { createTopicLoaders } from "../topics/topic.loaders";
import { type NodeType, nodeTypeOf } from "./node";

/** Every per-request DataLoader, by domain. */
export function createLoaders(services: Services) {
  return {
    actors: createActorLoaders(services),
    events: createEventLoaders(services),
    statements: createStatementLoaders(services),
    topics: createTopicLoaders(services),
    sources: createSourceLoaders(services),
    sanctions: createSanctionLoaders(services),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives: the services, loaders made fresh for this request, and who is asking. */
export interface Context {
  services: Services;
  loaders: Loaders;
  /** The API key's holder, or null for an anonymous request. */
  viewer: Viewer | null;
}

/** Creates the context of one request. Loaders cache per request only, so no request sees another's data. */
export function createContext(services: Services, viewer: Viewer | null = null): Context {
  return { services, loaders: createLoaders(services), viewer };
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

/**
 * The edge of a hit that names its record by ID (a search hit, a timeline entry): its own fields,
 * its cursor, and its `node`, loaded only when the query asks for it.
 */
export function edgeWithNode<T extends { id: string }>(
  loaders: Loaders,
  cursor: string,
  hit: T,
): T & { cursor: string; node: Promise<object | null> } {
  return {
    cursor,
    ...hit,
    get node() {
      return loadNode(loaders, hit.id);
    },
  };
}
