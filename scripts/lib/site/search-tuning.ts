/**
 * The handbook's search tuning: Pagefind's ranking (site/astro.config.mjs, for the search
 * dialog) and the index weights the pages set. The values were chosen by measurement:
 * see scripts/bench-site.ts and the README's 手册 section.
 */
export interface PagefindRanking {
  pageLength?: number;
  termFrequency?: number;
  termSaturation?: number;
  termSimilarity?: number;
}

export const TUNED_RANKING: PagefindRanking = { pageLength: 0.6, termFrequency: 0.6, termSaturation: 1.6, termSimilarity: 1.0 };

/** data-pagefind-weight of a term's defining occurrence (Pagefind: text 1, h1 7, max 10). */
export const DEFINITION_WEIGHT = 6;

/**
 * data-pagefind-weight of everything on the pages that are not articles (home,
 * chapters, glossary, laws, forms, schema, coverage): they stay findable by their own
 * words, but an article that holds the words wins.
 */
export const SECONDARY_PAGE_WEIGHT = 0.5;

/**
 * data-pagefind-weight of the officers' words listed on an article page (the editors' thesaurus):
 * as much as the text itself, so Pagefind returns the article for 老婆 as it does for 夫、妻; the
 * browser then ranks by which words each result holds (site/src/search/rank.js).
 */
export const EVERYDAY_WORDS_WEIGHT = 1;
