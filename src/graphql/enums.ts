import { registerEnumType } from "type-graphql";

/** The values of an enum made by `defineEnum`: each name maps to itself. */
export type EnumValues<V> = { readonly [K in keyof V]: K };

/**
 * Defines a GraphQL enum once: every value written with its description, giving both the
 * TypeScript object (`ActorKind.PERSON === "PERSON"`) and the registered GraphQL enum. Declare the
 * matching type with `type ActorKind = EnumValue<typeof ActorKind>`.
 */
export function defineEnum<const V extends Record<string, string>>(name: string, description: string, values: V): EnumValues<V> {
  const enumObject = Object.fromEntries(Object.keys(values).map((key) => [key, key])) as EnumValues<V>;
  const valuesConfig = Object.fromEntries(Object.entries(values).map(([key, text]) => [key, { description: text }]));
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: valuesConfig as Partial<Record<keyof V, { description: string }>>,
  });
  return enumObject;
}

/** The union of the values of an enum made by `defineEnum`. */
export type EnumValue<E> = E[keyof E];
