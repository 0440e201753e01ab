import { defineEnum, type EnumValue } from "../graphql/enums";

/** What an API key may do. Each role may do everything the roles before it may. */
export const Role = defineEnum("Role", "What an API key may do. Each role may do everything the roles before it may.", {
  READER: "Runs queries.",
  EDITOR: "Runs queries and mutations: creates, corrects and deletes data.",
  ADMIN: "Everything, and reads the audit log.",
});
export type Role = EnumValue<typeof Role>;

const RANK: Record<Role, number> = { READER: 1, EDITOR: 2, ADMIN: 3 };

/** Whether `role` may do what `required` may. */
export function allows(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

/** Parses a role as users type it on the command line (`reader`, `Editor`). */
export function parseRole(text: string): Role | undefined {
  const upper = text.toUpperCase();
  return upper in RANK ? (upper as Role) : undefined;
}
