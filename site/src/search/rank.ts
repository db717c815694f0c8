// Ranks what Pagefind found by the words each result holds, so that a single character never
// outranks a word, the officers' words lead where the editors said, and a phrase of the text finds
// its article first. Pagefind finds candidates (for the query and for each content word) and
// breaks ties; the score is the handbook's:
//
//   score of a clause = Σ over the query's terms of  weight(term) × idf(term) × match(clause, term)
//   score of an article = its best clause's + 0.3 × what the rest of the article adds
//
// weight: 2 the whole phrase typed, 1 a content word, 0.5 a word inside one (query.ts);
// idf: 1 / the number of articles matching the term (a word in every article decides nothing);
// match (from the vocabulary, without fetching anything): 1 the term in the Measures' own text,
// 1.2 an officers' word or caption the editors gave that is the term itself (reviewed against the
// text it stands for: 被打 for 受到暴力袭击 beats 被打 inside 被打砸冲击; it was 1.5, and words
// below the text, 0.95, lose 被打, 专职辅警, 造谣 to such substrings: docs/handbook.md), 0.9 inside
// such a word; an item's lead-in counts half for the item; for any other page (its fragment's text): 0.6, so the Measures come before the
// reading aids and reference pages that repeat them. A result matching no term (only single
// characters) is dropped. Results that match more of the query's content words come first (for
// 家人被威胁 the article on threats to relatives, not the one defining them), then the score; ties
// keep Pagefind's order, articles first. A result lands on its best clause.
import type { QueryAnalysis, QueryTerm } from './query.ts';
import type { IndexedArticle, IndexedProvision, VocabularyIndex } from './vocabulary.ts';
import { squash } from './vocabulary.ts';

const MATCH = { text: 1, word: 1.2, insideWord: 0.9, page: 0.6 } as const;
/** How much the rest of an article adds to its best clause's score (a clause holding the words beats words spread over an article). */
const REST_OF_ARTICLE = 0.3;
/** How much an item's lead-in counts for the item (第十七条's 逐级报告 for its item on deaths). */
const LEAD_IN = 0.5;
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
  if (`\n${wordsPlain}\n`.includes(`\n${term}\n`)) return MATCH.word;
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

/** Each provision with the paragraph that leads into it (an item's lead-in), and the words it answers to. */
function clauses(article: IndexedArticle): { provision: IndexedProvision; words: string; leadIn?: { plain: string; words: string } }[] {
  const captionWords = squash(article.caption);
  let leadIn: { plain: string; words: string } | undefined;
  return article.provisions.map((p, i) => {
    // The article's caption counts for its first provision, where the page opens.
    const words = i === 0 ? `${p.wordsPlain}\n${captionWords}` : p.wordsPlain;
    const isItem = p.label !== '';
    const clause = { provision: p, words, ...(isItem && leadIn ? { leadIn } : {}) };
    if (!isItem) leadIn = { plain: p.plain, words };
    return clause;
  });
}

/**
 * An article scored at the level of its clauses: the best clause's score (an item's lead-in counting
 * half for it), plus a share of what the rest of the article matches. Coverage counts the words
 * the article holds itself, or as an editors' word — not a word only found inside a longer one
 * (不管 inside 不管不问).
 */
function scoreArticle(article: IndexedArticle, terms: QueryTerm[], idf: Map<string, number>, groups = 1): ArticleScore {
  let whole = 0;
  const found: ArticleScore['found'] = [];
  const matched: QueryTerm[] = [];
  for (const t of terms) {
    const m = matchWords(article.plain, article.wordsPlain, t.text);
    if (m === 0) continue;
    whole += t.weight * idf.get(t.text)! * m;
    matched.push(t);
    found.push({ term: t.text, inText: article.plain.includes(t.text) });
  }
  let provision = article.provisions[0]!;
  let best = 0;
  for (const c of clauses(article)) {
    const s = terms.reduce((sum, t) => {
      const own = matchWords(c.provision.plain, c.words, t.text);
      const lead = c.leadIn ? LEAD_IN * matchWords(c.leadIn.plain, c.leadIn.words, t.text) : 0;
      return sum + t.weight * idf.get(t.text)! * Math.max(own, lead);
    }, 0);
    if (s > best + 1e-9) [best, provision] = [s, c.provision];
  }
  const score = whole > 0 ? best + REST_OF_ARTICLE * Math.max(0, whole - best) : 0;
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
