// Ranks what Pagefind found by the words each result holds, so that a single character never
// outranks a word, the officers' words lead where the editors said, and a phrase of the text finds
// its article first. Pagefind finds candidates (for the query and for each content word) and
// breaks ties; the score is the handbook's:
//
//   score = Σ over the query's terms of  weight(term) × idf(term) × match(result, term)
//
// weight: 2 the whole phrase typed, 1 a content word, 0.5 a word inside one (query.ts);
// idf: 1 / the number of articles matching the term (a word in every article decides nothing);
// match for an article (from the vocabulary, without fetching anything): 1.5 an officers' word or
// caption the editors gave that is the term itself, 1 the term in the text, 0.9 inside an
// officers' word; for any other page (its fragment's text): 0.6, so the Measures come before the
// reading aids and reference pages that repeat them. A result matching no term (only single
// characters) is dropped. Results that match more of the query's content words come first (for
// 家人被威胁 the article on threats to relatives, not the one defining them), then the score; ties
// keep Pagefind's order, articles first.
import type { QueryAnalysis, QueryTerm } from './query.ts';
import type { IndexedArticle, IndexedProvision, VocabularyIndex } from './vocabulary.ts';
import { squash } from './vocabulary.ts';

const MATCH = { word: 1.5, text: 1, insideWord: 0.9, page: 0.6 } as const;
/** How many of the pages other than articles get their text fetched and scored (one small fragment each). */
const PAGE_DEPTH = 12;

export interface PagefindResult {
  id: string;
  score: number;
  words?: number[];
  data: () => Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
  [key: string]: unknown;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount?: number;
  [key: string]: unknown;
}

/** How well a provision or an article matches one term. */
function matchWords(plain: string, wordsPlain: string, term: string): number {
  const exact = `\n${wordsPlain}\n`.includes(`\n${term}\n`);
  if (exact) return MATCH.word;
  if (plain.includes(term)) return MATCH.text;
  return wordsPlain.includes(term) ? MATCH.insideWord : 0;
}

function idfs(terms: QueryTerm[], index: VocabularyIndex): Map<string, number> {
  return new Map(
    terms.map((t) => {
      const n = index.articles.filter((a) => matchWords(a.plain, a.wordsPlain, t.text) > 0).length;
      return [t.text, 1 / Math.max(1, n)];
    }),
  );
}

interface ArticleScore {
  article: IndexedArticle;
  score: number;
  /** How many of the query's content words it matches (all, when it holds the whole phrase). */
  coverage: number;
  /** The provision holding most of the words (where the result lands). */
  provision: IndexedProvision;
  /** The terms found, and whether in the text or only in the officers' words. */
  found: { term: string; inText: boolean }[];
}

/** A word in more articles than this says nothing about which one is meant (民警, 维权): it does not count as covered. */
const COMMON = 8;

/** The number of content words covered by the terms matched (the whole phrase covers them all). */
function coverageOf(matched: QueryTerm[], groups: number, idf: Map<string, number>): number {
  if (matched.some((t) => t.group < 0)) return groups;
  return new Set(matched.filter((t) => idf.get(t.text)! > 1 / COMMON).map((t) => t.group)).size;
}

function scoreArticle(article: IndexedArticle, terms: QueryTerm[], idf: Map<string, number>, groups = 1): ArticleScore {
  let score = 0;
  const found: ArticleScore['found'] = [];
  const matched: QueryTerm[] = [];
  for (const t of terms) {
    const m = matchWords(article.plain, article.wordsPlain, t.text);
    if (m === 0) continue;
    score += t.weight * idf.get(t.text)! * m;
    matched.push(t);
    found.push({ term: t.text, inText: article.plain.includes(t.text) });
  }
  // The article's caption counts for its first provision, where the page opens.
  const captionWords = squash(article.caption);
  let provision = article.provisions[0]!;
  let best = 0;
  for (const [i, p] of article.provisions.entries()) {
    const words = i === 0 ? `${p.wordsPlain}\n${captionWords}` : p.wordsPlain;
    const s = terms.reduce((sum, t) => sum + t.weight * idf.get(t.text)! * matchWords(p.plain, words, t.text), 0);
    if (s > best) [best, provision] = [s, p];
  }
  return { article, score, coverage: coverageOf(matched, groups, idf), provision, found };
}

function scorePage(text: string, terms: QueryTerm[], idf: Map<string, number>, groups = 1): { score: number; coverage: number } {
  const plain = squash(text);
  const matched = terms.filter((t) => plain.includes(t.text));
  return { score: matched.reduce((sum, t) => sum + t.weight * idf.get(t.text)! * MATCH.page, 0), coverage: coverageOf(matched, groups, idf) };
}

export interface Ranked {
  kind: 'article' | 'page';
  score: number;
  coverage: number;
  /** Pagefind's own standing (summed over the searches, each scaled to its best), for ties. */
  pagefind: number;
  article?: ArticleScore;
  result?: PagefindResult;
  data?: PagefindData;
}

/** Pagefind's results of every search made for the query, merged by page, each search scaled to its best. */
function mergePagefind(responses: (PagefindResponse | null)[]): Map<string, { result: PagefindResult; pagefind: number }> {
  const merged = new Map<string, { result: PagefindResult; pagefind: number }>();
  for (const response of responses) {
    const results = response?.results ?? [];
    const top = Math.max(...results.map((r) => r.score), Number.EPSILON);
    for (const r of results) {
      const entry = merged.get(r.id) ?? { result: r, pagefind: 0 };
      entry.pagefind += r.score / top;
      merged.set(r.id, entry);
    }
  }
  return merged;
}

/**
 * The ranked results: every article the vocabulary finds a term in, and the best of the other
 * pages Pagefind found (their text fetched), in the order described at the top of this file.
 */
export async function rank(analysis: QueryAnalysis, responses: (PagefindResponse | null)[], index: VocabularyIndex, depth = PAGE_DEPTH): Promise<Ranked[]> {
  const { terms } = analysis;
  const idf = idfs(terms, index);
  const merged = mergePagefind(responses);
  const standing = new Map<string, number>();
  const pages: { result: PagefindResult; pagefind: number }[] = [];
  for (const [id, entry] of merged) {
    const article = index.pagefindArticles.get(id);
    if (article) standing.set(article, entry.pagefind);
    else pages.push(entry);
  }
  const ranked: Ranked[] = [];
  for (const article of index.articles) {
    const scored = scoreArticle(article, terms, idf, analysis.groups);
    if (scored.score > 0) ranked.push({ kind: 'article', score: scored.score, coverage: scored.coverage, pagefind: standing.get(article.eId) ?? 0, article: scored });
  }
  pages.sort((a, b) => b.pagefind - a.pagefind);
  const checked = await Promise.all(
    pages.slice(0, depth).map(async ({ result, pagefind }) => {
      const data = await result.data();
      const { score, coverage } = scorePage(`${data.meta['title'] ?? ''}\n${data.content}`, terms, idf, analysis.groups);
      return { kind: 'page' as const, score, coverage, pagefind, result, data };
    }),
  );
  ranked.push(...checked.filter((r) => r.score > 0));
  const order = new Map(index.articles.map((a, i) => [a.eId, i]));
  // Sums of the same terms differ in the last bits: equal within rounding is equal.
  const higher = (x: number, y: number) => (Math.abs(x - y) < 1e-9 ? 0 : y - x);
  return ranked.sort(
    (a, b) =>
      b.coverage - a.coverage ||
      higher(a.score, b.score) ||
      Number(b.kind === 'article') - Number(a.kind === 'article') ||
      b.pagefind - a.pagefind ||
      (order.get(a.article?.article.eId ?? '') ?? 0) - (order.get(b.article?.article.eId ?? '') ?? 0),
  );
}
