import { defineEnum, type EnumValue } from "../graphql/enums";

/** What kind of measure a sanction is. */
export const SanctionKind = defineEnum("SanctionKind", "What kind of measure a sanction is.", {
  EXECUTIVE_ORDER: "A presidential executive order that authorises or imposes sanctions (EO 13687).",
  DESIGNATION: "An act of listing named targets under an order or program (Treasury's designations of 2 January 2015).",
  PROGRAM: "A sanctions program as a whole, as tagged on OFAC's list (`DPRK2`).",
  LAW: "A statute that imposes sanctions.",
  RESOLUTION: "A resolution of an international body (UN Security Council).",
});
export type SanctionKind = EnumValue<typeof SanctionKind>;
