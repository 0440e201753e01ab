import type { ApolloServerPlugin } from "@apollo/server";
import type { AuthChecker } from "type-graphql";
import type { Context } from "../graphql/context";
import { ForbiddenError, UnauthenticatedError } from "../graphql/errors";
import { allows, Role } from "./role";

/** Options of the authorization plugin. */
export interface AuthOptions {
  /** Let anonymous clients run queries (`PUBLIC_READ`). Mutations always need a key. */
  publicRead: boolean;
}

/**
 * Enforces roles per operation, before anything runs: a query needs a READER key (or none, when
 * reading is public), a mutation an EDITOR key. `node` and `nodes` are queries like any other, so
 * they follow the same rule. Admin-only fields are guarded field by field (`authChecker`).
 */
export function authPlugin(options: AuthOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const kind = operation?.operation ?? "query";
          const required = kind === "query" ? Role.READER : Role.EDITOR;
          const { viewer } = contextValue;
          if (!viewer) {
            if (required === Role.READER && options.publicRead) return;
            throw new UnauthenticatedError(
              required === Role.READER
                ? "This hub needs an API key to read: send `Authorization: Bearer <key>`."
                : "Changing data needs an API key with the EDITOR role: send `Authorization: Bearer <key>`.",
            );
          }
          if (!allows(viewer.role, required)) {
            throw new ForbiddenError(`The key "${viewer.name}" has the ${viewer.role} role; ${kind}s need ${required}.`);
          }
        },
      };
    },
  };
}

/** type-graphql's check for `@Authorized(Role.ADMIN)` fields: the viewer's role must allow the one named. */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const required = roles[0] ?? Role.READER;
  if (!context.viewer) throw new UnauthenticatedError(`\`${info.fieldName}\` needs an API key with the ${required} role.`);
  if (!allows(context.viewer.role, required)) {
    throw new ForbiddenError(
      `\`${info.fieldName}\` needs the ${required} role; the key "${context.viewer.name}" has ${context.viewer.role}.`,
    );
  }
  return true;
};
