import fs from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import type { GatewayConfig } from "./gateway-config";

/** Composition failed; the message lists every error composition reported. */
export class CompositionError extends Error {
  override name = "CompositionError";
}

/**
 * Composes the subgraphs of a gateway configuration into a supergraph SDL with Apollo's own
 * composition library, from each subgraph's SDL file. Throws a `CompositionError` listing every
 * problem when they do not compose.
 */
export function composeSupergraph(config: GatewayConfig): string {
  const services = config.subgraphs.map((subgraph) => {
    if (!subgraph.schema) throw new CompositionError(`subgraph "${subgraph.name}" has no "schema" file in ${config.file}`);
    return { name: subgraph.name, url: subgraph.url, typeDefs: parse(fs.readFileSync(subgraph.schema, "utf8")) };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(
      `the subgraphs do not compose:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`,
    );
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
