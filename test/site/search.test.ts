/**
 * Searching the built handbook (Pagefind over the real build, with the handbook's search in front):
 * every query of the query set and of the everyday set, run through the site's own pagefind.js
 * search() in the page with the dialog's settings — the same module and ranking the search dialog
 * uses, and the same results, as the sample typed into the dialog below shows — scored against
 * SEARCH_QUALITY (scripts/bench/site/search-quality.ts; npm run bench:site reports the figures).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { TUNED_RANKING } from '../../scripts/lib/site/search-tuning.ts';
import { openSearchDialog, searchInDialog } from '../../scripts/bench/site/search-dialog.ts';
import { articleOfUrl, scoreOutcomes, searchWithApi, type SearchOutcome, type SearchScore } from '../../scripts/bench/site/search-eval.ts';
import { articlesContaining, articleTexts, buildQuerySet, HAND_PICKED, type SearchQuery } from '../../scripts/bench/site/search-queries.ts';
import { EVERYDAY_QUERIES } from '../../scripts/bench/site/everyday-queries.ts';
import { FIELD_QUERIES, FIELD_QUERIES_LATER } from '../../scripts/bench/site/field-queries.ts';
import { everydayScore, FIELD_TARGETS, landedClause, qualityShortfalls, SEARCH_QUALITY } from '../../scripts/bench/site/search-quality.ts';
import { useSite, type GuardedPage } from './support.ts';

const handbook = useSite();
let model: PolicyModel;
let queries: SearchQuery[];
let everydayQueries: SearchQuery[];
let guarded: GuardedPage;
let outcomes: SearchOutcome[];
let everyday: SearchOutcome[];
let field: SearchOutcome[];

/** What the search dialog is set to (site/astro.config.mjs): the handbook's module, the tuned ranking. */
const DIALOG_SETTINGS = { module: 'pagefind.js', ranking: TUNED_RANKING };

beforeAll(async () => {
  model = await loadPolicyModel();
  queries = buildQuerySet(model);
  everydayQueries = EVERYDAY_QUERIES.map((q) => ({ query: q.query, expected: q.expected, kind: 'unique', origin: 'hand-picked' }));
  guarded = await handbook.newPage();
  await guarded.page.goto(handbook.url('articles/art_1/'), { waitUntil: 'load' });
  // Every query of the set, and every everyday query in officers' words, in one evaluate each.
  outcomes = await searchWithApi(guarded.page, handbook.site.info.base, queries, DIALOG_SETTINGS);
  everyday = await searchWithApi(guarded.page, handbook.site.info.base, everydayQueries, DIALOG_SETTINGS);
  field = await searchWithApi(guarded.page, handbook.site.info.base, fieldQueries(), DIALOG_SETTINGS);
});

/** The field set (scripts/bench/site/field-queries.ts) as queries, with the clause each should land on. */
function fieldQueries(): SearchQuery[] {
  return FIELD_QUERIES.map((q) => ({ query: q.query, expected: q.expected, kind: 'unique', origin: 'hand-picked', clause: q.clause }));
}

/** Hand picks that do not hold against the model: the query set must stay true to the text. */
function invalidHandPicks(model: PolicyModel): string[] {
  const texts = articleTexts(model);
  const termNames = new Set(model.terms.flatMap((t) => [t.term, t.fullName ?? '']));
  return HAND_PICKED.filter((p) => {
    const where = articlesContaining(p.query, texts);
    return termNames.has(p.query) ? !where.includes(p.expected) : where.length !== 1 || where[0] !== p.expected;
  }).map((p) => `${p.query} → ${p.expected}（出现在 ${articlesContaining(p.query, texts).join('、') || '无'}）`);
}

function formatScore(score: SearchScore): string {
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
  return [
    `唯一短语 ${score.unique.total} 个：排第一 ${score.unique.first}（${pct(score.unique.first, score.unique.total)}），前三 ${score.unique.top3}（${pct(score.unique.top3, score.unique.total)}）`,
    `术语 ${score.term.total} 个：定义条款在前三 ${score.term.top3}（${pct(score.term.top3, score.term.total)}）`,
  ].join('\n');
}

function describeOutcome(o: SearchOutcome): string {
  const got = o.hits.slice(0, 3).map((h) => articleOfUrl(h.url) ?? h.url).join('、') || '无结果';
  return `“${o.query.query}”应为 ${o.query.expected}，名次 ${o.rank || '未进前五'}（前三：${got}）`;
}

describe('the query set', () => {
  it('holds against the model: each hand-picked phrase is in its article (and only there, unless it is a term)', () => {
    expect(invalidHandPicks(model)).toEqual([]);
    expect(queries.filter((q) => q.kind === 'unique').length).toBeGreaterThanOrEqual(90);
    expect(queries.filter((q) => q.kind === 'term').length).toBeGreaterThanOrEqual(4);
  });
});

describe('searching the handbook (Pagefind over the real build, the dialog’s module and settings)', () => {
  it('puts the article first for at least 9 in 10 phrases that occur in one article only', () => {
    const score = scoreOutcomes(outcomes);
    const notFirst = outcomes.filter((o) => o.query.kind === 'unique' && o.rank !== 1).map(describeOutcome);
    expect(score.unique.total).toBeGreaterThanOrEqual(90);
    expect(score.unique.first / score.unique.total, `${formatScore(score)}\n${notFirst.join('\n')}`).toBeGreaterThanOrEqual(SEARCH_QUALITY.uniqueFirst);
    // The Measures' own phrases: all but one first, as before the everyday words were added.
    expect(score.unique.total - score.unique.first, `${formatScore(score)}\n${notFirst.join('\n')}`).toBeLessThanOrEqual(SEARCH_QUALITY.uniqueNotFirstAtMost);
  });

  it('always puts that article among the top three', () => {
    const unique = outcomes.filter((o) => o.query.kind === 'unique');
    expect(unique.length).toBeGreaterThanOrEqual(90);
    expect(unique.filter((o) => !(o.rank >= 1 && o.rank <= 3)).map(describeOutcome)).toEqual([]);
  });

  it('puts the definition of every defined term (and of its full name) among the top three', () => {
    const terms = outcomes.filter((o) => o.query.kind === 'term');
    expect(terms.length).toBeGreaterThanOrEqual(4);
    expect(terms.filter((o) => !(o.rank >= 1 && o.rank <= 3)).map(describeOutcome)).toEqual([]);
  });

  it('finds 第二十四条 first for 警械 and 第三十二条 first for 近亲属', () => {
    const rank = (q: string) => outcomes.find((o) => o.query.query === q)?.rank;
    expect(rank('警械')).toBe(1);
    expect(rank('近亲属')).toBe(1);
  });

  it('fetched the results from this server only (the page is checked for requests elsewhere after the file)', () => {
    expect(guarded.served.some((r) => r.url.includes('/pagefind/fragment/'))).toBe(true);
    expect(guarded.offsite).toEqual([]);
    expect(guarded.errors).toEqual([]);
  });

  it('meets every threshold bench:site reports against', () => {
    expect(qualityShortfalls(scoreOutcomes(outcomes), everydayScore(everyday))).toEqual([]);
  });
});

describe('searching in officers’ words (the everyday development set)', () => {
  it('has at least 80 queries, each expecting an article of the Measures', () => {
    const articles = new Set(model.chapters.flatMap((c) => c.articles.map((a) => a.eId)));
    expect(EVERYDAY_QUERIES.length).toBeGreaterThanOrEqual(80);
    expect(EVERYDAY_QUERIES.filter((q) => !articles.has(q.expected))).toEqual([]);
    expect(new Set(EVERYDAY_QUERIES.map((q) => q.query)).size).toBe(EVERYDAY_QUERIES.length);
  });

  it('puts the article first for at least 3 in 4 and among the top three for at least 9 in 10', () => {
    const first = everyday.filter((o) => o.rank === 1).length;
    const top3 = everyday.filter((o) => o.rank >= 1 && o.rank <= 3).length;
    const misses = everyday.filter((o) => o.rank !== 1).map(describeOutcome).join('\n');
    expect(everyday.length).toBe(EVERYDAY_QUERIES.length);
    expect(first / everyday.length, `排第一 ${first}/${everyday.length}\n${misses}`).toBeGreaterThanOrEqual(SEARCH_QUALITY.everydayFirst);
    expect(top3 / everyday.length, `前三 ${top3}/${everyday.length}\n${misses}`).toBeGreaterThanOrEqual(SEARCH_QUALITY.everydayTop3);
  });

  it('finds something for every everyday query (a question, a colloquial word), and lands on its article', () => {
    expect(everyday.filter((o) => o.hits.length === 0).map((o) => o.query.query)).toEqual([]);
    const landing = everyday.filter((o) => o.rank === 1).map((o) => o.hits[0]!.href);
    expect(landing.length).toBeGreaterThan(0);
    expect(landing.filter((href) => !(href.startsWith(`${handbook.site.info.base}articles/`) && href.includes('#')))).toEqual([]);
  });
});

describe('searching in the words of officers in the field (the field set, measured and not tuned on)', () => {
  it('names, for each query, an article and a clause of it that exist', () => {
    const clauses = new Set(model.chapters.flatMap((c) => c.articles.flatMap((a) => a.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)]))));
    const both = [...FIELD_QUERIES, ...FIELD_QUERIES_LATER];
    expect(both.filter((q) => !clauses.has(q.clause) || !q.clause.startsWith(`${q.expected}__`))).toEqual([]);
    expect(both.filter((q) => EVERYDAY_QUERIES.some((d) => d.query === q.query))).toEqual([]);
    expect(new Set(both.map((q) => q.query)).size).toBe(both.length);
  });

  it(`puts the article first for ${FIELD_TARGETS.first * 100}% and among the top three for ${FIELD_TARGETS.top3 * 100}%`, () => {
    const score = everydayScore(field);
    const misses = field.filter((o) => o.rank !== 1).map(describeOutcome).join('\n');
    expect(score.first / score.total, `排第一 ${score.first}/${score.total}\n${misses}`).toBeGreaterThanOrEqual(FIELD_TARGETS.first);
    expect(score.top3 / score.total, `前三 ${score.top3}/${score.total}\n${misses}`).toBeGreaterThanOrEqual(FIELD_TARGETS.top3);
  });

  it('lands the first result on the very clause that answers for at least 4 in 5', () => {
    const score = everydayScore(field);
    const off = field.filter((o) => !o.hits[0] || landedClause(o.hits[0].href) !== o.query.clause).map((o) => `${o.query.query} → ${o.query.clause}：${o.hits[0]?.href ?? '无结果'}`);
    expect(score.clauseFirst / score.clauses, `落在应有的款项 ${score.clauseFirst}/${score.clauses}\n${off.join('\n')}`).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the search dialog a reader types into', () => {
  /** Opens a page of the handbook with the dialog open. */
  async function dialog(): Promise<Page> {
    const page = await handbook.open('articles/art_1/');
    await openSearchDialog(page);
    return page;
  }

  it('shows, for a sample of both sets typed in one by one, the results search() gave above, in the same order', async () => {
    const page = await dialog();
    // Every 50th query of the set and every 25th everyday query: phrases, terms, questions.
    const sample = [...outcomes.filter((_, i) => i % 50 === 0), ...everyday.filter((_, i) => i % 25 === 0)];
    expect(sample.length).toBeGreaterThanOrEqual(8);
    const differ: string[] = [];
    for (const expected of sample) {
      const shown = await searchInDialog(page, expected.query.query);
      const hrefs = (hits: { href: string }[]) => hits.map((h) => h.href).join(' ');
      if (hrefs(shown) !== hrefs(expected.hits)) differ.push(`“${expected.query.query}”：对话框 ${hrefs(shown)}；search() ${hrefs(expected.hits)}`);
    }
    expect(differ).toEqual([]);
  });

  it('lands on the article anchor: 警械 → 第二十四条', async () => {
    const page = await dialog();
    const hits = await searchInDialog(page, '警械');
    expect(hits[0]?.href).toBe(`${handbook.site.info.base}articles/art_24/#art_24`);
    await Promise.all([page.waitForNavigation(), page.click('#starlight__search .pagefind-ui__result-link')]);
    expect(page.url()).toBe(handbook.url('articles/art_24/#art_24'));
    expect(await page.$eval('#art_24', (h) => h.matches(':target'))).toBe(true);
  });
});
