import { registerEnumType } from "type-graphql";

/** What kind of measure a sanction is. */
export enum SanctionKind {
  EXECUTIVE_ORDER = "EXECUTIVE_ORDER",
  DESIGNATION = "DESIGNATION",
  PROGRAM = "PROGRAM",
  LAW = "LAW",
  RESOLUTION = "RESOLUTION",
}

registerEnumType(SanctionKind, {
  name: "SanctionKind",
  description: "What kind of measure a sanction is.",
  valuesConfig: {
    EXECUTIVE_ORDER: { description: "A presidential executive order that authorises or imposes sanctions (EO 13687)." },
    DESIGNATION: { description: "An act of listing named targets under an order or program (Treasury's designations of 2 January 2015)." },
    PROGRAM: { description: "A sanctions program as a whole, as tagged on OFAC's list (`DPRK2`)." },
    LAW: { description: "A statute that imposes sanctions." },
    RESOLUTION: { description: "A resolution of an international body (UN Security Council)." },
  },
});

/** Whether a designation is in force. */
export enum DesignationStatus {
  ACTIVE = "ACTIVE",
  DELISTED = "DELISTED",
}

registerEnumType(DesignationStatus, {
  name: "DesignationStatus",
  description: "Whether a designation is in force.",
  valuesConfig: {
    ACTIVE: { description: "The target is listed." },
    DELISTED: { description: "The target was removed from the list (see `delistedOn`)." },
  },
});
