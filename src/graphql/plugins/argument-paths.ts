import type { ApolloServerPlugin } from "@apollo/server";
import { type ASTNode, BREAK, type DocumentNode, visit } from "graphql";
import { DossierError } from "../errors";

/**
 * Names the argument at fault in the errors validation reports for a literal our scalars refuse
 * (`saidOn: { from: "2015-13-01" }` → `argument: "filter.saidOn.from"`), as errors raised later
 * do: a scalar's `parseLiteral` sees the value but not where in the operation it stands.
 */
export function argumentPathsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors) => {
            for (const error of errors ?? []) {
              if (!(error instanceof DossierError)) continue;
              const node = error.nodes?.[0];
              if (!node || error.extensions.argument !== undefined) continue;
              const argument = argumentPathOf(document, node);
              if (argument) (error.extensions as Record<string, unknown>).argument = argument;
            }
          };
        },
      };
    },
  };
}

/** The path of arguments and input fields down to `target` (`filter.saidOn.from`), or undefined when it is not in one. */
export function argumentPathOf(document: DocumentNode, target: ASTNode): string | undefined {
  const path: string[] = [];
  let found: string | undefined;
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    enter(node) {
      if (node !== target) return undefined;
      found = path.length > 0 ? path.join(".") : undefined;
      return BREAK;
    },
  });
  return found;
}
