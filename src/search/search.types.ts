import { defineEnum, type EnumValue } from "../graphql/enums";
import { ArgsType, Field, Float, ID, Int, ObjectType, createUnionType } from "type-graphql";
import { Actor } from "../actors/actor.entity";
import { Event } from "../events/event.entity";
import { ConnectionArgs, PageInfo } from "../graphql/connection";
import { Sanction } from "../sanctions/sanction.entity";
import { Source } from "../sources/source.entity";
import { Statement } from "../statements/statement.entity";
import { Topic } from "../topics/topic.entity";

/** The kinds of object `search` can return. */
export const SearchResultKind = defineEnum("SearchResultKind", "The kinds of object `search` can return.", {
  ACTOR: "Actors, matched on name, aliases, title and description.",
  EVENT: "Events, matched on title and summary.",
  STATEMENT: "Statements, matched on text and attribution.",
  SANCTION: "Sanctions, matched on title, legal basis, program and summary.",
  SOURCE: "Sources, matched on title and publisher.",
  TOPIC: "Topics, matched on name and description.",
});
export type SearchResultKind = EnumValue<typeof SearchResultKind>;

/** Anything `search` can return. */
export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Anything `search` can return: an actor, event, statement, sanction, source or topic.",
  types: () => [Actor, Event, Statement, Sanction, Source, Topic] as const,
});

/** Arguments of `search`. */
@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field({
    description:
      "Words to look for: each must begin a word of the text, in any case (`kor` finds Korea). Names that equal or start with the text rank first.",
  })
  text: string;

  @Field(() => [SearchResultKind], {
    nullable: true,
    description:
      "Only these kinds of object; all kinds when left out (an empty list, like any empty list in a filter, matches nothing).",
  })
  types?: SearchResultKind[] | null;
}

/** One search hit. */
@ObjectType({ description: "One search hit, with its score and cursor." })
export class SearchEdge {
  @Field({ description: "The cursor of this hit, for `after` or `before`." })
  cursor: string;

  @Field(() => Float, {
    description:
      "How well the hit matches: 100 when its name or title equals the text, 50 when it starts with it, 20 when it contains every word, 10 when only other fields do.",
  })
  score: number;

  @Field(() => SearchResultKind, { description: "What kind of object the hit is." })
  kind: SearchResultKind;

  @Field(() => ID, { description: "The hit's ID." })
  id: string;

  @Field(() => SearchResult, { description: "The object found." })
  node: Actor | Event | Statement | Sanction | Source | Topic;
}

/** A page of search hits, best first. */
@ObjectType({ description: "A page of search hits, best first (ties broken by ID)." })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: "The hits of this page, each with its score and cursor." })
  edges: SearchEdge[];

  @Field(() => [SearchResult], { description: "The objects found on this page, without scores or cursors." })
  nodes: (Actor | Event | Statement | Sanction | Source | Topic)[];

  @Field(() => PageInfo, { description: "Where this page sits, and the cursors to fetch its neighbours." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "How many objects match, across all pages." })
  totalCount: number;
}
