/**
 * 条旨 everywhere an article is named, in the built handbook in a real Chromium: the page title and
 * heading, the sidebar and the phone's menu, the home page's contents, the chapter pages and the
 * whole text, the search results, and every in-page citation of a provision; each time set apart
 * as the editors' (class "caption"), the same words as policy/editorial/captions.yaml.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openSearchDialog, searchInDialog } from '../../scripts/bench/site/search-dialog.ts';
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { useSite } from './support.ts';

// Every page a test opens is checked after it: no request left 127.0.0.1, no script failed.
const handbook = useSite();
let model: PolicyModel;

beforeAll(async () => {
  model = await loadPolicyModel();
});

const caption = (eId: string) => model.editorial.captions![eId]!;
const articles = () => model.chapters.flatMap((c) => c.articles);

const open = (pathInSite: string, viewport = { width: 1280, height: 900 }): Promise<Page> => handbook.open(pathInSite, { viewport });

describe('an article’s page', () => {
  it('titles every article with its caption, in the heading and the window title, the caption set apart', async () => {
    const page = await open('articles/art_1/');
    const problems: string[] = [];
    for (const article of articles()) {
      await page.goto(handbook.url(`articles/${article.eId}/`), { waitUntil: 'load' });
      const { h1, captionEl, title, note } = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent?.trim(),
        captionEl: document.querySelector('h1 .caption')?.textContent?.trim(),
        title: document.title,
        note: document.querySelector('.caption-note')?.textContent ?? '',
      }));
      const expected = `${article.label}\u3000${caption(article.eId)}`;
      if (h1 !== expected || captionEl !== caption(article.eId) || !title.startsWith(expected) || !note.includes('编者')) {
        problems.push(`${article.label}：${h1} / ${captionEl} / ${title} / ${note}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('names the previous and next articles with their captions, once', async () => {
    const page = await open('articles/art_17/');
    const links = await page.$$eval('a[rel="prev"], a[rel="next"]', (as) => as.map((a) => a.querySelector('.link-title')?.textContent?.trim()));
    expect(links).toEqual([`第十六条\u3000${caption('art_16')}`, `第十八条\u3000${caption('art_18')}`]);
  });

  it('gives each in-page citation of a provision its article’s caption (引用本条的条款 on 第三十二条)', async () => {
    const page = await open('articles/art_32/');
    const cited = await page.$$eval('#referenced-by + ul a', (as) => as.map((a) => ({ text: a.textContent, caption: a.querySelector('.caption')?.textContent?.trim() })));
    expect(cited.length).toBeGreaterThan(3);
    expect(cited.find((c) => c.text?.startsWith('第八条第（六）项'))?.caption).toBe(caption('art_8'));
    expect(cited.every((c) => c.caption)).toBe(true);
  });
});

describe('the navigation', () => {
  it('lists the open chapter’s articles with their captions in the sidebar', async () => {
    const page = await open('articles/art_8/');
    const labels = await page.$$eval('#starlight__sidebar a[href*="/articles/"]', (as) => as.map((a) => a.textContent?.trim()));
    expect(labels).toEqual(model.chapters[2]!.articles.map((a) => `${a.label}\u3000${caption(a.eId)}`));
  });

  it('shows the same captions in the phone’s menu', async () => {
    const page = await open('articles/art_8/', { width: 390, height: 844 });
    await page.click('starlight-menu-button button');
    await page.waitForSelector('#starlight__sidebar a[href$="/articles/art_8/"]', { visible: true });
    const visible = await page.$$eval('#starlight__sidebar a[href*="/articles/"]', (as) =>
      as.map((a) => ({ text: a.textContent?.trim(), shown: a.getBoundingClientRect().width > 0 && a.getBoundingClientRect().right <= 390 })),
    );
    expect(visible.map((v) => v.text)).toContain(`第八条\u3000${caption('art_8')}`);
    expect(visible.every((v) => v.shown)).toBe(true);
  });

  it('opens the home page with what this is, the guides and the contents with every caption, the metadata closed', async () => {
    const page = await open('');
    const home = await page.evaluate(() => {
      const headings = [...document.querySelectorAll('main h2')].map((h) => h.id);
      const contents = [...document.querySelectorAll('.contents ol a')].map((a) => a.textContent?.trim());
      const meta = document.querySelector<HTMLDetailsElement>('details#metadata');
      const lead = document.querySelector('.lead')?.getBoundingClientRect().top ?? 9999;
      const guides = document.querySelector('#guides')?.getBoundingClientRect().top ?? 9999;
      return { headings, contents, metaOpen: meta?.open, lead, guides, text: document.querySelector('main')?.textContent ?? '' };
    });
    expect(home.headings.slice(0, 2)).toEqual(['guides', 'contents']);
    expect(home.contents).toEqual(articles().map((a) => `${a.label}\u3000${caption(a.eId)}`));
    expect(home.metaOpen).toBe(false);
    // The guides start within the first screen of a desktop; no command on the page.
    expect(home.guides).toBeLessThan(900);
    expect(home.text).not.toContain('npm run');
  });
});

describe('the chapter pages and the whole text', () => {
  it('head each article with its caption', async () => {
    const chapter = await open('chapters/chp_4/');
    const headings = await chapter.$$eval('h2[id^="art_"] > a:not(.permalink)', (as) => as.map((a) => a.textContent?.trim()));
    expect(headings).toEqual(model.chapters[3]!.articles.map((a) => `${a.label}\u3000${caption(a.eId)}`));
    const full = await open('full-text/');
    const all = await full.$$eval('.booklet h3', (hs) => hs.map((h) => h.textContent?.trim()));
    expect(all).toEqual(articles().map((a) => `${a.label}\u3000${caption(a.eId)}`));
  });
});

describe('the search results', () => {
  it('title each result with its article’s caption', async () => {
    const page = await open('articles/art_1/');
    await openSearchDialog(page);
    const hits = await searchInDialog(page, '开枪');
    expect(hits[0]?.title).toBe(`第二十四条\u3000${caption('art_24')}`);
    const second = await searchInDialog(page, '近亲属');
    expect(second.filter((h) => h.href.includes('/articles/')).length).toBeGreaterThan(0);
    expect(second.every((h) => !h.href.includes('/articles/') || /^第.+条\u3000.+/.test(h.title))).toBe(true);
  });

  it('show the provision found, from the start of its clause, with the whole word marked and no stray label', async () => {
    const page = await open('articles/art_1/');
    await openSearchDialog(page);
    await searchInDialog(page, '近亲属');
    const excerpts = await page.$$eval('#starlight__search .pagefind-ui__result-excerpt', (ps) => ps.map((p) => ({ html: p.innerHTML, text: p.textContent ?? '' })));
    expect(excerpts.length).toBeGreaterThan(2);
    expect(excerpts.every((e) => !/^(……)?[；、，。]/.test(e.text))).toBe(true);
    expect(excerpts.every((e) => !/条文\./.test(e.text))).toBe(true);
    expect(excerpts.some((e) => e.html.includes('<mark>近亲属</mark>'))).toBe(true);
    expect(excerpts.every((e) => !e.html.includes('<mark>近亲</mark>'))).toBe(true);
  });
});
