import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";

countries.registerLocale(english);

/*
 * The `Remarks` column of OFAC's SDN list, read into typed fields. A remark is a list of items
 * separated by `; ` and ended by `.`: `DOB 18 Feb 1962; nationality Korea, North; Passport
 * 563410081; Linked To: KOREA MINING DEVELOPMENT TRADING CORPORATION.` Every item is read into one
 * kind of field or kept, whole, as text (`other`): nothing a remark says is dropped.
 */

/** How strongly an alias names the party: OFAC's a.k.a. (strong), weak a.k.a., f.k.a. (former), n.k.a. (now known as). */
export type AliasStrength = "STRONG" | "WEAK" | "FORMER" | "NOW";

/** A date of birth (or of an organisation's establishment) as precise as OFAC gives it. */
export interface PartialDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string;
  /** The end of a range (`DOB 1951 to 1953` → 1951 … 1953), at the same precision. */
  to?: string;
  /** `DOB circa 1960`. */
  circa: boolean;
}

/** The kinds of identifier the remarks give. */
export type IdentifierKind =
  | "PASSPORT"
  | "NATIONAL_ID"
  | "TAX_ID"
  | "REGISTRATION"
  | "SWIFT_BIC"
  | "IMO"
  | "MMSI"
  | "AIRCRAFT_TAIL"
  | "AIRCRAFT_SERIAL"
  | "DIGITAL_CURRENCY"
  | "EMAIL"
  | "WEBSITE"
  | "PHONE"
  | "OTHER";

/** One identifier: its kind, OFAC's label for it, its value, and where given its issuing country and dates. */
export interface Identifier {
  kind: IdentifierKind;
  /** OFAC's words for it (`Passport`, `Cedula No.`, `Digital Currency Address - XBT`). */
  label: string;
  value: string;
  /** ISO 3166-1 alpha-2, when the country in parentheses is recognisable. */
  country?: string;
  issuedOn?: string;
  expiresOn?: string;
}

/** What one entry's remarks say, by kind. */
export interface Remarks {
  aliases: { name: string; strength: AliasStrength }[];
  birthDates: PartialDate[];
  birthPlaces: string[];
  /** ISO 3166-1 alpha-2 codes. */
  nationalities: string[];
  /** ISO 3166-1 alpha-2 codes. */
  citizenships: string[];
  gender: "MALE" | "FEMALE" | null;
  identifiers: Identifier[];
  /** The names of the listed parties the entry is linked to (`Linked To: HIZBALLAH`). */
  linkedTo: string[];
  /** Established dates of organisations. */
  establishedOn: PartialDate[];
  /** Items read as none of the above, kept whole (postings, sanctions notes, addresses of offices…). */
  other: string[];
}

/** The field kinds `countKinds` reports, in order. */
export const REMARK_KINDS = [
  "aliases",
  "birthDates",
  "birthPlaces",
  "nationalities",
  "citizenships",
  "gender",
  "identifiers",
  "linkedTo",
  "establishedOn",
  "other",
] as const;

/** OFAC's month abbreviations. */
export const MONTHS: Record<string, string> = {
  Jan: "01",
  Feb: "02",
  Mar: "03",
  Apr: "04",
  May: "05",
  Jun: "06",
  Jul: "07",
  Aug: "08",
  Sep: "09",
  Oct: "10",
  Nov: "11",
  Dec: "12",
};

/** OFAC's spellings of nationalities that the ISO country list does not know by that name. */
export const OFAC_COUNTRY_NAMES: Record<string, string> = {
  Burma: "MM",
  "Cabo Verde": "CV",
  "Congo, Democratic Republic of the": "CD",
  "Korea, North": "KP",
  "Korea, South": "KR",
  Moldova: "MD",
  "North Macedonia, The Republic of": "MK",
  Palestinian: "PS",
  Syria: "SY",
};

/** More of OFAC's country names, met in identifiers' issuing countries and citizenships. */
const MORE_COUNTRY_NAMES: Record<string, string> = {
  Laos: "LA",
  "West Bank": "PS",
  Gaza: "PS",
  Turkiye: "TR",
  "Congo, Republic of the": "CG",
  "Cote d Ivoire": "CI",
  "Region: Gaza": "PS",
  "Region: West Bank": "PS",
  "Region: Crimea": "UA",
};

/** An ISO 3166-1 alpha-2 code for one of OFAC's country names, if it is recognisable. */
export function countryCode(name: string): string | undefined {
  const trimmed = name.trim();
  // i18n-iso-countries searches every name on each call; a list names the same few hundred countries again and again.
  if (!COUNTRY_CODES.has(trimmed)) {
    if (COUNTRY_CODES.size >= 5000) COUNTRY_CODES.clear();
    COUNTRY_CODES.set(
      trimmed,
      OFAC_COUNTRY_NAMES[trimmed] ?? MORE_COUNTRY_NAMES[trimmed] ?? countries.getAlpha2Code(trimmed, "en") ?? undefined,
    );
  }
  return COUNTRY_CODES.get(trimmed);
}

/** The codes of the names asked for so far (undefined for names that are no country), at most a few thousand. */
const COUNTRY_CODES = new Map<string, string | undefined>();

/** `18 Feb 1962` → 1962-02-18, `Feb 1962` → 1962-02, `1962` → 1962; undefined for anything else. */
export function partialDate(text: string): string | undefined {
  const day = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(text);
  if (day && MONTHS[day[2]]) return `${day[3]}-${MONTHS[day[2]]}-${day[1].padStart(2, "0")}`;
  const month = /^([A-Z][a-z]{2}) (\d{4})$/.exec(text);
  if (month && MONTHS[month[1]]) return `${month[2]}-${MONTHS[month[1]]}`;
  return /^\d{4}$/.test(text) ? text : undefined;
}

/** A date item: `18 Feb 1962`, `1951 to 1953`, `circa 1960`; undefined when it is none. */
function dateItem(text: string): PartialDate | undefined {
  const circa = /^circa /.test(text);
  const body = text.replace(/^circa /, "");
  const [from, to, ...rest] = body.split(" to ");
  if (rest.length > 0) return undefined;
  const value = partialDate(from);
  const end = to === undefined ? undefined : partialDate(to);
  if (!value || (to !== undefined && !end)) return undefined;
  return end ? { value, to: end, circa } : { value, circa };
}

/** OFAC's identifier labels by kind (what the 2024 list uses; others fall back to OTHER below). */
const LABELS: Record<Exclude<IdentifierKind, "OTHER">, string[]> = {
  PASSPORT: ["Passport", "Diplomatic Passport", "Travel Document Number"],
  NATIONAL_ID: [
    "National ID No.",
    "Cedula No.",
    "Identification Number",
    "C.U.R.P.",
    "CURP",
    "D.N.I.",
    "Personal ID Card",
    "National Foreign ID Number",
    "Birth Certificate Number",
    "Driver's License No.",
    "Electoral Registry No.",
    "Credencial electoral",
    "Residency Number",
    "SSN",
    "I.F.E.",
    "Turkish Identification Number",
    "Numero de Identidad",
    "Citizen's Card Number",
    "Kenyan ID No.",
    "Cartilla de Servicio Militar Nacional",
    "Italian Fiscal Code",
  ],
  TAX_ID: ["Tax ID No.", "R.F.C.", "RFC", "NIT #", "RUC #", "V.A.T. Number", "C.U.I.T.", "C.U.I.", "US FEIN", "RTN"],
  REGISTRATION: [
    "Registration Number",
    "Registration ID",
    "Business Registration Number",
    "Government Gazette Number",
    "Folio Mercantil No.",
    "Company Number",
    "UK Company Number",
    "Commercial Registry Number",
    "Unified Social Credit Code (USCC)",
    "United Social Credit Code Certificate (USCCC)",
    "Legal Entity Number",
    "LE Number",
    "Economic Register Number (CBLS)",
    "C.R. No.",
    "License",
    "Trade License No.",
    "Matricula Mercantil No",
    "Chamber of Commerce Number",
    "Istanbul Chamber of Comm. No.",
    "Dubai Chamber of Commerce Membership No.",
    "D-U-N-S Number",
    "Central Registration System Number",
    "Business Registration Document #",
    "Business Number",
    "Public Registration Number",
    "Enterprise Number",
    "Branch Unit Number",
    "Registered Charity No.",
    "Certificate of Incorporation Number",
    "Chinese Commercial Code",
    "Permit Number",
    "BIK (RU)",
  ],
  SWIFT_BIC: ["SWIFT/BIC"],
  IMO: ["Vessel Registration Identification IMO", "Identification Number IMO", "Company Number IMO"],
  MMSI: ["MMSI"],
  AIRCRAFT_TAIL: ["Aircraft Tail Number"],
  AIRCRAFT_SERIAL: [
    "Aircraft Manufacturer's Serial Number (MSN)",
    "Aircraft Construction Number (also called L/N or S/N or F/N)",
    "Aircraft Mode S Transponder Code",
  ],
  DIGITAL_CURRENCY: [],
  EMAIL: ["Email Address", "Email"],
  WEBSITE: ["Website"],
  PHONE: ["Phone Number", "Phone"],
};

/** Every known label with its kind, longest first, so `Identification Number IMO` wins over `Identification Number`. */
const KNOWN_LABELS: [string, IdentifierKind][] = (Object.entries(LABELS) as [IdentifierKind, string[]][])
  .flatMap(([kind, labels]) => labels.map((label): [string, IdentifierKind] => [label, kind]))
  .sort((a, b) => b[0].length - a[0].length);

/** Any other label written like an identifier's: `Serial No. 123`, `Permit # 12`. */
const OTHER_LABEL = /^([A-Z][^:;]{1,60}?(?: No\.?| Number| #| ID))\s+(\S.*)$/;

/** The label and the rest of an identifier item; undefined when it is none. */
function labelOf(text: string): { label: string; kind: IdentifierKind; rest: string } | undefined {
  const currency = /^(Digital Currency Address - [A-Z0-9]+)\s+(\S.*)$/.exec(text);
  if (currency) return { label: currency[1], kind: "DIGITAL_CURRENCY", rest: currency[2] };
  for (const [label, kind] of KNOWN_LABELS) {
    if (text.startsWith(label) && /^[\s:]/.test(text.slice(label.length))) {
      const rest = text.slice(label.length).replace(/^:?\s*/, "");
      if (rest) return { label, kind, rest };
    }
  }
  const other = OTHER_LABEL.exec(text);
  return other ? { label: other[1], kind: "OTHER", rest: other[2] } : undefined;
}

/** An identifier item (`Passport 563410081 (Korea, North) issued 11 Jul 2011`); undefined when it is none. */
function identifierItem(text: string): Identifier | undefined {
  const labelled = labelOf(text);
  if (!labelled) return undefined;
  let rest = labelled.rest.trim();
  const identifier: Identifier = { kind: labelled.kind, label: labelled.label, value: "" };
  const expires = / expires (\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{4}|\d{4})$/.exec(rest);
  if (expires) {
    identifier.expiresOn = partialDate(expires[1]);
    rest = rest.slice(0, expires.index);
  }
  const issued = / issued (\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{4}|\d{4})$/.exec(rest);
  if (issued) {
    identifier.issuedOn = partialDate(issued[1]);
    rest = rest.slice(0, issued.index);
  }
  const country = / \(([^()]+)\)$/.exec(rest);
  if (country && countryCode(country[1])) {
    identifier.country = countryCode(country[1]);
    rest = rest.slice(0, country.index);
  }
  identifier.value = rest.trim();
  return identifier.value ? identifier : undefined;
}

/** Splits a remark into its items: `; `-separated, the final `.` dropped. */
export function remarkItems(remarks: string): string[] {
  return remarks
    .trim()
    .replace(/\.$/, "")
    .split(/;\s+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Reads an entry's remarks into typed fields; every item lands in exactly one of them (`other` for the rest). */
export function parseRemarks(remarks: string | null): Remarks {
  const parsed: Remarks = {
    aliases: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    citizenships: [],
    gender: null,
    identifiers: [],
    linkedTo: [],
    establishedOn: [],
    other: [],
  };
  if (!remarks) return parsed;
  for (const raw of remarkItems(remarks)) {
    const item = raw.replace(/^alt\.\s+/, "");
    const alias = /^(weak )?([afn])\.k\.a\.,?\s+'(.+)'$/.exec(item);
    if (alias) {
      const strength: AliasStrength = alias[2] === "f" ? "FORMER" : alias[2] === "n" ? "NOW" : alias[1] ? "WEAK" : "STRONG";
      parsed.aliases.push({ name: alias[3].trim(), strength });
      continue;
    }
    const dob = /^DOB (.+)$/.exec(item);
    const date = dob && dateItem(dob[1]);
    if (date) {
      parsed.birthDates.push(date);
      continue;
    }
    const established = /^Organization Established Date (.+)$/.exec(item);
    const establishedDate = established && dateItem(established[1]);
    if (establishedDate) {
      parsed.establishedOn.push(establishedDate);
      continue;
    }
    const pob = /^POB (.+)$/.exec(item);
    if (pob) {
      parsed.birthPlaces.push(pob[1].trim());
      continue;
    }
    const country = /^(nationality|citizen) (.+)$/.exec(item);
    const code = country && countryCode(country[2]);
    if (country && code) {
      (country[1] === "nationality" ? parsed.nationalities : parsed.citizenships).push(code);
      continue;
    }
    const gender = /^Gender (Male|Female)$/.exec(item);
    if (gender && parsed.gender === null) {
      parsed.gender = gender[1] === "Male" ? "MALE" : "FEMALE";
      continue;
    }
    const linked = /^Linked To: (.+)$/.exec(item);
    if (linked) {
      parsed.linkedTo.push(linked[1].trim());
      continue;
    }
    const identifier = identifierItem(item);
    if (identifier) {
      parsed.identifiers.push(identifier);
      continue;
    }
    parsed.other.push(raw);
  }
  return parsed;
}

/** How many items of each kind a list of parsed remarks holds (`gender` counts entries with one). */
export function countKinds(all: readonly Remarks[]): Record<(typeof REMARK_KINDS)[number], number> {
  const counts = Object.fromEntries(REMARK_KINDS.map((kind) => [kind, 0])) as Record<(typeof REMARK_KINDS)[number], number>;
  for (const remarks of all) {
    for (const kind of REMARK_KINDS) {
      const value = remarks[kind];
      counts[kind] += Array.isArray(value) ? value.length : value === null ? 0 : 1;
    }
  }
  return counts;
}

/**
 * Birth dates as `Actor.birthDates` holds them: each `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, a range
 * of years as each of its years (`1951 to 1953` → 1951, 1952, 1953; other ranges as their two
 * ends), `circa` as its year; no repeats.
 */
export function birthDateList(dates: readonly PartialDate[]): string[] {
  const list: string[] = [];
  for (const { value, to } of dates) {
    if (to && /^\d{4}$/.test(value) && /^\d{4}$/.test(to) && Number(to) >= Number(value) && Number(to) - Number(value) <= 20) {
      for (let year = Number(value); year <= Number(to); year++) list.push(String(year));
    } else list.push(value, ...(to ? [to] : []));
  }
  return [...new Set(list)];
}
