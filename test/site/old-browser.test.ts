/**
 * The handbook in the oldest browser it is held to: a real Chromium 83 (what domestic office
 * browsers on intranet PCs are built on; test/support/chromium-83.ts unpacks it from the pinned
 * npm package chrome-aws-lambda). Every page opens with no script error and with Starlight's styles
 * (the flattened copies: scripts/lib/site/legacy-css.ts), the search answers through the plain
 * engine (Pagefind's WebAssembly needs Chrome 96), the offline copy completes, and on a plain-HTTP
 * intranet address the page says the handbook cannot be kept, never that it was. These tests fail,
 * never skip, when Chromium 83 cannot be unpacked or started.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core-83';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/site/static-server.ts';
import type { SharedSite } from '../support/global-browser.ts';
import { CHROMIUM_83_VERSION, launchChromium83, type Chromium83 } from '../support/chromium-83.ts';

/**
 * Chromium 83 does not know the workbench page's 'wasm-unsafe-eval' (it lets current browsers run
 * Pagefind's WebAssembly under the page's strict policy) and says it ignores it: as meant, since
 * this browser searches with the plain engine. Any other console error counts.
 */
const WASM_KEYWORD_UNKNOWN = /^The source list for Content Security Policy directive 'script-src' contains an invalid source: ''wasm-unsafe-eval''\. It will be ignored\.$/;
const INTRANET_HOST = 'handbook.intranet.test';
let chromium: Chromium83 | undefined;
let browser: Browser;
let site: SharedSite;

/** Every page of the built site, as a path under its base. */
async function allPages(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && !['_astro', 'pagefind', 'samples'].includes(entry.name)) out.push(...(await allPages(dir, `${prefix}${entry.name}/`)));
    else if (entry.name === 'index.html') out.push(prefix);
  }
  return out;
}

interface Watched {
  page: Page;
  errors: string[];
}

async function watchedPage(): Promise<Watched> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !WASM_KEYWORD_UNKNOWN.test(message.text())) errors.push(message.text());
  });
  return { page, errors };
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.$eval(
    '#starlight__search input.pagefind-ui__search-input',
    (input, text) => {
      (input as HTMLInputElement).value = text as string;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    query,
  );
  await page.waitForFunction(
    (text: string) => {
      const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
      return message.includes(`“${text}”`) && /共 \d+ 个结果/.test(message) && document.querySelector('#starlight__search .pagefind-ui__result-link');
    },
    { timeout: 20_000 },
    query,
  );
  return page.$$eval('#starlight__search .pagefind-ui__result-link', (links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
}

beforeAll(async () => {
  const provided = inject('site');
  if (!provided.ok) throw new Error(provided.error);
  site = provided;
  chromium = await launchChromium83({ args: [`--host-resolver-rules=MAP ${INTRANET_HOST} 127.0.0.1`] });
  browser = chromium.browser;
}, 120_000);

afterAll(async () => {
  await chromium?.close();
});

it('is the Chromium it claims to be', () => {
  expect(chromium?.version).toContain(`Chrome/${CHROMIUM_83_VERSION}`);
});

it('opens every page with no script error, styled, and tells dual-core browsers to use Chromium', async () => {
  const pages = [...(await allPages(site.dir)), '404.html'];
  expect(pages.length).toBe(site.info.pages);
  const { page, errors } = await watchedPage();
  try {
    const unstyled: string[] = [];
    for (const p of pages) {
      await page.goto(`${site.url}${p}`, { waitUntil: 'load' });
      const look = await page.evaluate(() => ({
        renderer: document.querySelector('meta[name="renderer"]')?.getAttribute('content'),
        legacy: [...document.querySelectorAll('link[rel="stylesheet"]')].every((l) => (l.getAttribute('href') ?? '').endsWith('.legacy.css')),
        // Starlight's header is fixed and its sidebar a column beside the text: an unstyled page has neither.
        header: getComputedStyle(document.querySelector('header.header')!).position,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      if (look.renderer !== 'webkit' || !look.legacy || look.header !== 'fixed' || look.background === 'rgba(0, 0, 0, 0)') unstyled.push(`${p}: ${JSON.stringify(look)}`);
    }
    expect(unstyled).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}, 240_000);

describe('the search', () => {
  it('answers words and questions, landing on the article, with no script error', async () => {
    const { page, errors } = await watchedPage();
    try {
      await page.goto(`${site.url}articles/art_1/`, { waitUntil: 'load' });
      await page.click('site-search button[data-open-modal]');
      await page.waitForSelector('#starlight__search input.pagefind-ui__search-input', { visible: true });
      // Pagefind's WebAssembly cannot run here: the plain engine answers.
      expect(await page.evaluate(() => WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 0x60, 0, 2, 0x7f, 0x7f])))).toBe(false);
      expect((await searchFor(page, '开枪'))[0]).toBe(`${site.info.base}articles/art_24/#art_24`);
      expect((await searchFor(page, '老婆'))[0]).toContain(`${site.info.base}articles/art_32/`);
      expect((await searchFor(page, '被人打了怎么办'))[0]).toContain(`${site.info.base}articles/art_8/`);
      // A page that is not an article, found by its text.
      expect(await searchFor(page, '正名通知书')).toEqual(expect.arrayContaining([expect.stringContaining('forms/')]));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('offline', () => {
  let own: StaticServer | undefined;
  afterAll(async () => {
    await own?.close();
  });

  it('keeps the copy for this browser (flattened styles, the plain engine) and searches with the server stopped', async () => {
    own = await startStaticServer({ root: site.dir, base: site.info.base });
    const { page, errors } = await watchedPage();
    try {
      await page.goto(own.url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset['offline'] === 'ready', { timeout: 90_000, polling: 250 });
      const kept = await page.evaluate(async () => (await (await caches.open((await caches.keys()).find((n) => n.startsWith('wq-handbook-copy'))!)).keys()).map((r) => r.url));
      expect(kept.some((u) => u.endsWith('.legacy.css'))).toBe(true);
      expect(kept.some((u) => u.endsWith('/handbook-pages.json'))).toBe(true);
      expect(kept.some((u) => /wasm\.[^/]+\.pagefind$/.test(u))).toBe(false);
      await own.close();
      own = undefined;
      await page.goto(`${site.origin.replace(/:\d+$/, '')}:${new URL(page.url()).port}${site.info.base}articles/art_24/`, { waitUntil: 'load' });
      expect(await page.$eval('h1', (h) => h.textContent)).toContain('第二十四条');
      await page.click('site-search button[data-open-modal]');
      await page.waitForSelector('#starlight__search input.pagefind-ui__search-input', { visible: true });
      expect((await searchFor(page, '警械'))[0]).toContain('articles/art_24/');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 150_000);

  it('on a plain-HTTP intranet address says the handbook cannot be kept there — never that it was', async () => {
    const { page, errors } = await watchedPage();
    try {
      const port = new URL(site.origin).port;
      await page.goto(`http://${INTRANET_HOST}:${port}${site.info.base}articles/art_8/`, { waitUntil: 'load' });
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      await page.waitForFunction(() => document.documentElement.dataset['offline'] === 'unavailable', { timeout: 10_000 });
      const said = await page.$eval('.offline-status', (p) => p.textContent ?? '');
      expect(said).toContain('不是 HTTPS');
      expect(said).not.toContain('已保存');
      expect(await page.$eval('.offline-status a', (a) => a.getAttribute('href'))).toContain('guide/deploy/#offline-package');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
