/**
 * The handbook's search query set, derived from the model so it follows the text:
 * - "unique": phrases (one to three words, two to six characters, cut at word
 *   boundaries by the ICU segmenter) that occur in exactly one article; that article
 *   should come first, and must be in the top three;
 * - "term": each defined term (and its full name); its defining article must be in
 *   the top three;
 * - hand-picked queries officers are likely to type, each checked against the model
 *   (a hand pick whose phrase is not unique to its article is a term query or fails).
 */
import { articleOf } from '../../lib/citations/index.ts';
import type { PolicyModel } from '../../lib/policy/model.ts';

type QueryKind = 'unique' | 'term';

export interface SearchQuery {
  query: string;
  kind: QueryKind;
  /** The article expected (art_24). */
  expected: string;
  /** Why this query is in the set. */
  origin: 'generated' | 'term' | 'hand-picked';
  /** The paragraph or item the first result should land on, where the set says (field-queries.ts). */
  clause?: string;
}

/** Hand picks: what an officer types, and the article that answers it. */
export const HAND_PICKED: { query: string; expected: string }[] = [
  { query: '警械', expected: 'art_24' },
  { query: '近亲属', expected: 'art_32' },
  { query: '正名通知书', expected: 'art_29' },
  { query: '工作台账', expected: 'art_29' },
  { query: '回避', expected: 'art_10' },
  { query: '聘请律师', expected: 'art_26' },
  { query: '记大过', expected: 'art_27' },
  { query: '限期纠正', expected: 'art_28' },
  { query: '非工作时间', expected: 'art_31' },
  { query: '警务辅助人员', expected: 'art_33' },
  { query: '逐级', expected: 'art_17' },
  { query: '自伤自残', expected: 'art_21' },
  { query: '领导批示', expected: 'art_18' },
  { query: '限制人身自由', expected: 'art_23' },
  { query: '刑事附带民事诉讼', expected: 'art_9' },
];

const PUNCTUATION = /[\s，。；：、（）()“”"《》！？,.;:!?]+/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Each article's whole text (paragraphs and items), by eId. */
export function articleTexts(model: PolicyModel): Map<string, string> {
  const texts = new Map<string, string>();
  for (const chapter of model.chapters) {
    for (const article of chapter.articles) {
      const parts = [article.heading ?? '', ...article.paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => i.text)])];
      texts.set(article.eId, parts.join('\n'));
    }
  }
  return texts;
}

/** The articles whose text contains the phrase. */
export function articlesContaining(phrase: string, texts: Map<string, string>): string[] {
  return [...texts].filter(([, text]) => text.includes(phrase)).map(([eId]) => eId);
}

/**
 * Phrases of 1–3 consecutive words, 2–6 characters, inside one clause of text, that
 * begin and end with a word of two or more characters: what a reader would type, not a
 * dangling particle ("和有", "在对").
 */
function candidatePhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const clause of text.split(PUNCTUATION)) {
    const words = [...segmenter.segment(clause)].filter((s) => s.isWordLike).map((s) => s.segment);
    for (let i = 0; i < words.length; i++) {
      let phrase = '';
      for (let n = 0; n < 3 && i + n < words.length; n++) {
        phrase += words[i + n];
        const edgesAreWords = words[i]!.length >= 2 && words[i + n]!.length >= 2;
        if (edgesAreWords && phrase.length >= 2 && phrase.length <= 6) phrases.push(phrase);
        if (phrase.length > 6) break;
      }
    }
  }
  return phrases;
}

/** Picks `count` items spread evenly over a list (first, …, last): deterministic. */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, k) => items[Math.round((k * (items.length - 1)) / (count - 1))]!);
}

export interface QuerySetOptions {
  /** Generated unique phrases per article (default 3). */
  perArticle?: number;
}

export function buildQuerySet(model: PolicyModel, options: QuerySetOptions = {}): SearchQuery[] {
  const perArticle = options.perArticle ?? 3;
  const texts = articleTexts(model);
  const queries: SearchQuery[] = [];
  const seen = new Set<string>();
  const add = (q: SearchQuery) => {
    if (!seen.has(q.query)) queries.push(q);
    seen.add(q.query);
  };

  for (const [eId, text] of texts) {
    const unique = [...new Set(candidatePhrases(text))].filter((p) => articlesContaining(p, texts).length === 1);
    for (const query of spread(unique, perArticle)) add({ query, kind: 'unique', expected: eId, origin: 'generated' });
  }
  for (const term of model.terms) {
    const expected = articleOf(term.definedIn)!;
    add({ query: term.term, kind: 'term', expected, origin: 'term' });
    if (term.fullName) add({ query: term.fullName, kind: 'term', expected, origin: 'term' });
  }
  const termNames = new Set(model.terms.flatMap((t) => [t.term, t.fullName ?? '']));
  for (const pick of HAND_PICKED) {
    const kind: QueryKind = termNames.has(pick.query) ? 'term' : 'unique';
    add({ query: pick.query, kind, expected: pick.expected, origin: 'hand-picked' });
  }
  return queries;
}
