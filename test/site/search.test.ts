import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/browser/launch.ts';
import { loadPolicyModel } from '../../scripts/lib/policy/index.ts';
import { openSearchDialog, searchAllInDialog, searchInDialog } from '../../scripts/lib/site/search-dialog.ts';
import { describeOutcome, formatScore, scoreOutcomes, type SearchOutcome } from '../../scripts/lib/site/search-eval.ts';
import { buildQuerySet, invalidHandPicks, type SearchQuery } from '../../scripts/lib/site/search-queries.ts';
import { guardedPage, serveSite, type GuardedPage, type ServedSite } from './support.ts';

let site: ServedSite;
let chromium: LaunchedBrowser;
let queries: SearchQuery[];
let guarded: GuardedPage;
let outcomes: SearchOutcome[];

beforeAll(async () => {
  site = await serveSite();
  chromium = await launchBrowser();
  queries = buildQuerySet(await loadPolicyModel());
  guarded = await guardedPage(chromium.browser, site.server.origin);
  await guarded.page.goto(site.url('articles/art_1/'), { waitUntil: 'networkidle0' });
  await openSearchDialog(guarded.page);
  // Every query of the set, typed into the search dialog a reader uses.
  outcomes = await searchAllInDialog(guarded.page, queries);
}, 600_000);

afterAll(async () => {
  await chromium?.close();
  await site?.server.close();
});

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
