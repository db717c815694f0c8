/**
 * Shared by the handbook's browser tests: the built site (dist/site, or a clear error
 * asking for `npm run build`), served on 127.0.0.1 under the base it was built for, and
 * pages that record every request leaving that origin.
 */
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { withoutServiceWorker } from '../../scripts/bench/site/no-service-worker.ts';
import { DEFAULT_OUT_DIR } from '../../scripts/lib/site/build.ts';
import { readSiteInfo, type SiteBuildInfo } from '../../scripts/lib/site/site-info.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/site/static-server.ts';

export const SITE_DIR = path.resolve(process.env['WQ_SITE_OUT_DIR'] ?? DEFAULT_OUT_DIR);

export interface ServedSite {
  dir: string;
  info: SiteBuildInfo;
  server: StaticServer;
  /** A page of the site by its path inside the handbook ("articles/art_8/"). */
  url(pathInSite?: string): string;
}

/** Serves a built site; throws (failing the suite) with what to run when there is none. */
export async function serveSite(dir = SITE_DIR): Promise<ServedSite> {
  const info = await readSiteInfo(dir);
  const server = await startStaticServer({ root: dir, base: info.base });
  return { dir, info, server, url: (p = '') => `${server.url}${p}` };
}

export interface GuardedPage {
  page: Page;
  /** Requests that went to another origin. */
  offsite: string[];
  /** Errors the page's scripts threw. */
  errors: string[];
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
export async function guardedPage(browser: Browser, origin: string, options: { serviceWorker?: boolean } = {}): Promise<GuardedPage> {
  const page = await browser.newPage();
  if (!options.serviceWorker) await withoutServiceWorker(page);
  const offsite: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!(url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))) offsite.push(url);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, offsite, errors };
}
