import type { DomainModule } from "../domain-module";
import { TimelineResolver } from "./timeline.resolver";
import { TimelineService } from "./timeline.service";

/** The timeline: events, statements and designations in date order. No tables of its own. */
export const timelineModule = {
  name: "timeline",
  entities: [],
  resolvers: [TimelineResolver],
  services: (db) => ({ timeline: new TimelineService(db) }),
} satisfies DomainModule;

declare module "../graphql/context" {
  interface Services {
    timeline: TimelineService;
  }
}
