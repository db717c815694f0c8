/**
 * The handbook on a 390 px phone (and a desktop's edge cases), in a real Chromium: every page fits
 * the screen, wide tables and code scrolling in their own box; the header's search and menu stay
 * on screen; a term's pop-up stays inside the viewport, above the term when there is no room
 * below; and a tap shows the definition before following the link. On the case workbench, the
 * offline copy's progress never covers the bar of check results at the foot of the screen, and a
 * jump to a field or a section leaves its heading below the fixed header.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { htmlFiles } from '../../scripts/lib/site/link-check.ts';
import { guardedPage, useSite } from './support.ts';
import { openWorkbench } from './workbench-page.ts';

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

/** Where an element is on the screen (its first match), rounded to the pixel; undefined when there is none. */
function boxOf(page: Page, selector: string) {
  return page.$eval(selector, (el) => {
    const box = el.getBoundingClientRect();
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), left: Math.round(box.left), right: Math.round(box.right) };
  });
}

type Box = Awaited<ReturnType<typeof boxOf>>;
const intersect = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the case workbench on a 390 px phone', () => {
  it('shows the offline copy’s progress above the bar of check results, never over it, on a first visit', async () => {
    // A context of its own: a first visit, the handbook's service worker allowed to register.
    const context = await handbook.context().browser().createBrowserContext();
    try {
      const guarded = await guardedPage(context, handbook.site.origin, { serviceWorker: true });
      const { page } = guarded;
      await page.setViewport(PHONE);
      // The copy held after its first few files, so that its progress stays on the screen while measured.
      const held: (() => void)[] = [];
      let copied = 0;
      let holding = true;
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const isCopyFile = 'x-wq-offline-copy' in request.headers() && !request.url().endsWith('/offline.json');
        if (isCopyFile && ++copied > 3 && holding) held.push(() => void request.continue());
        else void request.continue();
      });
      await openWorkbench(page, handbook.url('workbench/'));
      await page.waitForFunction(() => /^正在保存离线副本：\d+%/.test(document.querySelector('.offline-progress')?.textContent ?? ''), { polling: 'mutation' });
      // In the middle of the form, where the bar stands at the foot of the screen.
      await page.evaluate(() => window.scrollTo(0, document.getElementById('wb-form')!.getBoundingClientRect().top + window.scrollY + 400));
      const [bar, progress] = [await boxOf(page, '#wb-status-bar'), await boxOf(page, '.offline-progress')];
      const onScreen = (b: Box) => b.bottom > b.top && b.top >= 0 && b.bottom <= PHONE.height;
      expect(onScreen(bar) && onScreen(progress), `检查结果栏 ${JSON.stringify(bar)}，离线进度 ${JSON.stringify(progress)}`).toBe(true);
      expect(intersect(bar, progress), `检查结果栏 ${JSON.stringify(bar)} 被离线进度 ${JSON.stringify(progress)} 遮住`).toBe(false);
      // What a tap on the error count reaches is the bar itself.
      const tapped = await page.$eval('#wb-status-bar .wb-status', (a) => {
        const box = a.getBoundingClientRect();
        return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('#wb-status-bar') !== null;
      });
      expect(tapped).toBe(true);
      holding = false;
      for (const go of held.splice(0)) go();
      await page.waitForFunction(() => document.documentElement.dataset['offline'] === 'ready', { polling: 'mutation' });
      expect(guarded.offsite).toEqual([]);
      expect(guarded.errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('keeps a section’s heading below the fixed header after a jump from an error to its field, and from the bar to the checklist', async () => {
    const { page } = await handbook.newPage({ viewport: PHONE });
    await openWorkbench(page, handbook.url('workbench/'));
    // A new case: an error for each part the case must have, each a link to its field.
    const targets = await page.$$eval('#wb-summary a[data-target]', (links) => links.map((a) => a.getAttribute('data-target')!));
    expect(targets.length).toBeGreaterThan(3);
    const hidden: string[] = [];
    for (const target of targets) {
      const link = `#wb-summary a[data-target="${target}"]`;
      // The link in the middle of the screen, clear of the bar at its foot, then tapped.
      await page.$eval(link, (a) => a.scrollIntoView({ block: 'center' }));
      await page.click(link);
      const shown = await page.evaluate((id) => {
        const control = document.getElementById(id)!;
        return {
          header: document.querySelector('header.header')!.getBoundingClientRect().bottom,
          bar: document.getElementById('wb-status-bar')!.getBoundingClientRect().top,
          heading: control.closest('section.wb-group')!.querySelector('h2')!.getBoundingClientRect().top,
          control: control.getBoundingClientRect().bottom,
          focused: document.activeElement === control,
        };
      }, target);
      if (shown.heading < shown.header || shown.control > shown.bar || !shown.focused) hidden.push(`${target}：${JSON.stringify(shown)}`);
    }
    expect(hidden).toEqual([]);
    await page.$eval('#wb-summary', (summary) => summary.scrollIntoView({ block: 'start' }));
    await page.click('#wb-status-bar a[href="#wb-duties-h"]');
    await page.waitForFunction(() => location.hash === '#wb-duties-h');
    const duties = await page.evaluate(() => ({ header: document.querySelector('header.header')!.getBoundingClientRect().bottom, heading: document.getElementById('wb-duties-h')!.getBoundingClientRect().top }));
    expect(duties.heading, JSON.stringify(duties)).toBeGreaterThanOrEqual(duties.header);
    expect(duties.heading, JSON.stringify(duties)).toBeLessThan(PHONE.height / 2);
  });
});
