import { defineEnum, type EnumValue } from "../graphql/enums";

/** Whether a designation is in force. */
export const DesignationStatus = defineEnum("DesignationStatus", "Whether a designation is in force.", {
  ACTIVE: "The target is listed.",
  DELISTED: "The target was removed from the list (see `delistedOn`).",
});
export type DesignationStatus = EnumValue<typeof DesignationStatus>;
