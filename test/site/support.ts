/**
 * Shared by the handbook's browser tests: the built site (dist/site) as the integration
 * project's global setup serves it (test/support/global-browser.ts), a browser context of the
 * test file's own in the shared Chromium, and pages that record every request leaving the
 * site's origin and every error their scripts throw.
 *
 * Each page a test opens is checked after the test (nothing left 127.0.0.1, no script failed)
 * and closed: every test stands on its own.
 */
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { withoutServiceWorker } from '../../scripts/bench/site/no-service-worker.ts';
import type { SharedSite } from '../support/global-browser.ts';
import { useBrowserContext } from '../support/browser.ts';

/** How long a page may take to load, or a selector or function to turn up. */
const PAGE_TIMEOUT = 90_000;

export interface GuardedPage {
  page: Page;
  /** Requests that went to another origin. */
  offsite: string[];
  /** Errors the page's scripts threw. */
  errors: string[];
  /** Responses from the site's origin, with the bytes each declared (content-length). */
  served: { url: string; status: number; bytes: number }[];
}

/**
 * A new page that records every request it (or its Pagefind worker: Chromium reports
 * a dedicated worker's fetches on the page) makes outside the site's origin; data: and
 * blob: URLs stay inside the page. Observed, not intercepted: pausing a worker's
 * requests with Puppeteer's interception stalls Pagefind's fetches.
 *
 * The handbook's service worker is kept out unless asked for: once registered, it fetches the
 * whole handbook in the background and serves every later page from its cache, and what a test
 * measures of the network (bytes a page loads, fragments a search fetches) would be the cache's.
 */
export async function guardedPage(context: BrowserContext, origin: string, options: { serviceWorker?: boolean } = {}): Promise<GuardedPage> {
  const page = await context.newPage();
  // Waits that catch a hang, not slowness: on a 2-core machine under other work, Puppeteer's 30 s
  // default was once not enough for a page's HTML.
  page.setDefaultTimeout(PAGE_TIMEOUT);
  if (!options.serviceWorker) await withoutServiceWorker(page);
  const guarded: GuardedPage = { page, offsite: [], errors: [], served: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!(url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))) guarded.offsite.push(url);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith(`${origin}/`)) guarded.served.push({ url, status: response.status(), bytes: Number(response.headers()['content-length'] ?? 0) });
  });
  page.on('pageerror', (error) => guarded.errors.push(String(error)));
  return guarded;
}

/** Fails when a page sent a request off the site or a script of it threw, then closes it. */
async function checkAndClose(guarded: GuardedPage, label: string): Promise<void> {
  try {
    expect(guarded.offsite, `${label}：请求离开了 127.0.0.1`).toEqual([]);
    expect(guarded.errors, `${label}：页面脚本出错`).toEqual([]);
    // The guard was watching: it saw the page's own requests to the site.
    expect(guarded.served.length, `${label}：没有看到页面向手册发出的请求`).toBeGreaterThan(0);
  } finally {
    await guarded.page.close().catch(() => undefined);
  }
}

interface OpenOptions {
  viewport?: { width: number; height: number; deviceScaleFactor?: number; isMobile?: boolean; hasTouch?: boolean };
  /** prefers-color-scheme: dark. */
  dark?: boolean;
}

export interface SiteSession {
  /** The served handbook. */
  site: SharedSite;
  /** A page of the site by its path inside the handbook ("articles/art_8/"). */
  url(pathInSite?: string): string;
  /** A guarded page of this file's context, not yet navigated (checked and closed after the test). */
  newPage(options?: OpenOptions): Promise<GuardedPage>;
  /** A guarded page at a path of the site, loaded. */
  open(pathInSite: string, options?: OpenOptions): Promise<Page>;
  /**
   * A guarded page at a path of the site, loaded, and checked and closed when the test that
   * opened it ends (its context's onTestFinished): for concurrent tests, whose pages the
   * file's after-each check would close while they still use them.
   */
  openFor(onTestFinished: (hook: () => Promise<void>) => void, pathInSite: string): Promise<Page>;
  /** The file's browser context. */
  context(): BrowserContext;
}

/**
 * Registers the hooks of a site test file: the served site (failing every test, in Chinese, when
 * there is no build), a browser context of the file's own, and the check of every page opened:
 * after each test for the pages it opened, after the file for those opened in a beforeAll.
 */
export function useSite(): SiteSession {
  const context = useBrowserContext();
  let site: SharedSite | undefined;
  let inTest = false;
  const ofTest: GuardedPage[] = [];
  const ofFile: GuardedPage[] = [];
  beforeAll(() => {
    const provided = inject('site');
    if (!provided.ok) throw new Error(provided.error);
    site = provided;
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    const pages = ofTest.splice(0);
    for (const [i, guarded] of pages.entries()) await checkAndClose(guarded, `本测试打开的第 ${i + 1} 个页面`);
  });
  afterAll(async () => {
    const pages = ofFile.splice(0);
    for (const [i, guarded] of pages.entries()) await checkAndClose(guarded, `beforeAll 打开的第 ${i + 1} 个页面`);
  });
  const served = () => {
    if (!site) throw new Error('手册尚未就绪（只能在测试和 beforeAll 之后使用）');
    return site;
  };
  const session: SiteSession = {
    get site() {
      return served();
    },
    url: (p = '') => `${served().url}${p}`,
    async newPage(options = {}) {
      const guarded = await guardedPage(context(), served().origin);
      (inTest ? ofTest : ofFile).push(guarded);
      if (options.viewport) await guarded.page.setViewport(options.viewport);
      if (options.dark) await guarded.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      return guarded;
    },
    async open(pathInSite, options = {}) {
      const { page } = await session.newPage(options);
      await page.goto(session.url(pathInSite), { waitUntil: 'load' });
      return page;
    },
    async openFor(onTestFinished, pathInSite) {
      const guarded = await guardedPage(context(), served().origin);
      onTestFinished(() => checkAndClose(guarded, `/${pathInSite}`));
      await guarded.page.goto(session.url(pathInSite), { waitUntil: 'load' });
      return guarded.page;
    },
    context,
  };
  return session;
}
