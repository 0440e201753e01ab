import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { ConfigError, PROJECT_ROOT } from "../config";

/** One subgraph behind the gateway. */
export interface SubgraphConfig {
  /** Its name in the supergraph (`dossier`, `partner-risk`). */
  name: string;
  /** Where the gateway sends its queries. Overrides the URL composed into the supergraph file. */
  url: string;
  /** Its SDL file, from which `dossier supergraph` composes; relative to the config file. */
  schema?: string;
}

/** What the gateway serves, read from a JSON file (`gateway.config.json` by default). */
export interface GatewayConfig {
  /** The composed supergraph file (static mode), relative to the config file. */
  supergraph: string;
  /** The subgraphs, in the order they are composed. */
  subgraphs: SubgraphConfig[];
  /** The port to listen on when `PORT` is not set. Defaults to 4100. */
  port: number;
  /** The file the config was read from. */
  file: string;
}

/** The gateway configuration file used when none is named. */
export const DEFAULT_GATEWAY_CONFIG = path.join(PROJECT_ROOT, "gateway.config.json");

const validate = new Ajv2020({ allErrors: true }).compile({
  type: "object",
  additionalProperties: false,
  required: ["supergraph", "subgraphs"],
  properties: {
    $comment: { type: "string" },
    supergraph: { type: "string", minLength: 1 },
    port: { type: "integer", minimum: 0, maximum: 65535 },
    subgraphs: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "url"],
        properties: {
          name: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9_-]*$" },
          url: { type: "string", pattern: "^https?://" },
          schema: { type: "string", minLength: 1 },
        },
      },
    },
  },
});

/** Reads and checks a gateway configuration file; paths in it become absolute. */
export function loadGatewayConfig(file = DEFAULT_GATEWAY_CONFIG): GatewayConfig {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the gateway configuration (${(error as Error).message})`);
  }
  if (!validate(data)) {
    const [first] = validate.errors ?? [];
    throw new ConfigError(`${file}: ${first?.instancePath || "the file"} ${first?.message ?? "is invalid"}`);
  }
  const raw = data as { supergraph: string; port?: number; subgraphs: SubgraphConfig[] };
  const names = raw.subgraphs.map((subgraph) => subgraph.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new ConfigError(`${file}: two subgraphs are named "${duplicate}"`);
  const dir = path.dirname(file);
  return {
    file,
    port: raw.port ?? 4100,
    supergraph: path.resolve(dir, raw.supergraph),
    subgraphs: raw.subgraphs.map((subgraph) => ({ ...subgraph, schema: subgraph.schema && path.resolve(dir, subgraph.schema) })),
  };
}
