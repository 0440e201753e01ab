import type { DomainModule } from "../domain-module";
import { ApiKey } from "./api-key.entity";

/** API keys and the roles they carry. */
export const authModule: DomainModule = { name: "auth", entities: [ApiKey] };
