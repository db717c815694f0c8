/**
 * Runs the query set (search-queries.ts) against a built site's real Pagefind index in
 * a real browser, and scores it: where the expected article ranks for each query. Two
 * ways in:
 * - searchWithApi: Pagefind's own JS API in the page, with a given ranking: fast, and
 *   lets the benchmark compare rankings without rebuilding;
 * - searchAllInDialog (search-dialog.ts): the search dialog a reader uses.
 */
import type { JSHandle, Page } from 'puppeteer-core';
import type { SearchQuery } from './search-queries.ts';
import type { PagefindRanking } from '../../lib/site/search-tuning.ts';

export interface SearchHit {
  /** The page's URL path as Pagefind reports it. */
  url: string;
  /** Where the result's link goes (the article anchor when the page sets meta url). */
  href: string;
  title: string;
}

export interface SearchOutcome {
  query: SearchQuery;
  hits: SearchHit[];
  /** 1-based rank of the expected article among the hits; 0 when absent. */
  rank: number;
}

export interface SearchScore {
  total: number;
  unique: { total: number; first: number; top3: number };
  term: { total: number; top3: number };
}

/** The article a result URL belongs to: ".../articles/art_24/#art_24" → art_24. */
export function articleOfUrl(url: string): string | undefined {
  return /\/articles\/(art_\d+)\//.exec(url)?.[1];
}

export function rankOf(expected: string, hits: SearchHit[]): number {
  return hits.findIndex((h) => articleOfUrl(h.url) === expected) + 1;
}

export function scoreOutcomes(outcomes: SearchOutcome[]): SearchScore {
  const unique = outcomes.filter((o) => o.query.kind === 'unique');
  const term = outcomes.filter((o) => o.query.kind === 'term');
  const inTop3 = (o: SearchOutcome) => o.rank >= 1 && o.rank <= 3;
  return {
    total: outcomes.length,
    unique: { total: unique.length, first: unique.filter((o) => o.rank === 1).length, top3: unique.filter(inTop3).length },
    term: { total: term.length, top3: term.filter(inTop3).length },
  };
}

/** What this file uses of a Pagefind bundle's module (Pagefind's own, or the handbook's in front of it). */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[] }>;
}

/**
 * Runs the queries through Pagefind's JS API on an already opened page of the site.
 * Returns the top `depth` hits of each.
 */
export async function searchWithApi(
  page: Page,
  base: string,
  queries: SearchQuery[],
  options: {
    ranking?: PagefindRanking;
    depth?: number;
    /** The module to load from the bundle: the handbook's pagefind.js, or Pagefind's own (pagefind-engine.js). */
    module?: string;
  } = {},
): Promise<SearchOutcome[]> {
  const texts = queries.map((q) => q.query);
  // The page's own import(), made from source text: written inside the function below, it would be
  // rewritten by the module transform of whoever runs this file (vitest's, under test).
  const importer = (await page.evaluateHandle('(specifier) => import(specifier)')) as JSHandle<(specifier: string) => Promise<PagefindModule>>;
  const results = await page.evaluate(
    async (load, bundle: string, module: string, list: string[], ranking: PagefindRanking | null, depth: number) => {
      const pagefind = await load(`${bundle}${module}`);
      await pagefind.options({ basePath: bundle, baseUrl: bundle.replace(/pagefind\/$/, ''), ...(ranking ? { ranking } : {}) });
      await pagefind.init();
      const out: { url: string; href: string; title: string }[][] = [];
      for (const text of list) {
        const search = await pagefind.search(text);
        const data = await Promise.all(search.results.slice(0, depth).map((r) => r.data()));
        out.push(data.map((d) => ({ url: d.url, href: d.meta['url'] ?? d.url, title: d.meta['title'] ?? '' })));
      }
      return out;
    },
    importer,
    `${base}pagefind/`,
    options.module ?? 'pagefind.js',
    texts,
    options.ranking ?? null,
    options.depth ?? 5,
  );
  return queries.map((query, i) => {
    const hits = results[i] ?? [];
    return { query, hits, rank: rankOf(query.expected, hits) };
  });
}
