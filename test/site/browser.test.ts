import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { handbookPath } from '../../scripts/lib/citations/index.ts';
import { openSearchDialog, searchInDialog } from '../../scripts/bench/site/search-dialog.ts';
import { seriousViolations } from './axe.ts';
import { guardedPage, useSite } from './support.ts';

// Every page a test opens is checked after it: no request left 127.0.0.1, no script failed.
const handbook = useSite();
const open = (pathInSite: string) => handbook.open(pathInSite);
const url = (pathInSite?: string) => handbook.url(pathInSite);
const base = () => handbook.site.info.base;

/** Whether the pop-up of the first term link on the page is shown. */
function tipShown(page: Page, tipId: string): Promise<boolean> {
  return page.$eval(`#${tipId}`, (tip) => {
    const box = tip.getBoundingClientRect();
    return getComputedStyle(tip).display !== 'none' && box.width > 0 && box.height > 0;
  });
}

describe('a defined term in the text', () => {
  it('shows the definition of 近亲属 on hover over 第八条第（六）项, and hides it again', async () => {
    const page = await open('articles/art_8/');
    const link = await page.$('#art_8__item_6 .term-link');
    const tipId = await link!.evaluate((a) => a.getAttribute('aria-describedby')!);
    expect(await page.$eval(`#${tipId}`, (t) => t.getAttribute('role'))).toBe('tooltip');
    expect(await tipShown(page, tipId)).toBe(false);
    await link!.hover();
    expect(await tipShown(page, tipId)).toBe(true);
    expect(await page.$eval(`#${tipId}`, (t) => t.textContent)).toContain('本办法所称近亲属是指');
    await page.mouse.move(0, 0);
    expect(await tipShown(page, tipId)).toBe(false);
  });

  it('shows the definition when the term gets keyboard focus (Tab), and Escape dismisses it', async () => {
    const page = await open('articles/art_8/');
    const tipId = await page.$eval('#art_8__para_1 .term-link', (a) => a.getAttribute('aria-describedby')!);
    // Tab from the start of the text until the term link has focus.
    await page.focus('#art_8 .permalink');
    let focused = '';
    for (let i = 0; i < 10 && focused !== tipId; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby') ?? '');
    }
    expect(focused).toBe(tipId);
    expect(await tipShown(page, tipId)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tipShown(page, tipId)).toBe(false);
  });
});

// Each test's page its own, checked when it ends: the links are followed in several pages at once
// (the permalink's clipboard needs the focused page, and stays on its own).
describe('cross-links', () => {
  it.concurrent('a term in 第八条 leads to its definition in 第三十二条, landing on the paragraph', async ({ expect, onTestFinished }) => {
    const page = await handbook.openFor(onTestFinished, 'articles/art_8/');
    await Promise.all([page.waitForNavigation(), page.click('#art_8__item_6 .term-link')]);
    expect(page.url()).toBe(url('articles/art_32/#art_32__para_1'));
    expect(await page.$eval('#art_32__para_1', (el) => el.matches(':target'))).toBe(true);
  });

  it.concurrent('a cited law in 第一条 leads to its entry on the laws page', async ({ expect, onTestFinished }) => {
    const page = await handbook.openFor(onTestFinished, 'articles/art_1/');
    await Promise.all([page.waitForNavigation(), page.click('#art_1__para_1 a.ref-law')]);
    expect(page.url()).toBe(url('laws/#people_police_law'));
    expect(await page.$eval('#people_police_law', (el) => el.textContent)).toContain('中华人民共和国人民警察法');
  });

  it.concurrent('第三十二条 lists 第八条第（六）项 as referring to it, and the link goes back there', async ({ expect, onTestFinished }) => {
    const page = await handbook.openFor(onTestFinished, 'articles/art_32/');
    const href = await page.$$eval('#referenced-by + ul a', (links) =>
      links.map((a) => a.getAttribute('href')).find((h) => h?.endsWith('#art_8__item_6')),
    );
    expect(href).toBeDefined();
    await Promise.all([page.waitForNavigation(), page.click(`#referenced-by + ul a[href="${href}"]`)]);
    expect(page.url()).toBe(url('articles/art_8/#art_8__item_6'));
  });

  it.concurrent('the next-article link of 第十七条 opens 第十八条 and the previous one 第十六条', async ({ expect, onTestFinished }) => {
    const page = await handbook.openFor(onTestFinished, 'articles/art_17/');
    const next = await page.$eval('a[rel="next"]', (a) => a.getAttribute('href'));
    const prev = await page.$eval('a[rel="prev"]', (a) => a.getAttribute('href'));
    expect(next).toBe(`${base()}articles/art_18/#art_18`);
    expect(prev).toBe(`${base()}articles/art_16/#art_16`);
    await Promise.all([page.waitForNavigation(), page.click('a[rel="next"]')]);
    // The page's title is the article with its caption, set apart as the editors'.
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe('第十八条\u3000依法履职不担责');
    expect(await page.$eval('h1 .caption', (c) => c.textContent?.trim())).toBe('依法履职不担责');
  });

  it.concurrent('a chapter page links each of its articles to the article page', async ({ expect, onTestFinished }) => {
    const page = await handbook.openFor(onTestFinished, 'chapters/chp_3/');
    await Promise.all([page.waitForNavigation(), page.click('h2#art_17 a')]);
    expect(page.url()).toBe(url('articles/art_17/#art_17'));
  });

  it.concurrent('the handbook link a validator prints (handbookPath) opens the cited item', async ({ expect, onTestFinished }) => {
    const page = await handbook.openFor(onTestFinished, handbookPath('art_17__item_3'));
    expect(await page.$eval('#art_17__item_3', (el) => el.matches(':target') && el.textContent)).toContain('跨区域');
  });

  it('a permalink copies the full address of its provision', async () => {
    const page = await open('articles/art_24/');
    await handbook.context().overridePermissions(handbook.site.origin, ['clipboard-read', 'clipboard-write']);
    await page.click('#art_24__item_2 .permalink');
    await page.waitForFunction(() => document.getElementById('handbook-status')?.textContent?.includes('已复制'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(url('articles/art_24/#art_24__item_2'));
  });
});

describe('the sidebar', () => {
  it('on 第八条’s page opens 第三章 with its ten articles, marks 第八条 as current, and lists no other chapter’s articles', async () => {
    const page = await open('articles/art_8/');
    const links = await page.$$eval('#starlight__sidebar a', (as) => as.map((a) => ({ href: a.getAttribute('href'), current: a.getAttribute('aria-current') })));
    const articles = links.filter((l) => l.href?.includes('/articles/')).map((l) => l.href);
    expect(articles).toEqual(Array.from({ length: 10 }, (_, k) => `${base()}articles/art_${k + 8}/`));
    expect(links.filter((l) => l.current === 'page')).toEqual([{ href: `${base()}articles/art_8/`, current: 'page' }]);
    expect(links.map((l) => l.href)).toContain(`${base()}chapters/chp_4/`);
  });
});

describe('the search, loaded on first use', () => {
  /** Whether Pagefind's UI is on the page: its input, or any of its styles. */
  const uiLoaded = (page: Page) =>
    page.evaluate(() => ({
      input: document.querySelector('#starlight__search input.pagefind-ui__search-input') !== null,
      styles: [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.pagefind-ui__'))),
    }));

  it('an article page loads neither Pagefind’s UI nor its styles until the pointer is over the search button', async () => {
    const { page, served } = await handbook.newPage();
    await page.goto(url('articles/art_8/'), { waitUntil: 'load' });
    const scripts = served.filter((r) => new URL(r.url).pathname.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // The UI alone is about 94 KB of script: the page's own scripts are a few KB.
    expect(scripts.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThan(20_000);
    // Once the page is idle the search listens for the pointer; it has still loaded nothing.
    await page.waitForSelector('site-search[data-search-ready]');
    expect(await uiLoaded(page)).toEqual({ input: false, styles: false });
    await page.hover('button[data-open-modal]');
    await page.waitForSelector('#starlight__search input.pagefind-ui__search-input');
    expect(await uiLoaded(page)).toEqual({ input: true, styles: true });
  });

  it('Ctrl K before any hover opens the dialog, loads the UI and puts the cursor in its labelled input', async () => {
    const page = await open('articles/art_8/');
    await page.keyboard.down('Control');
    await page.keyboard.press('k');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => document.activeElement?.matches('#starlight__search input.pagefind-ui__search-input'));
    expect(await page.$eval('site-search dialog', (d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('搜索');
  });

  it('names the search button with its visible shortcut', async () => {
    const page = await open('');
    expect(await page.$eval('button[data-open-modal]', (b) => b.getAttribute('aria-label'))).toBe('搜索 Ctrl K');
  });
});

describe('the search in officers’ words, in the dialog', () => {
  /** The handbook's aside under Pagefind's message, once it shows for this query. */
  async function aside(page: Page, query: string) {
    await page.waitForFunction(
      (q: string) => document.querySelector('.hb-search-aside')?.previousElementSibling?.textContent?.includes(`“${q}”`),
      { timeout: 15_000 },
      query,
    );
    return page.$eval('.hb-search-aside', (a) => ({
      text: a.textContent ?? '',
      guides: [...a.querySelectorAll('a')].map((l) => l.getAttribute('href')),
      tries: [...a.querySelectorAll('button.hb-try')].map((b) => b.textContent),
    }));
  }

  it('reduces a question to its words, says so, and offers the guide for the situation found', async () => {
    const page = await open('articles/art_1/');
    await openSearchDialog(page);
    const hits = await searchInDialog(page, '被人打了怎么办');
    expect(hits[0]?.href).toBe(`${base()}articles/art_8/#art_8__item_1`);
    const shown = await aside(page, '被人打了怎么办');
    expect(shown.text).toContain('按被打搜索');
    expect(shown.guides).toContain(`${base()}guides/violence/`);
  });

  it('when nothing is found, offers the nearest words and every situation guide, and a word offered searches', async () => {
    const page = await open('articles/art_1/');
    await openSearchDialog(page);
    const none = await searchInDialog(page, '冤家路窄');
    expect(none).toEqual([]);
    const shown = await aside(page, '冤家路窄');
    expect(shown.guides).toHaveLength(7);
    expect(shown.tries.length).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    const word = shown.tries[0]!;
    await page.click('button.hb-try');
    await page.waitForFunction((w: string) => document.querySelector('.pagefind-ui__message')?.textContent?.includes(`“${w}”`), {}, word);
    expect(await page.$eval('#starlight__search input', (i) => (i as HTMLInputElement).value)).toBe(word);
  });
});

describe('what implements an article', () => {
  it('each article page links to its row on the coverage page, which lists its tests (第三十二条: its rule’s tests and those titled “Art. 32”)', async () => {
    const page = await open('coverage/');
    const rows = await page.$$eval('.coverage-table tbody tr', (trs) =>
      trs.map((tr) => ({
        id: tr.id,
        href: tr.querySelector('th a')!.getAttribute('href')!,
        tests: [...tr.querySelectorAll('td:last-child code')].map((c) => c.getAttribute('title')!),
      })),
    );
    expect(rows).toHaveLength(33);
    expect(rows.find((r) => r.href.includes('/art_32/'))?.tests).toEqual(expect.arrayContaining(['test/rules/application.test.ts', 'test/policy/terms.test.ts']));
    // Each article page as served, parsed in the page: the one link for maintainers, to this row.
    const links = await page.evaluate(
      (hrefs) =>
        Promise.all(
          hrefs.map(async (href) => {
            const doc = new DOMParser().parseFromString(await (await fetch(href)).text(), 'text/html');
            return [...doc.querySelectorAll('p.maintainer a')].map((a) => new URL(a.getAttribute('href')!, location.href).hash.slice(1));
          }),
        ),
      rows.map((r) => r.href),
    );
    expect(links).toEqual(rows.map((r) => [r.id]));
    expect(rows.every((r) => /^coverage-art_\d+$/.test(r.id))).toBe(true);
  });
});

describe('printing', () => {
  it.concurrent.for([
    ['an article', 'articles/art_8/', '#art_8__item_10'],
    ['a chapter', 'chapters/chp_3/', '#art_17__item_4'],
  ] as const)('prints %s without navigation, search, permalinks or pop-ups', async ([, pathInSite, lastProvision], { expect, onTestFinished }) => {
    const page = await handbook.openFor(onTestFinished, pathInSite);
    await page.emulateMediaType('print');
    const hidden = await page.evaluate(() =>
      ['header.header', '#starlight__sidebar', 'site-search', '.permalink', '.term-tip', '.pagination-links'].map((s) => {
        const el = document.querySelector(s);
        return el ? getComputedStyle(el).display : 'none';
      }),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
    expect(await page.$eval(lastProvision, (el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await page.$eval('.print-source', (el) => getComputedStyle(el).display)).toBe('block');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});

const MAIN_PAGES = [
  '',
  'articles/art_8/',
  'articles/art_29/',
  'chapters/chp_4/',
  'full-text/',
  'guides/violence/',
  'guides/accusation/',
  'glossary/',
  'laws/',
  'forms/',
  'forms/application-register/',
  'schema/',
  'coverage/',
];

describe('accessibility (axe-core)', () => {
  it('the scan finds what it looks for on a page made to fail it (so its silence on the handbook means something)', async () => {
    const page = await handbook.open('articles/art_1/');
    await page.$eval('main', (main) => main.insertAdjacentHTML('afterbegin', '<img src="data:,"><button></button><p style="color:#777;background:#888">低对比度</p>'));
    const found = (await seriousViolations(page)).map((v) => v.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'color-contrast']));
  });

  // Several pages at once (vitest's maxConcurrency): most of a scan is waiting on Chromium.
  it.concurrent.for(MAIN_PAGES)('page /%s has no serious or critical violations', async (pathInSite, { expect, onTestFinished }) => {
    expect(await seriousViolations(await handbook.openFor(onTestFinished, pathInSite))).toEqual([]);
  });

  it('a guide and an article in dark mode, and the search dialog with results, have no serious or critical violations', async () => {
    const { page } = await handbook.newPage({ dark: true });
    await page.goto(url('guides/violence/'), { waitUntil: 'load' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(url('articles/art_29/'), { waitUntil: 'load' });
    expect(await seriousViolations(page)).toEqual([]);
    await openSearchDialog(page);
    await searchInDialog(page, '正名通知书');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('a closed network', () => {
  it('the request guard notices a request to another origin (so its silence after every other test means something)', async () => {
    // Not one of the checked pages: this one is meant to reach out.
    const { page, offsite, served } = await guardedPage(handbook.context(), handbook.site.origin);
    try {
      await page.goto(url(''), { waitUntil: 'load' });
      await page.evaluate(
        () =>
          new Promise((settled) => {
            const img = document.createElement('img');
            img.onerror = img.onload = settled;
            img.src = 'http://cdn.example.invalid/tracker.png';
            document.body.append(img);
          }),
      );
      expect(offsite).toEqual(['http://cdn.example.invalid/tracker.png']);
      // And it sees the site's own traffic, which it lets through.
      expect(served.some((r) => r.url === url('') && r.status === 200)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
