/**
 * What the handbook's search reads besides Pagefind's index, made from the page data's vocabulary
 * and Pagefind's own fragments: handbook-words.json (the vocabulary, and which of Pagefind's pages
 * is which article) and handbook-pages.json (every indexed page's text, for the plain engine of
 * browsers without Pagefind's WebAssembly and for the offline package). Written into the bundle by
 * site/src/search/integration.ts; the offline package makes them the same way for a build without
 * that integration (the benchmark's Starlight-default comparison).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PlainPage, PlainPagesFile } from '../../../site/src/search/plain-engine.ts';
import type { VocabularyFile } from '../../../site/src/search/vocabulary.ts';
import type { SearchVocabulary } from './types.ts';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url?: string;
  content?: string;
  meta?: Record<string, string> & { url?: string };
}

/** Every page Pagefind indexed, by its id (the fragment's name), read from its fragments. */
async function pagefindPages(bundleDir: string): Promise<Map<string, Fragment>> {
  const dir = path.join(bundleDir, 'fragment');
  const pages = new Map<string, Fragment>();
  for (const name of (await readdir(dir)).sort()) {
    const raw = gunzipSync(await readFile(path.join(dir, name))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`Pagefind 的片段 ${name} 格式与预期不同（缺少 ${SIGNATURE}）：Pagefind 升级后请检查 scripts/lib/site/search-data.ts`);
    const parsed = JSON.parse(raw.slice(SIGNATURE.length)) as Fragment | Record<string, Fragment>;
    // One page per file, or (with many pages) a group of them by id.
    const entries: [string, Fragment][] = 'url' in parsed ? [[name.replace(/\.pf_fragment$/, ''), parsed as Fragment]] : Object.entries(parsed as Record<string, Fragment>);
    for (const [id, fragment] of entries) pages.set(id, fragment);
  }
  return pages;
}

/** The search's two data files for a Pagefind bundle (<site>/pagefind/) and the page data's vocabulary. */
export async function searchData(bundleDir: string, vocabulary: SearchVocabulary): Promise<{ words: VocabularyFile; pages: PlainPagesFile }> {
  const fragments = await pagefindPages(bundleDir);
  const pagefindArticles: Record<string, string> = {};
  for (const [id, fragment] of fragments) {
    const article = /\/articles\/(art_\d+)\//.exec(fragment.meta?.url ?? fragment.url ?? '')?.[1];
    if (article) pagefindArticles[id] = article;
  }
  if (Object.keys(pagefindArticles).length !== vocabulary.articles.length) {
    throw new Error(`Pagefind 索引中的条文页面（${Object.keys(pagefindArticles).length} 个）与条文数（${vocabulary.articles.length}）不一致`);
  }
  const pages: PlainPage[] = [...fragments].map(([id, f]) => ({ id, url: f.meta?.url ?? f.url ?? '', content: (f.content ?? '').replace(/\u200b/g, ''), meta: { ...(f.meta ?? {}) } }));
  return { words: { ...vocabulary, pagefindArticles }, pages: { pages } };
}
