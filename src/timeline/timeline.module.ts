import type { DomainModule } from "../domain-module";
import type { TimelineService } from "./timeline.service";

/** The timeline: events, statements and designations in date order. No tables of its own. */
export const timelineModule: DomainModule = { name: "timeline", entities: [] };

declare module "../graphql/context" {
  interface Services {
    timeline: TimelineService;
  }
}
