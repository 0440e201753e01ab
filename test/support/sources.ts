import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { SEEDS_DIR } from "../../src/seeding/seed-loader";

/*
 * The real files the data sets were built from, carried in the repository (nothing here reads
 * outside it): the news article and OFAC's lists.
 */

/** TheWrap's article of 2 January 2015, which the sony-2015 data set's statements come from. */
export const ARTICLE_FILE = path.join(SEEDS_DIR, "sony-2015", "sources", "thewrap-2015-01-02-sony-hack.txt");

/** The 13 rows of OFAC's SDN list designated under EO 13687 on 2 January 2015. */
export const EO_13687_FILE = path.join(SEEDS_DIR, "sony-2015", "sources", "ofac-eo13687-2015-01-02.csv");

/** OFAC's whole SDN list of 3 May 2024 (14,965 entries), as published. */
export const SDN_FILE = path.join(PROJECT_ROOT, "seeds", "ofac", "sdn-2024-05-03.csv");
