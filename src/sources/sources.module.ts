import type { DomainModule } from "../domain-module";
import { Source } from "./source.entity";

/** Sources: the articles, documents and lists every fact cites. */
export const sourcesModule: DomainModule = { name: "sources", entities: [Source] };
