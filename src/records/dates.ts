/** How precise a stored date is (the values of the API's `DatePrecision`). */
export type Precision = "DAY" | "MONTH" | "YEAR";

/** `2014` → 2014-01-01 (YEAR), `2014-12` → 2014-12-01 (MONTH), `2014-12-19` → itself (DAY). */
export function expandDate(value: string): { date: string; precision: Precision } {
  if (value.length === 4) return { date: `${value}-01-01`, precision: "YEAR" };
  if (value.length === 7) return { date: `${value}-01`, precision: "MONTH" };
  return { date: value, precision: "DAY" };
}

/** A stored date written back to its precision: 2014-12-01 (MONTH) → `2014-12`. */
export function partialDateOf(date: string, precision: string | null | undefined): string {
  if (precision === "MONTH") return date.slice(0, 7);
  if (precision === "YEAR") return date.slice(0, 4);
  return date;
}

/** Whether `YYYY-MM-DD` is a day of the calendar (not 2014-02-30). */
export function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
