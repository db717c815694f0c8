/**
 * The handbook on a 390 px phone (and a desktop's edge cases), in a real Chromium: every page fits
 * the screen, wide tables and code scrolling in their own box; the header's search and menu stay
 * on screen; a term's pop-up stays inside the viewport, above the term when there is no room
 * below; and a tap shows the definition before following the link.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { htmlFiles } from '../../scripts/lib/site/link-check.ts';
import { useSite } from './support.ts';

const PHONE = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1280, height: 800 };

// Every page a test opens is checked after it: no request left 127.0.0.1, no script failed.
const handbook = useSite();
const open = (pathInSite: string, viewport: typeof PHONE | typeof DESKTOP = PHONE): Promise<Page> => handbook.open(pathInSite, { viewport });

/** The page's width as laid out, and what sticks out past the screen (none, for a page that fits). */
function widths(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) return false;
        // Inside a box that scrolls on its own, or hidden: not the page's width.
        for (let p: Element | null = el.parentElement; p; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (/(auto|scroll|hidden)/.test(style.overflowX) && p.getBoundingClientRect().right <= width + 1) return false;
        }
        return getComputedStyle(el).visibility !== 'hidden';
      })
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

describe('every page on a 390 px phone', () => {
  it('fits the screen: nothing widens the page, and the header’s search and menu stay on screen', async () => {
    const pages = (await htmlFiles(handbook.site.dir)).map((f) => f.replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(60);
    const problems: string[] = [];
    const { page } = await handbook.newPage({ viewport: PHONE });
    for (const pathInSite of pages) {
      await page.goto(handbook.url(pathInSite), { waitUntil: 'load' });
      const { scrollWidth, width, wide } = await widths(page);
      if (scrollWidth > PHONE.width || width !== PHONE.width) problems.push(`/${pathInSite}：页面宽 ${scrollWidth} px ${wide.join('、')}`);
      // The menu button, on every page with a sidebar (the 404 page has none).
      const controls = await page.evaluate(() =>
        ['site-search button[data-open-modal]', ...(document.querySelector('#starlight__sidebar') ? ['starlight-menu-button button'] : [])].map((s) => {
          const box = document.querySelector(s)?.getBoundingClientRect();
          return box ? box.left >= 0 && box.right <= document.documentElement.clientWidth && box.width > 0 : false;
        }),
      );
      if (controls.includes(false)) problems.push(`/${pathInSite}：页头的搜索或菜单按钮不在屏幕内`);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('scrolls the wide tables and code sideways in their own box (the coverage and schema tables, a command)', async () => {
    for (const pathInSite of ['coverage/', 'schema/']) {
      const page = await open(pathInSite);
      const boxes = await page.$$eval('.table-scroll', (all) => all.map((box) => ({ scrolls: box.scrollWidth > box.clientWidth, right: box.getBoundingClientRect().right, focusable: (box as HTMLElement).tabIndex === 0 })));
      expect(boxes.length, pathInSite).toBeGreaterThan(0);
      expect(boxes.every((b) => b.scrolls && b.focusable && b.right <= PHONE.width), pathInSite).toBe(true);
    }
    const guide = await open('guide/validate/');
    const pre = await guide.$$eval('pre', (boxes) => boxes.map((p) => ({ scrolls: p.scrollWidth > p.clientWidth, right: p.getBoundingClientRect().right })));
    expect(pre.some((p) => p.scrolls)).toBe(true);
    expect(pre.every((p) => p.right <= PHONE.width)).toBe(true);
  });

  it('lists the forms as readable cards, not a table squeezed to a character a line', async () => {
    const page = await open('forms/');
    const cards = await page.$$eval('.form-cards > li', (items) => items.map((li) => ({ width: li.getBoundingClientRect().width, lines: li.querySelector('.form-card-title')!.getBoundingClientRect().height })));
    expect(cards.length).toBeGreaterThan(5);
    expect(cards.every((c) => c.width > 300)).toBe(true);
  });
});

/** Shows each term's pop-up in turn (by keyboard focus) and returns the boxes that leave the viewport. */
function tipsOutside(page: Page) {
  return page.evaluate(async () => {
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    const out: string[] = [];
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.measure-text .term-link')];
    for (const link of links) {
      link.scrollIntoView({ block: 'center' });
      link.focus();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const tip = document.getElementById(link.getAttribute('aria-describedby')!)!;
      const box = tip.getBoundingClientRect();
      // The phone never zoomed out to fit an overflowing pop-up.
      if (window.innerHeight !== height) out.push(`${link.textContent}：视口变为 ${window.innerHeight} px 高`);
      if (box.width === 0) out.push(`${link.textContent}：没有显示`);
      else if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > height) out.push(`${link.textContent}：${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)}`);
      link.blur();
    }
    return { count: links.length, out, scrollWidth: document.documentElement.scrollWidth };
  });
}

describe('a term’s pop-up', () => {
  it.each(['articles/art_8/', 'articles/art_15/', 'articles/art_29/', 'chapters/chp_3/'])('stays inside a 390 px screen on %s, and never widens the page', async (pathInSite) => {
    const page = await open(pathInSite);
    const { count, out, scrollWidth } = await tipsOutside(page);
    expect(count).toBeGreaterThan(0);
    expect(out).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
  });

  it('opens above the term on a desktop when the term is near the bottom of the screen', async () => {
    const page = await open('chapters/chp_3/', DESKTOP);
    const link = '#art_11__para_1 .term-link';
    // Scroll so that the term sits 40 px above the bottom of the window.
    await page.$eval(link, (a) => window.scrollBy(0, a.getBoundingClientRect().bottom - window.innerHeight + 40));
    await page.hover(link);
    await page.waitForFunction((s) => document.querySelector(s)!.closest('.term')!.classList.contains('tip-above'), {}, link);
    const boxes = await page.$eval(link, (a) => {
      const tip = document.getElementById(a.getAttribute('aria-describedby')!)!.getBoundingClientRect();
      const term = a.getBoundingClientRect();
      return { tipBottom: tip.bottom, tipTop: tip.top, termTop: term.top, termBottom: term.bottom, height: window.innerHeight };
    });
    // The premise: the term is near the bottom, with no room below it for the pop-up.
    expect(boxes.height - boxes.termBottom).toBeLessThan(60);
    expect(boxes.tipBottom).toBeLessThanOrEqual(boxes.termTop);
    expect(boxes.tipTop).toBeGreaterThanOrEqual(0);
  });

  it('opens below the term when there is room, as before', async () => {
    const page = await open('articles/art_8/', DESKTOP);
    await page.$eval('#art_8__item_6 .term-link', (a) => a.scrollIntoView({ block: 'start' }));
    await page.hover('#art_8__item_6 .term-link');
    const below = await page.$eval('#art_8__item_6 .term-link', (a) => {
      const tip = document.getElementById(a.getAttribute('aria-describedby')!)!.getBoundingClientRect();
      return tip.top >= a.getBoundingClientRect().bottom && !a.closest('.term')!.classList.contains('tip-above');
    });
    expect(below).toBe(true);
  });

  it('on a phone, shows the definition on the first tap and follows the link on the second', async () => {
    const page = await open('articles/art_8/');
    const link = '#art_8__item_6 .term-link';
    await page.$eval(link, (a) => a.scrollIntoView({ block: 'center' }));
    await page.tap(link);
    expect(page.url()).toBe(handbook.url('articles/art_8/'));
    const shown = await page.$eval(link, (a) => {
      const tip = document.getElementById(a.getAttribute('aria-describedby')!)!;
      const box = tip.getBoundingClientRect();
      return { visible: getComputedStyle(tip).display !== 'none' && box.width > 0, inside: box.left >= 0 && box.right <= document.documentElement.clientWidth, text: tip.textContent };
    });
    expect(shown).toEqual({ visible: true, inside: true, text: expect.stringContaining('本办法所称近亲属是指') });
    await Promise.all([page.waitForNavigation(), page.tap(link)]);
    expect(page.url()).toBe(handbook.url('articles/art_32/#art_32__para_1'));
  });

  it('closes on a tap elsewhere', async () => {
    const page = await open('articles/art_8/');
    const link = '#art_8__item_6 .term-link';
    await page.$eval(link, (a) => a.scrollIntoView({ block: 'center' }));
    await page.tap(link);
    await page.tap('h1');
    expect(await page.$eval(link, (a) => a.closest('.term')!.classList.contains('tip-open'))).toBe(false);
  });
});
