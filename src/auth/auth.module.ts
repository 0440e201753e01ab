import type { DomainModule } from "../domain-module";
import { ApiKey } from "./api-key.entity";
import { ApiKeyResolver } from "./api-key.resolver";
import { ApiKeyService, type Viewer as KeyHolder } from "./api-key.service";

/** API keys and the roles they carry. */
export const authModule = {
  name: "auth",
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  services: (db) => ({ apiKeys: new ApiKeyService(db) }),
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    apiKeys: ApiKeyService;
  }
  /** A viewer is an API key's holder: its ID, name and role. */
  interface Viewer extends KeyHolder {}
}
