/**
 * The search quality the handbook keeps: one statement of the thresholds, checked by the tests
 * (test/site/search.test.ts, every query through the site's own search()) and reported by
 * npm run bench:site. Measured on the query set (search-queries.ts) and on the everyday set in
 * officers' words (everyday-queries.ts).
 */
import type { SearchOutcome, SearchScore } from './search-eval.ts';

export const SEARCH_QUALITY = {
  /** Phrases that occur in one article only: that article first for at least this share… */
  uniqueFirst: 0.9,
  /** …and for all but this many (the Measures' own phrases). */
  uniqueNotFirstAtMost: 1,
  /** Everyday queries: the expected article first for at least this share… */
  everydayFirst: 0.75,
  /** …and among the top three for at least this share. */
  everydayTop3: 0.9,
} as const;

export interface EverydayScore {
  total: number;
  first: number;
  top3: number;
  /** Queries that found nothing at all. */
  none: number;
  /** Of the queries naming a clause: how many, and how many whose first result lands on it. */
  clauses: number;
  clauseFirst: number;
}

/** The targets on the field set (field-queries.ts), which is measured, never tuned on. */
export const FIELD_TARGETS = { first: 0.85, top3: 0.97 } as const;

/** The clause a result lands on: its anchor, an article's anchor standing for its only paragraph. */
export function landedClause(href: string): string | undefined {
  const anchor = href.split('#')[1];
  if (!anchor) return undefined;
  return anchor.includes('__') ? anchor : `${anchor}__para_1`;
}

/** The everyday set's score: the expected article first, in the top three, or nothing found. */
export function everydayScore(outcomes: SearchOutcome[]): EverydayScore {
  return {
    total: outcomes.length,
    first: outcomes.filter((o) => o.rank === 1).length,
    top3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length,
    none: outcomes.filter((o) => o.hits.length === 0).length,
    clauses: outcomes.filter((o) => o.query.clause).length,
    clauseFirst: outcomes.filter((o) => o.query.clause && o.hits[0] && landedClause(o.hits[0].href) === o.query.clause).length,
  };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/**
 * Where the scores fall short of SEARCH_QUALITY, in Chinese (empty when every threshold holds).
 * Besides the shares: every one-article phrase and every term's definition among the top three,
 * and no everyday query without a result.
 */
export function qualityShortfalls(score: SearchScore, everyday: EverydayScore): string[] {
  const q = SEARCH_QUALITY;
  const out: string[] = [];
  const u = score.unique;
  if (u.total === 0 || everyday.total === 0) out.push('没有检索任何查询');
  if (u.first < u.total * q.uniqueFirst) out.push(`唯一短语排第一 ${pct(u.first, u.total)}，低于 ${pct(q.uniqueFirst, 1)}`);
  if (u.total - u.first > q.uniqueNotFirstAtMost) out.push(`唯一短语有 ${u.total - u.first} 个未排第一，多于 ${q.uniqueNotFirstAtMost} 个`);
  if (u.top3 < u.total) out.push(`唯一短语有 ${u.total - u.top3} 个未进前三`);
  if (score.term.top3 < score.term.total) out.push(`术语有 ${score.term.total - score.term.top3} 个的定义未进前三`);
  if (everyday.first < everyday.total * q.everydayFirst) out.push(`日常说法排第一 ${pct(everyday.first, everyday.total)}，低于 ${pct(q.everydayFirst, 1)}`);
  if (everyday.top3 < everyday.total * q.everydayTop3) out.push(`日常说法进前三 ${pct(everyday.top3, everyday.total)}，低于 ${pct(q.everydayTop3, 1)}`);
  if (everyday.none > 0) out.push(`日常说法有 ${everyday.none} 个没有结果`);
  return out;
}
