// The search engine for browsers where Pagefind's WebAssembly cannot run (Chromium before 96:
// multi-value returns and reference types; capabilities.ts tells) and for the offline package opened
// from a file: plain JavaScript over the text of every page Pagefind indexed (handbook-pages.json,
// written by integration.ts from Pagefind's own fragments: about 40,000 characters in all). It
// answers Pagefind's calls (options, init, search, preload, filters) with results of Pagefind's
// shape; the handbook's search (handbook-search.ts) ranks them exactly as it ranks Pagefind's.
import type { Engine } from './handbook-search.ts';
import type { PagefindData, PagefindResponse, PagefindResult } from './rank.ts';
import { squash } from './vocabulary.ts';

/** One indexed page, as integration.ts writes it. */
export interface PlainPage {
  /** Pagefind's id of the page (its fragment's name), so the handbook tells the articles apart as with Pagefind. */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
}

export interface PlainPagesFile {
  pages: PlainPage[];
}

interface Indexed extends PlainPage {
  /** Title and text as compared. */
  plain: string;
}

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

function dataOf(page: Indexed): PagefindData {
  const content = page.content.replace(/\u200b/g, '');
  return {
    url: page.url,
    raw_url: page.url,
    content,
    excerpt: '',
    meta: { ...page.meta },
    sub_results: [],
    filters: {},
    anchors: [],
    word_count: content.length,
  };
}

export interface PlainEngine extends Engine {
  search(term: string): Promise<PagefindResponse>;
}

/**
 * Every page holding all the words of the term (split at spaces), scored by how often they occur
 * for the page's length, as Pagefind's ranking does in the large; a page's title counts three times.
 */
export function plainEngine(load: () => Promise<PlainPagesFile | null>): PlainEngine {
  let pages: Promise<Indexed[]> | undefined;
  const indexed = () =>
    (pages ??= load()
      .then((file) => (file?.pages ?? []).map((p) => ({ ...p, plain: `${squash(p.meta['title'] ?? '')}\n`.repeat(3) + squash(p.content) })))
      .catch(() => []));

  async function search(term: string): Promise<PagefindResponse> {
    const words = term.normalize('NFKC').toLowerCase().split(/\s+/).map(squash).filter(Boolean);
    const results: PagefindResult[] = [];
    if (words.length) {
      for (const page of await indexed()) {
        const counts = words.map((w) => occurrences(page.plain, w));
        if (counts.some((c) => c === 0)) continue;
        const score = counts.reduce((sum, c, i) => sum + c * [...words[i]!].length, 0) / Math.sqrt(1 + page.plain.length / 500);
        results.push({ id: page.id, score, words: [], data: async () => dataOf(page) });
      }
    }
    results.sort((a, b) => b.score - a.score);
    return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {}, timings: [] };
  }

  return {
    search,
    async preload() {
      await indexed();
    },
  };
}

/** Fetches the pages' text beside the bundle (pagefind/handbook-pages.json); null when it cannot. */
export function fetchPages(url: URL): () => Promise<PlainPagesFile | null> {
  return () => fetch(url).then((r) => (r.ok ? (r.json() as Promise<PlainPagesFile>) : null));
}
