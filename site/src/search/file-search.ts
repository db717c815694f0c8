// The search of the offline package, opened from a file (file://), where browsers run neither
// module scripts nor fetch: a classic script (bundled by scripts/lib/site/offline-package.ts) that
// reads the search data another classic script put on the page (window.__wqSearchData: the
// vocabulary and the pages' text) and offers Pagefind's calls as window.__wqHandbookSearch, which
// the package's copy of Pagefind's UI uses instead of importing pagefind.js. The ranking is the
// handbook's (handbook-search.ts) over the plain engine; every link is a file address ending in
// index.html, since a browser shows a folder's listing, not its index, from a file.
import { handbookSearch } from './handbook-search.ts';
import { plainEngine, type PlainPagesFile } from './plain-engine.ts';
import type { VocabularyFile } from './vocabulary.ts';

interface FileWindow {
  /** The package's root folder as a file address, set on each page (file:///…/维护执法权威工作手册/). */
  __wqRoot?: string;
  /** The base the site was built for ("/"): its links start with it. */
  __wqBase?: string;
  __wqSearchData?: { vocabulary: VocabularyFile; pages: PlainPagesFile };
  __wqHandbookSearch?: unknown;
}

const host = window as unknown as FileWindow;
const root = host.__wqRoot ?? new URL('./', window.location.href).href;
const base = host.__wqBase ?? '/';

/** A page's path under the base (or a link starting with the base) as a file address. */
function toFile(link: string): string {
  const [pathPart = '', hash] = (link.startsWith(base) ? link.slice(base.length) : link.replace(/^\//, '')).split('#');
  const file = pathPart === '' || pathPart.endsWith('/') ? `${pathPart}index.html` : pathPart;
  return `${root}${file}${hash === undefined ? '' : `#${hash}`}`;
}

const data = host.__wqSearchData;
const engine = plainEngine(async () => data?.pages ?? null);
const handbook = handbookSearch(engine, async () => data?.vocabulary ?? null, base, undefined, toFile);

type Result = { id: string; data: () => Promise<Record<string, unknown> & { url: string; meta: Record<string, string | undefined>; sub_results?: { url: string }[] }> };

/** Results whose links are file addresses (the articles' already are; the other pages' come from their text). */
async function search(term: string): Promise<unknown> {
  const response = (await handbook.search(term)) as { results: Result[] } | null;
  if (!response) return response;
  const results = response.results.map((r) => ({
    ...r,
    data: async () => {
      const d = await r.data();
      const url = d.url.startsWith('file:') ? d.url : toFile(d.url);
      return {
        ...d,
        url,
        raw_url: url,
        meta: { ...d.meta, ...(d.meta['url'] ? { url: d.meta['url'].startsWith('file:') ? d.meta['url'] : toFile(d.meta['url']) } : {}) },
        sub_results: (d.sub_results ?? []).map((s) => ({ ...s, url: s.url.startsWith('file:') ? s.url : toFile(s.url) })),
      };
    },
  }));
  return { ...response, results };
}

let pending = 0;
host.__wqHandbookSearch = {
  options: async () => undefined,
  init: async () => void handbook.vocabulary(),
  search,
  /** Like Pagefind's: null when a newer call came within `ms`. */
  debouncedSearch: async (term: string, _options?: object, ms = 300) => {
    const mine = ++pending;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return mine === pending ? search(term) : null;
  },
  preload: async (term: string) => handbook.preload(term),
  filters: async () => ({}),
  mergeIndex: async () => undefined,
  destroy: async () => undefined,
};
