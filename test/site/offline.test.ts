/**
 * The handbook without a network, in a real Chromium: after one visit the page has filled the
 * offline copy (offline.json's files: pages, guides, search; site/src/scripts/offline-copy.ts) and
 * the service worker (site/src/offline/sw.ts) serves every page of it and the search with the server
 * stopped; sample PDFs are kept once opened; an unknown address answers 404 with the handbook's own
 * page; a page asked for without its slash is found. A rebuild is fetched file by file on the next
 * visit. A copy cut short by a lost signal says so and goes on where it stopped on the next visit
 * (npm run bench:site times the whole on DevTools' Fast 3G and Slow 3G). Runs on a copy of dist/site, served on a fixed port so the browser sees the same origin
 * before and after the restart, in a browser context of its own.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'puppeteer-core';
import { openSearchDialog, searchInDialog } from '../../scripts/bench/site/search-dialog.ts';
import { writeOfflineCopy } from '../../scripts/lib/site/offline.ts';
import { readSiteInfo, type SiteBuildInfo } from '../../scripts/lib/site/site-info.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/site/static-server.ts';
import type { CopyManifest } from '../../site/src/offline/shared.ts';
import { useBrowserContext } from '../support/browser.ts';
import { SITE_DIR } from '../support/site-dir.ts';
import { guardedPage, type GuardedPage } from './support.ts';

const context = useBrowserContext();
let tmp: string;
let dir: string;
let info: SiteBuildInfo;
let manifest: CopyManifest;
let server: StaticServer | undefined;
let port: number;
let guarded: GuardedPage;
let page: Page;
/** What the server had answered once the copy was complete. */
let firstVisit: StaticServer['requests'];

const url = (p = '') => `http://127.0.0.1:${port}${info.base}${p}`;

async function serve(): Promise<void> {
  server = await startStaticServer({ root: dir, base: info.base, port });
}

async function stop(): Promise<void> {
  await server?.close();
  server = undefined;
}

/** The URLs each cache of this origin holds. */
function heldCaches(p: Page) {
  return p.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await globalThis.caches.keys()) out[name] = (await (await globalThis.caches.open(name)).keys()).map((r) => r.url);
    return out;
  });
}

const copyReady = (p: Page) => p.waitForFunction(() => document.documentElement.dataset['offline'] === 'ready', { timeout: 60_000, polling: 250 });

// The first visit: the page is opened, registers the worker and fills the copy.
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wq-offline-'));
  dir = path.join(tmp, 'site');
  await cp(SITE_DIR, dir, { recursive: true });
  info = await readSiteInfo(dir);
  manifest = JSON.parse(await readFile(path.join(dir, 'offline.json'), 'utf8')) as CopyManifest;
  server = await startStaticServer({ root: dir, base: info.base });
  port = Number(new URL(server.origin).port);
  guarded = await guardedPage(context(), `http://127.0.0.1:${port}`, { serviceWorker: true });
  page = guarded.page;
  await page.goto(url(''), { waitUntil: 'load' });
  await copyReady(page);
  firstVisit = [...server.requests];
}, 120_000);

afterAll(async () => {
  await page?.close();
  await stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

// After each test: the page made no request outside its own origin, and no script of it failed.
afterEach(() => {
  expect(guarded.offsite).toEqual([]);
  expect(guarded.errors).toEqual([]);
});

describe('the first visit', () => {
  it('registers the worker for the handbook’s base and keeps the copy’s files — pages, guides, search — but no sample file', async () => {
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(url(''));
    const held = await heldCaches(page);
    const copy = Object.entries(held).find(([name]) => name.startsWith('wq-handbook-copy'));
    expect(copy?.[0]).toBe(`wq-handbook-copy ${url('')}`);
    // This browser runs Pagefind and knows cascade layers: the copy is the modern set, and the build note counts it.
    const modern = manifest.entries.filter((e) => e.need !== 'no-wasm' && e.need !== 'no-layers');
    const kept = new Set(copy![1]);
    expect(modern.filter((e) => !kept.has(url(e.url))).map((e) => e.url)).toEqual([]);
    expect(modern.length).toBe(info.offline?.files);
    for (const p of ['articles/art_8/', 'guides/violence/', 'pagefind/pagefind.js', 'pagefind/handbook-words.json']) expect(kept.has(url(p)), p).toBe(true);
    expect([...kept].filter((u) => u.includes('/samples/') || u.endsWith('.legacy.css') || u.endsWith('handbook-pages.json'))).toEqual([]);
    // Within the budget officers' phones can afford.
    expect(info.offline!.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    // Fetched from this server, under the base, and nothing failed.
    expect(firstVisit.filter((r) => !r.path.startsWith(info.base) || r.status >= 400)).toEqual([]);
    expect(await page.$eval('.offline-status', (p) => p.textContent)).toContain('本手册已保存在本机');
  });
});

describe('with the server stopped', () => {
  beforeAll(async () => {
    // A sample PDF opened while online: kept from then on. Another never opened.
    await page.goto(url('forms/application-register/'), { waitUntil: 'load' });
    const pdfs = await page.$$eval('a[href$=".pdf"]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(pdfs.length).toBeGreaterThan(1);
    expect((await page.evaluate((href: string) => fetch(href).then((r) => r.status), pdfs[0]!))).toBe(200);
    await stop();
  });

  it('opens a page never visited, with its styles', async () => {
    const response = await page.goto(url('articles/art_24/'), { waitUntil: 'load' });
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('第二十四条');
    expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 100))).toBe(true);
  });

  it('opens a page asked for without its slash', async () => {
    const response = await page.goto(url('articles/art_27'), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('第二十七条');
  });

  it('searches, and lands on the article found', async () => {
    await page.goto(url('articles/art_1/'), { waitUntil: 'load' });
    await openSearchDialog(page);
    const hits = await searchInDialog(page, '开枪');
    expect(hits[0]?.href).toBe(`${info.base}articles/art_24/#art_24`);
    const question = await searchInDialog(page, '老婆被人威胁了怎么办');
    expect(question.length).toBeGreaterThan(0);
  });

  it('opens a guide and the glossary; a sample PDF opened before, but not one never opened', async () => {
    for (const p of ['guides/violence/', 'glossary/']) {
      const response = await page.goto(url(p), { waitUntil: 'load' });
      expect(response?.status(), p).toBe(200);
    }
    const visited = Object.entries(await heldCaches(page)).find(([name]) => name.startsWith('wq-handbook-visited'))?.[1] ?? [];
    const pdfs = visited.filter((u) => u.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    expect(await page.evaluate((h: string) => fetch(h).then((r) => r.status), pdfs[0]!)).toBe(200);
    const never = await page.evaluate(async (base: string) => {
      try {
        return (await fetch(`${base}samples/forms/never-opened.pdf`)).status;
      } catch {
        return 'failed';
      }
    }, url(''));
    expect(never).toBe('failed');
  });

  it('answers an address that is not in the handbook with the handbook’s own 404 page, status 404', async () => {
    const response = await page.goto(url('no-such-page/'), { waitUntil: 'load' });
    expect(response?.fromServiceWorker()).toBe(true);
    expect(response?.status()).toBe(404);
    expect(await page.title()).toContain('没有这个页面');
  });

  it('says the copy is in use', async () => {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(url('articles/art_3/'), { waitUntil: 'load' });
    await page.waitForFunction(() => (document.querySelector('.offline-status')?.textContent ?? '').includes('现在没有网络'), { timeout: 20_000 });
  });
});

describe('the next visit after the handbook was rebuilt', () => {
  it('fetches only the changed page, serves it, and still works offline', async () => {
    const changed = path.join(dir, 'articles/art_8/index.html');
    await writeFile(changed, (await readFile(changed, 'utf8')).replace('</main>', '<p id="rebuilt">新版本</p></main>'));
    await writeOfflineCopy(dir, 'sha256:00000000000000aa');
    await serve();
    server!.requests.length = 0;
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(url('articles/art_1/'), { waitUntil: 'load' });
    await copyReady(page);
    const fetched = server!.requests.filter((r) => !r.path.endsWith('/offline.json') && r.path !== `${info.base}articles/art_1/`).map((r) => r.path);
    expect(fetched).toContain(`${info.base}articles/art_8/`);
    expect(fetched.length).toBeLessThanOrEqual(3);
    await stop();
    await page.goto(url('articles/art_8/'), { waitUntil: 'load' });
    expect(await page.$eval('#rebuilt', (p) => p.textContent)).toBe('新版本');
  }, 90_000);
});

describe('when the signal goes halfway through the first visit', () => {
  // What one bar of signal does to the copy, without spending its wall time (npm run bench:site
  // times DevTools' Fast 3G and Slow 3G): the connection drops after KEPT files, the page says how
  // far it got, and the next visit fetches only the rest, then works with no network.
  const KEPT = 20;
  let other: BrowserContext;
  let fresh: GuardedPage;
  /** The copy's list as served now (the test before rebuilt a page), this browser's part of it. */
  let entries: CopyManifest['entries'];

  /** Every text the progress bar showed, recorded as it changes (the bar goes 6 s after the end). */
  const recordProgress = (p: Page) =>
    p.evaluateOnNewDocument(() => {
      const seen: string[] = ((window as unknown as { __progress: string[] }).__progress = []);
      new MutationObserver(() => {
        const text = document.querySelector('.offline-progress')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
  const progressSeen = (p: Page) => p.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  beforeAll(async () => {
    const current = JSON.parse(await readFile(path.join(dir, 'offline.json'), 'utf8')) as CopyManifest;
    entries = current.entries.filter((e) => e.need !== 'no-wasm' && e.need !== 'no-layers');
    await serve();
    // A browser context of its own: no worker, no copy yet.
    other = await context().browser().createBrowserContext();
  });
  afterAll(async () => {
    await fresh?.page.close();
    await other?.close();
    await stop();
  });

  it('says how far the copy got and that it goes on next time', async () => {
    fresh = await guardedPage(other, `http://127.0.0.1:${port}`, { serviceWorker: true });
    await recordProgress(fresh.page);
    // The copy's downloads carry COPY_HEADER: after KEPT of them, the network is gone.
    let copied = 0;
    await fresh.page.setRequestInterception(true);
    fresh.page.on('request', (request) => {
      const isCopyFile = 'x-wq-offline-copy' in request.headers() && !request.url().endsWith('/offline.json');
      if (isCopyFile && ++copied > KEPT) void request.abort('internetdisconnected');
      else void request.continue();
    });
    await fresh.page.goto(url('articles/art_1/'), { waitUntil: 'load' });
    await fresh.page.waitForFunction(() => document.documentElement.dataset['offline'] === 'partial', { polling: 'mutation' });
    const status = await fresh.page.$eval('.offline-status', (p) => p.textContent ?? '');
    expect(status).toContain(`离线副本尚未保存完整（已保存 ${KEPT} / ${entries.length} 个文件`);
    expect(status).toContain('下次联网打开手册时继续');
    expect(status).not.toContain('已保存在本机');
    const shown = await progressSeen(fresh.page);
    expect(shown.some((t) => /^正在保存离线副本：\d+%/.test(t)), shown.join(' | ')).toBe(true);
    expect(shown.at(-1)).toContain('尚未保存完整');
    await fresh.page.close();
  });

  it('fetches only the rest on the next visit, then opens pages and searches with no network', async () => {
    server!.requests.length = 0;
    fresh = await guardedPage(other, `http://127.0.0.1:${port}`, { serviceWorker: true });
    await recordProgress(fresh.page);
    await fresh.page.goto(url('articles/art_2/'), { waitUntil: 'load' });
    await fresh.page.waitForFunction(() => document.documentElement.dataset['offline'] === 'ready', { polling: 'mutation' });
    // Every file of the copy not kept on the first visit was fetched (by the copy, or first by the
    // page itself); none of the KEPT was fetched again.
    const fetched = new Set(server!.requests.map((r) => r.path));
    const rest = entries.filter((e) => fetched.has(`${info.base}${e.url}`));
    expect(rest).toHaveLength(entries.length - KEPT);
    // The bar started where the first visit stopped.
    const keptBytes = entries.filter((e) => !rest.includes(e)).reduce((sum, e) => sum + e.bytes, 0);
    const totalBytes = entries.reduce((sum, e) => sum + e.bytes, 0);
    const shown = await progressSeen(fresh.page);
    expect(shown[0], shown.join(' | ')).toMatch(new RegExp(`^正在保存离线副本：${Math.floor((keptBytes / totalBytes) * 100)}%`));
    expect(await fresh.page.$eval('.offline-status', (p) => p.textContent)).toContain('本手册已保存在本机');

    await stop();
    const response = await fresh.page.goto(url('guides/threats/'), { waitUntil: 'load' });
    expect(response?.fromServiceWorker()).toBe(true);
    await openSearchDialog(fresh.page);
    const hits = await searchInDialog(fresh.page, '开枪');
    expect(hits[0]?.href).toBe(`${info.base}articles/art_24/#art_24`);
    expect(fresh.offsite).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });
});
