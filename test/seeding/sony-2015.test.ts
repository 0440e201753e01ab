import fs from "node:fs";
import path from "node:path";
import { readDataSet, SEEDS_DIR } from "../../src/seeding/seed-loader";
import { ARTICLE_FILE } from "../support/sources";

const ARTICLE = fs.readFileSync(ARTICLE_FILE, "utf8");
const dataSet = readDataSet(path.join(SEEDS_DIR, "sony-2015"));
const statements = dataSet.files["statements.json"]!;
const actors = dataSet.files["actors.json"]!;

/** The article's direct quotes: the text between curly quotes, without the reporting clause's trailing comma. */
const articleQuotes = [...ARTICLE.matchAll(/“([^”]+)”/g)].map((match) => match[1].replace(/,$/, ""));

describe("the sony-2015 data set", () => {
  it("records every direct quote of the article (more than a phrase) as a QUOTE", () => {
    const quotes = statements.filter((s) => s.kind === "QUOTE").map((s) => s.text as string);
    const long = articleQuotes.filter((quote) => quote.length > 30);
    expect(long.length).toBeGreaterThanOrEqual(6);
    for (const quote of long) expect(quotes.some((text) => text.includes(quote))).toBe(true);
  });

  it("keeps every quote verbatim as printed, editorial brackets included", () => {
    for (const statement of statements.filter((s) => s.kind === "QUOTE")) expect(ARTICLE).toContain(statement.text);
    const bracketed = statements.filter((s) => s.kind === "QUOTE" && /\[[^\]]+\]/.test(s.text as string));
    expect(bracketed.map((s) => (s.text as string).match(/\[[^\]]+\]/g)).flat()).toEqual([
      "[U.S. government]",
      "[information]",
      "[these sanctions]",
      "[they are]",
    ]);
  });

  it("names the anonymous official, the firms as a group and the ten designated officials", () => {
    expect(actors.find((a) => a.id === "actor:senior-administration-official")).toMatchObject({
      isAnonymous: true,
      isOfficial: true,
    });
    expect(actors.find((a) => a.id === "actor:cybersecurity-firms")).toMatchObject({ kind: "GROUP" });
    const designatedPeople = actors.filter((a) => a.kind === "PERSON" && a.ofacEntryNumber && a.id.startsWith("actor:ofac-"));
    expect(designatedPeople).toHaveLength(10);
    for (const person of designatedPeople) expect(person.title).toBeTruthy();
  });

  it("dates every statement and cites a source for each, with the public record where the article gives no date", () => {
    for (const statement of statements) expect(statement.saidOn).toBeTruthy();
    const attack = dataSet.files["events.json"]!.find((e) => e.id === "event:sony-pictures-hack")!;
    expect(attack.occurredOn).toBe("2014-11-24");
    expect(attack.sources).toContain("source:wikipedia-sony-pictures-hack");
  });
});
