/**
 * The handbook without a network, in a real Chromium: after one visit, the service worker
 * (scripts/lib/site/offline.ts, workbox) serves every page and the search with the server stopped;
 * its cache is named by the model's version; a handbook rebuilt from other sources replaces it on
 * the next visit, and the old cache is deleted. Runs on a copy of dist/site, served on a fixed port
 * so the browser sees the same origin before and after the restart, in a browser context of its own
 * (its service worker and caches are this file's alone).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openSearchDialog, searchInDialog } from '../../scripts/bench/site/search-dialog.ts';
import { writeServiceWorker } from '../../scripts/lib/site/offline.ts';
import { readSiteInfo, type SiteBuildInfo } from '../../scripts/lib/site/site-info.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/site/static-server.ts';
import { useBrowserContext } from '../support/browser.ts';
import { SITE_DIR } from '../support/site-dir.ts';
import { guardedPage, type GuardedPage } from './support.ts';

const context = useBrowserContext();
let tmp: string;
let dir: string;
let info: SiteBuildInfo;
let server: StaticServer | undefined;
let port: number;
let guarded: GuardedPage;
let page: Page;
/** What the server had answered once the service worker took over the first visit. */
let firstVisit: StaticServer['requests'];

const url = (p = '') => `http://127.0.0.1:${port}${info.base}${p}`;

async function serve(): Promise<void> {
  server = await startStaticServer({ root: dir, base: info.base, port });
}

async function stop(): Promise<void> {
  await server?.close();
  server = undefined;
}

/** The caches this origin holds, with how many entries each. */
function heldCaches(p: Page) {
  return p.evaluate(async () => {
    const out: { name: string; entries: number }[] = [];
    for (const name of await globalThis.caches.keys()) out.push({ name, entries: (await (await globalThis.caches.open(name)).keys()).length });
    return out;
  });
}

// The first visit: the page is opened, and the service worker takes over once it has kept every file.
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wq-offline-'));
  dir = path.join(tmp, 'site');
  await cp(SITE_DIR, dir, { recursive: true });
  info = await readSiteInfo(dir);
  server = await startStaticServer({ root: dir, base: info.base });
  port = Number(new URL(server.origin).port);
  guarded = await guardedPage(context(), `http://127.0.0.1:${port}`, { serviceWorker: true });
  page = guarded.page;
  await page.goto(url(''), { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 60_000 });
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
  it('registers the service worker for the handbook’s base and keeps every file, in a cache named by the model’s version', async () => {
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(url(''));
    const held = await heldCaches(page);
    const version = info.modelVersion.replace('sha256:', '');
    const precache = held.find((c) => c.name.includes('-precache-'));
    expect(precache?.name).toContain(`wq-handbook-${version}`);
    expect(precache?.entries).toBe(info.offline?.files);
    expect(info.offline!.files).toBeGreaterThan(100);
    // The worker fetched them from this server, under the base, and nothing failed.
    const fetched = firstVisit.filter((r) => r.status === 200);
    expect(firstVisit.filter((r) => !r.path.startsWith(info.base) || r.status >= 400)).toEqual([]);
    expect(fetched.length).toBeGreaterThanOrEqual(info.offline!.files);
    // The footer says so.
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('.offline-status')?.hidden);
    expect(await page.$eval('.offline-status', (p) => p.textContent)).toContain('没有网络时也能打开');
  }, 90_000);
});

describe('with the server stopped', () => {
  beforeAll(stop);

  it('opens a page never visited, with its styles', async () => {
    const response = await page.goto(url('articles/art_24/'), { waitUntil: 'load' });
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('第二十四条');
    expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 100))).toBe(true);
  });

  it('searches, and lands on the article found', async () => {
    await page.goto(url('articles/art_1/'), { waitUntil: 'load' });
    await openSearchDialog(page);
    const hits = await searchInDialog(page, '开枪');
    expect(hits[0]?.href).toBe(`${info.base}articles/art_24/#art_24`);
    const question = await searchInDialog(page, '老婆被人威胁了怎么办');
    expect(question.length).toBeGreaterThan(0);
  });

  it('opens the whole text, a guide, and a form’s blank and sample files', async () => {
    for (const p of ['full-text/', 'guides/violence/', 'glossary/', 'forms/application-register/']) {
      const response = await page.goto(url(p), { waitUntil: 'load' });
      expect(response?.status(), p).toBe(200);
    }
    const files = await page.evaluate(async () =>
      Promise.all([...document.querySelectorAll<HTMLAnchorElement>('a[href*="/samples/"]')].map(async (a) => (await fetch(a.href)).status)),
    );
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((status) => status === 200)).toBe(true);
  });

  it('answers an address that is not in the handbook with the handbook’s own 404 page', async () => {
    const response = await page.goto(url('no-such-page/'), { waitUntil: 'load' });
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.title()).toContain('没有这个页面');
  });
});

describe('the next visit after the handbook was rebuilt', () => {
  it('takes the new version, and deletes the old cache', async () => {
    // Rebuilt from other sources: a page changed, and the worker written for another model version.
    const changed = path.join(dir, 'articles/art_8/index.html');
    await writeFile(changed, (await readFile(changed, 'utf8')).replace('</main>', '<p id="rebuilt">新版本</p></main>'));
    await writeServiceWorker(dir, 'sha256:00000000000000aa');
    await serve();
    const old = (await heldCaches(page)).find((c) => c.name.includes('-precache-'))!.name;
    await page.goto(url(''), { waitUntil: 'load' });
    await page.waitForFunction(
      async (oldName: string) => !(await globalThis.caches.keys()).includes(oldName) && (await globalThis.caches.keys()).some((n) => n.includes('wq-handbook-00000000000000aa')),
      { timeout: 60_000, polling: 250 },
      old,
    );
    await page.goto(url('articles/art_8/'), { waitUntil: 'load' });
    expect(await page.$eval('#rebuilt', (p) => p.textContent)).toBe('新版本');
    await stop();
    await page.goto(url('articles/art_8/'), { waitUntil: 'load' });
    expect(await page.$('#rebuilt')).not.toBeNull();
  }, 90_000);
});
