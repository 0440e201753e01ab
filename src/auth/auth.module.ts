import type { DomainModule } from "../domain-module";
import { ApiKey } from "./api-key.entity";
import type { ApiKeyService, Viewer as KeyHolder } from "./api-key.service";

/** API keys and the roles they carry. */
export const authModule: DomainModule = { name: "auth", entities: [ApiKey] };

declare module "../graphql/context" {
  interface Services {
    apiKeys: ApiKeyService;
  }
  /** A viewer is an API key's holder: its ID, name and role. */
  interface Viewer extends KeyHolder {}
}
