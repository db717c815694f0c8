/**
 * The workbench without a network and its drafts, in a real Chromium with the handbook's service
 * worker: after one visit the page keeps itself (it is not in the offline copy's list); autosave
 * keeps a draft in IndexedDB; with the server stopped the page reloads from the worker's cache and
 * the draft is continued, and a sample's documents print; the case's words are in no cache and in
 * no request the page made; “删除全部草稿” leaves nothing in IndexedDB. Runs on the built site served
 * on a port of its own, in a browser context of its own.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readSiteInfo, type SiteBuildInfo } from '../../scripts/lib/site/site-info.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/site/static-server.ts';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import { useBrowserContext } from '../support/browser.ts';
import { SITE_DIR } from '../support/site-dir.ts';
import { guardedPage, type GuardedPage } from './support.ts';
import { fieldId, openFile, tabTo, typeInto } from './workbench-page.ts';

const context = useBrowserContext();
let info: SiteBuildInfo;
let server: StaticServer | undefined;
let port: number;
let guarded: GuardedPage;
let page: Page;
/** The paths the server was asked for, up to the moment it stopped. */
let asked: string[] = [];
const CASE_ID = 'OFFLINE-测试-0042';
const NAME = '离线测试员甲';
const SAMPLE = path.join(ROOT_DIR, 'schemas/examples', readdirSync(path.join(ROOT_DIR, 'schemas/examples')).filter((f) => f.endsWith('.json')).sort()[0]!);

const url = (p = '') => `http://127.0.0.1:${port}${info.base}${p}`;

beforeAll(async () => {
  info = await readSiteInfo(SITE_DIR);
  server = await startStaticServer({ root: SITE_DIR, base: info.base });
  port = Number(new URL(server.origin).port);
  guarded = await guardedPage(context(), `http://127.0.0.1:${port}`, { serviceWorker: true });
  page = guarded.page;
  page.on('dialog', (d) => void d.accept());
  await page.goto(url('workbench/'), { waitUntil: 'load' });
  await page.waitForSelector('#wb-form .wb-form');
  // The worker takes charge, then the page keeps its own files through it.
  await page.waitForFunction(() => document.documentElement.dataset['workbenchKept'] === 'true', { timeout: 60_000, polling: 250 });
}, 120_000);

afterAll(async () => {
  await page?.close();
  await server?.close();
});

/** Every response in this origin's caches, as text. */
function cachedTexts(p: Page): Promise<{ url: string; text: string }[]> {
  return p.evaluate(async () => {
    const out: { url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) out.push({ url: request.url, text: await ((await cache.match(request))?.text() ?? '') });
    }
    return out;
  });
}

it('keeps a draft with autosave on, reloads with no network, and goes on with the draft', async () => {
  await tabTo(page, 'wb-autosave');
  await page.keyboard.press('Space');
  await typeInto(page, fieldId('/id'), CASE_ID);
  await tabTo(page, `${fieldId('/people')}~add`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id: string) => document.activeElement?.id === id, {}, fieldId('/people/0/name'));
  await page.keyboard.type(NAME);
  await page.waitForFunction((id: string) => Array.from(document.querySelectorAll('#wb-draft-list .wb-draft-title')).some((t) => t.textContent === id), { timeout: 10_000 }, CASE_ID);

  asked = server!.requests.map((r) => decodeURIComponent(r.path));
  await server!.close();
  server = undefined;
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('#wb-form .wb-form');
  await page.waitForSelector('#wb-draft-list li[data-draft]');
  // 继续填写, with the keyboard.
  const resume = await page.$eval('#wb-draft-list li[data-draft] button', (b) => {
    (b as HTMLButtonElement).id = 'wb-test-resume';
    return b.textContent;
  });
  expect(resume).toContain(CASE_ID);
  await tabTo(page, 'wb-test-resume');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id: string) => (document.getElementById('wb-f/id') as HTMLInputElement | null)?.value === id, { timeout: 10_000 }, CASE_ID);
  expect(await page.$eval('[id="wb-f/people/0/name"]', (i) => (i as HTMLInputElement).value)).toBe(NAME);

  // A sample opened and its documents printed, all from what the worker kept.
  await openFile(page, SAMPLE);
  await page.$eval('#wb-documents > summary', (s) => (s as HTMLElement).click());
  await page.waitForFunction(() => (document.getElementById('wb-print-preview') as HTMLButtonElement | null)?.disabled === false, { timeout: 10_000 });
  await page.$eval('#wb-print-preview', (b) => (b as HTMLButtonElement).click());
  await page.waitForFunction(() => Number(document.getElementById('wb-print-area')?.dataset['printed']) > 0, { timeout: 20_000 });
}, 120_000);

it('keeps the case’s words out of every cache and every request', async () => {
  const cached = await cachedTexts(page);
  expect(cached.length).toBeGreaterThan(50);
  expect(cached.filter((c) => c.text.includes(CASE_ID) || c.text.includes(NAME)).map((c) => c.url)).toEqual([]);
  // What the server was asked while the case was typed and kept: the site's files, no word of the case.
  expect(asked.length).toBeGreaterThan(10);
  expect(asked.filter((p) => p.includes(CASE_ID) || p.includes(NAME))).toEqual([]);
  expect(guarded.offsite).toEqual([]);
  expect(guarded.errors).toEqual([]);
});

it('deletes every draft: nothing of them is left in IndexedDB', async () => {
  await tabTo(page, 'wb-drop-all');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#wb-draft-list .wb-empty'), { timeout: 10_000 });
  const left = await page.evaluate(async () => {
    const names = ((await (indexedDB as IDBFactory & { databases(): Promise<{ name?: string }[]> }).databases()) ?? []).map((d) => d.name ?? '');
    return names;
  });
  expect(left).toEqual([]);
  // Nor anywhere else this page could write: localStorage holds only the autosave setting (and
  // the handbook's colour theme, which Starlight keeps on every page), no word of the case.
  const stored = await page.evaluate(() => Object.entries(localStorage));
  expect(stored.map(([k]) => k).sort()).toEqual(['starlight-theme', 'wq-workbench-autosave']);
  expect(stored.filter(([, v]) => v.includes(CASE_ID) || v.includes(NAME))).toEqual([]);
});
