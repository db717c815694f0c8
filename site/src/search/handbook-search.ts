// The handbook's search in front of Pagefind (pagefind.js imports it with Pagefind's own engine):
// the query analysed (query.ts), Pagefind asked for it and for each content word, the results
// ranked (rank.ts), each article result landing on the provision holding the words with that
// provision as its excerpt (excerpt.ts), and what the search found told to the dialog (a
// "handbook:search" event: the guides to offer, and the nearest words when nothing was found).
import { REPORT_EVENT } from './events.ts';
import { escapeHtml, excerpt } from './excerpt.ts';
import { analyse, type QueryAnalysis } from './query.ts';
import { rank, type PagefindData, type PagefindResponse, type PagefindResult, type Ranked } from './rank.ts';
import { allGuides, guidesFor, nearestWords, type GuideHint } from './suggest.ts';
import { indexVocabulary, squash, type VocabularyFile, type VocabularyIndex } from './vocabulary.ts';

export interface Engine {
  search(term: string, options?: object): Promise<PagefindResponse | null>;
  preload(term: string, options?: object): Promise<void>;
}

/** What the dialog is told after each search. */
export interface SearchReport {
  query: string;
  count: number;
  /** The content words searched, when a question was reduced to them. */
  reduced: string[];
  /** Words taken for a slip of the input method, and what was searched instead (收伤 → 受伤). */
  corrections: { typed: string; meant: string }[];
  /** The guides to offer, their links resolved (as the results' are). */
  guides: GuideHint[];
  /** Words to try, when nothing was found. */
  suggestions: string[];
  /** The base of the handbook, for the links the dialog shows. */
  base: string;
}

/** Pagefind searches made for one query at most (the whole query and its content words). */
const MAX_SEARCHES = 6;

/** Fetches the vocabulary file beside the bundle (pagefind/handbook-words.json); null when it cannot. */
export function fetchVocabulary(url: URL): () => Promise<VocabularyFile | null> {
  return () => fetch(url).then((r) => (r.ok ? (r.json() as Promise<VocabularyFile>) : null));
}

/**
 * The handbook's search over an engine. `link` makes a page's path under the base ("articles/art_8/")
 * into the address a result links to: the base joined to it, or, in the offline package opened from
 * a file, a file address (file-search.ts).
 */
export function handbookSearch(
  engine: Engine,
  load: () => Promise<VocabularyFile | null>,
  base: string,
  report: (detail: SearchReport) => void = dispatchReport,
  link: (path: string) => string = (path) => `${base}${path}`,
) {
  let loading: Promise<VocabularyIndex | null> | undefined;
  const vocabulary = () =>
    (loading ??= load()
      .then((file) => (file ? indexVocabulary(file) : null))
      .catch(() => null));

  const searchesFor = (analysis: QueryAnalysis) =>
    [analysis.query, ...analysis.reduced, ...analysis.terms.map((t) => t.text)].filter((q, i, all) => q && all.indexOf(q) === i).slice(0, MAX_SEARCHES);

  async function search(term: string, options?: object): Promise<PagefindResponse | null> {
    const index = await vocabulary();
    // Without the vocabulary (an old build's bundle), or for one character, Pagefind as it is.
    if (!index) return engine.search(term, options);
    const analysis = analyse(term, index);
    if (analysis.single) return engine.search(term, options);
    const responses = await Promise.all(searchesFor(analysis).map((q) => engine.search(q, options)));
    const ranked = await rank(analysis, responses, index);
    const results = ranked.map((r) => toResult(r, analysis, link));
    report({
      query: term,
      count: results.length,
      reduced: analysis.reduced,
      corrections: analysis.corrections,
      // Nothing found: every guide, those whose words the query uses first.
      guides: (results.length ? guidesFor(analysis, index, landing(ranked)) : allGuides(analysis, index)).map((g) => ({ ...g, href: link(g.href) })),
      suggestions: results.length ? [] : nearestWords(term, index),
      base,
    });
    const first = responses.find(Boolean) ?? {};
    return { ...first, results, unfilteredResultCount: results.length };
  }

  async function preload(term: string, options?: object): Promise<void> {
    const index = await vocabulary();
    const analysis = index ? analyse(term, index) : undefined;
    const queries = analysis && !analysis.single ? searchesFor(analysis) : [term];
    await Promise.all(queries.map((q) => engine.preload(q, options)));
  }

  return { search, preload, vocabulary };
}

/** Where the first two articles found land: the situation the reader is in (the guides for it are offered). */
function landing(ranked: Ranked[]): string[] {
  return ranked.filter((r) => r.article).slice(0, 2).map((r) => r.article!.provision.eId);
}

/** Tells the page (search-aside.ts listens). */
function dispatchReport(detail: SearchReport): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(REPORT_EVENT, { detail }));
}

/** A result the dialog can show: an article's built from the vocabulary, another page's from its fragment, re-excerpted. */
function toResult(r: Ranked, analysis: QueryAnalysis, link: (path: string) => string): PagefindResult {
  const terms = analysis.terms.map((t) => t.text);
  if (r.kind === 'article' && r.article) {
    const { article, provision } = r.article;
    const inText = terms.filter((t) => provision.plain.includes(t));
    const text = `${provision.label}${provision.text}`;
    // Came by an officers' word only: show which, and mark the words of the text it stands for.
    const via = inText.length ? undefined : terms.find((t) => provision.wordsPlain.includes(t));
    const marked = inText.length ? inText : via ? provision.reviewed.filter((w) => text.includes(w)) : [];
    let html = excerpt(text, marked, marked);
    if (via) html += `<span class="hb-via">（日常说法“${escapeHtml(via)}”）</span>`;
    const url = link(provision.href);
    const data: PagefindData = {
      url,
      raw_url: url,
      content: article.provisions.map((p) => p.text).join(''),
      excerpt: html,
      meta: { title: article.title, url },
      // Pagefind's dialog shows a result's excerpt as its first sub-result's, when that is the page itself.
      sub_results: [{ title: article.title, url, excerpt: html }],
      filters: {},
      anchors: [],
      locations: [],
      weighted_locations: [],
      word_count: article.plain.length,
    };
    return { id: r.result?.id ?? article.eId, score: r.score, words: [], data: async () => data };
  }
  const data = r.data!;
  const found = terms.filter((t) => squash(data.content).includes(t));
  const content = data.content.replace(/\u200b/g, '');
  const html = found.length ? excerpt(content, found) : data.excerpt;
  const url = data.meta['url'] ?? data.url;
  // The page's own excerpt first (the dialog shows it as the root sub-result), then its sections'.
  const sections = (data.sub_results ?? []).filter((s) => s.url !== url);
  const fixed: PagefindData = { ...data, excerpt: html, sub_results: [{ title: data.meta['title'] ?? '', url, excerpt: html }, ...sections] };
  return { id: r.result!.id, score: r.score, words: r.result!.words ?? [], data: async () => fixed };
}
