import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/browser/launch.ts';
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { openSearchDialog, searchAllInDialog, searchInDialog } from '../../scripts/bench/site/search-dialog.ts';
import { articleOfUrl, scoreOutcomes, type SearchOutcome, type SearchScore } from '../../scripts/bench/site/search-eval.ts';
import { articlesContaining, articleTexts, buildQuerySet, HAND_PICKED, type SearchQuery } from '../../scripts/bench/site/search-queries.ts';
import { EVERYDAY_QUERIES } from '../../scripts/bench/site/everyday-queries.ts';
import { guardedPage, serveSite, type GuardedPage, type ServedSite } from './support.ts';

let site: ServedSite;
let chromium: LaunchedBrowser;
let queries: SearchQuery[];
let guarded: GuardedPage;
let outcomes: SearchOutcome[];
let everyday: SearchOutcome[];

beforeAll(async () => {
  site = await serveSite();
  chromium = await launchBrowser();
  queries = buildQuerySet(await loadPolicyModel());
  guarded = await guardedPage(chromium.browser, site.server.origin);
  await guarded.page.goto(site.url('articles/art_1/'), { waitUntil: 'networkidle0' });
  await openSearchDialog(guarded.page);
  // Every query of the set, typed into the search dialog a reader uses.
  outcomes = await searchAllInDialog(guarded.page, queries);
  // And every everyday query, in officers' words.
  everyday = await searchAllInDialog(
    guarded.page,
    EVERYDAY_QUERIES.map((q) => ({ query: q.query, expected: q.expected, kind: 'unique', origin: 'hand-picked' })),
  );
}, 900_000);

afterAll(async () => {
  await chromium?.close();
  await site?.server.close();
});

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
  it('holds against the model: each hand-picked phrase is in its article (and only there, unless it is a term)', async () => {
    expect(invalidHandPicks(await loadPolicyModel())).toEqual([]);
    expect(queries.filter((q) => q.kind === 'unique').length).toBeGreaterThanOrEqual(90);
    expect(queries.filter((q) => q.kind === 'term').length).toBeGreaterThanOrEqual(4);
  });
});

describe('searching the handbook in the search dialog (Pagefind over the real build)', () => {
  it('puts the article first for at least 9 in 10 phrases that occur in one article only', () => {
    const score = scoreOutcomes(outcomes);
    const notFirst = outcomes.filter((o) => o.query.kind === 'unique' && o.rank !== 1).map(describeOutcome);
    expect(score.unique.first / score.unique.total, `${formatScore(score)}\n${notFirst.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    // The Measures' own phrases: all but one first, as before the everyday words were added.
    expect(score.unique.first, `${formatScore(score)}\n${notFirst.join('\n')}`).toBeGreaterThanOrEqual(score.unique.total - 1);
  });

  it('always puts that article among the top three', () => {
    const misses = outcomes.filter((o) => o.query.kind === 'unique' && !(o.rank >= 1 && o.rank <= 3));
    expect(misses.map(describeOutcome)).toEqual([]);
  });

  it('puts the definition of every defined term (and of its full name) among the top three', () => {
    const misses = outcomes.filter((o) => o.query.kind === 'term' && !(o.rank >= 1 && o.rank <= 3));
    expect(misses.map(describeOutcome)).toEqual([]);
  });

  it('finds 第二十四条 first for 警械 and 第三十二条 first for 近亲属', () => {
    const rank = (q: string) => outcomes.find((o) => o.query.query === q)?.rank;
    expect(rank('警械')).toBe(1);
    expect(rank('近亲属')).toBe(1);
  });

  it('never sent a search request outside 127.0.0.1', () => {
    expect(guarded.offsite).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(site.server.requests.some((r) => r.path.includes('/pagefind/fragment/'))).toBe(true);
  });
});

describe('searching in officers’ words (the everyday development set)', () => {
  it('has at least 80 queries, each expecting an article of the Measures', async () => {
    const articles = new Set((await loadPolicyModel()).chapters.flatMap((c) => c.articles.map((a) => a.eId)));
    expect(EVERYDAY_QUERIES.length).toBeGreaterThanOrEqual(80);
    expect(EVERYDAY_QUERIES.filter((q) => !articles.has(q.expected))).toEqual([]);
    expect(new Set(EVERYDAY_QUERIES.map((q) => q.query)).size).toBe(EVERYDAY_QUERIES.length);
  });

  it('puts the article first for at least 3 in 4 and among the top three for at least 9 in 10', () => {
    const first = everyday.filter((o) => o.rank === 1).length;
    const top3 = everyday.filter((o) => o.rank >= 1 && o.rank <= 3).length;
    const misses = everyday.filter((o) => o.rank !== 1).map(describeOutcome).join('\n');
    expect(first / everyday.length, `排第一 ${first}/${everyday.length}\n${misses}`).toBeGreaterThanOrEqual(0.75);
    expect(top3 / everyday.length, `前三 ${top3}/${everyday.length}\n${misses}`).toBeGreaterThanOrEqual(0.9);
  });

  it('finds something for every everyday query (a question, a colloquial word), and lands on its article', () => {
    expect(everyday.filter((o) => o.hits.length === 0).map((o) => o.query.query)).toEqual([]);
    const landing = everyday.filter((o) => o.rank === 1).map((o) => o.hits[0]!.href);
    expect(landing.every((href) => href.startsWith(`${site.info.base}articles/`) && href.includes('#'))).toBe(true);
  });
});

describe('a search result', () => {
  it('lands on the article anchor: 警械 → 第二十四条', async () => {
    const { page } = guarded;
    const hits = await searchInDialog(page, '警械');
    expect(hits[0]?.href).toBe(`${site.info.base}articles/art_24/#art_24`);
    await Promise.all([page.waitForNavigation(), page.click('#starlight__search .pagefind-ui__result-link')]);
    expect(page.url()).toBe(site.url('articles/art_24/#art_24'));
    expect(await page.$eval('#art_24', (h) => h.matches(':target'))).toBe(true);
  });
});
