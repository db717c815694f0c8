/**
 * The offline package (handbook-offline.zip, scripts/lib/site/offline-package.ts), unpacked as a
 * clerk would and opened from the disk (file://), where browsers run neither module scripts nor
 * fetch: in today's Chromium and in Chromium 83 every page opens styled and without a script
 * error, its links lead to files that exist, and the search finds articles in officers' words and
 * links to them as files.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import type { Page as Page83 } from 'puppeteer-core-83';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PACKAGE_FILE, PACKAGE_FOLDER } from '../../scripts/lib/site/offline-package.ts';
import { useBrowserContext } from '../support/browser.ts';
import { launchChromium83, type Chromium83 } from '../support/chromium-83.ts';

const context = useBrowserContext();
let tmp: string;
let root: string;
let readme: string;

const fileUrl = (rel: string) => pathToFileURL(path.join(root, rel)).href;

beforeAll(async () => {
  const site = inject('site');
  if (!site.ok) throw new Error(site.error);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wq-package-'));
  const entries = unzipSync(new Uint8Array(await readFile(path.join(site.dir, PACKAGE_FILE))));
  for (const [name, data] of Object.entries(entries)) {
    const target = path.join(tmp, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
  }
  root = path.join(tmp, PACKAGE_FOLDER);
  readme = await readFile(path.join(tmp, '打开方法.txt'), 'utf8');
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

interface Opened {
  errors: string[];
}

/** Errors a page's scripts threw or logged (a refused file request is logged as one). */
function watch(page: Page | Page83): Opened {
  const opened: Opened = { errors: [] };
  const onError = (error: unknown) => void opened.errors.push(String(error));
  const onConsole = (message: { type(): string; text(): string }) => void (message.type() === 'error' && opened.errors.push(message.text()));
  // Two branches for the two puppeteers, which type on() differently.
  if ('browserContext' in page) {
    page.on('pageerror', onError);
    page.on('console', onConsole);
  } else {
    page.on('pageerror', onError);
    page.on('console', onConsole);
  }
  return opened;
}

it('says how to open it, and holds the pages, the search and the sample files but nothing only a server can use', () => {
  expect(readme).toContain('index.html');
  for (const rel of ['index.html', 'articles/art_8/index.html', 'guides/violence/index.html', 'pagefind/file-search.js', 'pagefind/file-search-data.js']) expect(existsSync(path.join(root, rel)), rel).toBe(true);
  expect(existsSync(path.join(root, 'samples'))).toBe(true);
  for (const rel of ['sw.js', 'offline.json', 'pagefind/pagefind-engine.js']) expect(existsSync(path.join(root, rel)), rel).toBe(false);
});

describe('in today’s Chromium, from the disk', () => {
  it('opens pages styled and without an error, and every link leads to a file that exists', async () => {
    const page = await context().newPage();
    const opened = watch(page);
    try {
      const missing: string[] = [];
      for (const rel of ['index.html', 'articles/art_8/index.html', 'guides/violence/index.html', 'glossary/index.html', 'forms/application-register/index.html']) {
        await page.goto(fileUrl(rel), { waitUntil: 'load' });
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('header.header')!).position), rel).toBe('fixed');
        expect(await page.$eval('.offline-status', (p) => p.textContent), rel).toContain('离线包');
        const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith('file:')));
        expect(links.length, rel).toBeGreaterThan(20);
        for (const link of links) if (!existsSync(fileURLToPath(link.split('#')[0]!))) missing.push(`${rel} → ${link}`);
      }
      expect(missing).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('searches in officers’ words, linking to the articles as files', async () => {
    const page = await context().newPage();
    const opened = watch(page);
    try {
      await page.goto(fileUrl('articles/art_1/index.html'), { waitUntil: 'load' });
      const { openSearchDialog, searchInDialog } = await import('../../scripts/bench/site/search-dialog.ts');
      await openSearchDialog(page);
      const shot = await searchInDialog(page, '开枪');
      expect(shot[0]?.href).toBe(`${fileUrl('articles/art_24/index.html')}#art_24`);
      const beaten = await searchInDialog(page, '被人打了怎么办');
      expect(beaten[0]?.href).toContain(fileUrl('articles/art_8/index.html'));
      const guide = await page.$eval('.hb-search-aside a', (a) => (a as HTMLAnchorElement).href);
      expect(existsSync(fileURLToPath(guide))).toBe(true);
      await page.goto(shot[0]!.href, { waitUntil: 'load' });
      expect(await page.$eval('h1', (h) => h.textContent)).toContain('第二十四条');
      expect(opened.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('in Chromium 83, from the disk', () => {
  let chromium: Chromium83 | undefined;
  beforeAll(async () => {
    chromium = await launchChromium83();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
  });

  it('opens an article styled and searches, without an error', async () => {
    const page = await chromium!.browser.newPage();
    const opened = watch(page);
    try {
      await page.goto(fileUrl('articles/art_8/index.html'), { waitUntil: 'load' });
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('header.header')!).position)).toBe('fixed');
      await page.click('site-search button[data-open-modal]');
      await page.waitForSelector('#starlight__search input.pagefind-ui__search-input', { visible: true });
      await page.$eval('#starlight__search input.pagefind-ui__search-input', (input) => {
        (input as HTMLInputElement).value = '老婆被人威胁';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.waitForFunction(() => /共 \d+ 个结果/.test(document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? ''), { timeout: 20_000 });
      const first = await page.$eval('#starlight__search .pagefind-ui__result-link', (a) => (a as HTMLAnchorElement).href);
      expect(first.startsWith(fileUrl('articles/'))).toBe(true);
      expect(existsSync(fileURLToPath(first.split('#')[0]!))).toBe(true);
      expect(opened.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
