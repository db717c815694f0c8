import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import { checkLinks, formatLinkProblems } from '../../scripts/lib/site/link-check.ts';
import { readSiteInfo, type SiteBuildInfo } from '../../scripts/lib/site/site-info.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/site/static-server.ts';
import { openSearchDialog, searchInDialog } from '../../scripts/bench/site/search-dialog.ts';
import { useBrowserContext } from '../support/browser.ts';
import { guardedPage, type GuardedPage } from './support.ts';

const BASE = '/wq-handbook/';
const context = useBrowserContext();
let tmp: string;
let dir: string;
let info: SiteBuildInfo;
let server: StaticServer;
let buildOutput: string;
/** The pages a test opened: checked and closed after it. */
const opened: GuardedPage[] = [];

async function open(on: StaticServer, options: { serviceWorker?: boolean } = {}): Promise<GuardedPage> {
  const guarded = await guardedPage(context(), on.origin, options);
  opened.push(guarded);
  return guarded;
}

// A second, real build: under a sub-path, and with no published data at all (a dist/
// without published/), as on a machine where only the handbook has been built.
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wq-site-base-'));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/build-site.ts', '--base', BASE, '--out', path.join(tmp, 'site'), '--dist', path.join(tmp, 'empty-dist')],
    { cwd: ROOT_DIR, timeout: 240_000 },
  );
  buildOutput = stdout;
  dir = path.join(tmp, 'site');
  info = await readSiteInfo(dir);
  server = await startStaticServer({ root: dir, base: info.base });
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

afterEach(async () => {
  for (const guarded of opened.splice(0)) {
    await guarded.page.close();
    expect(guarded.offsite).toEqual([]);
    expect(guarded.errors).toEqual([]);
  }
});

describe('the handbook served under a sub-path', () => {
  it('builds for the base it was given and says the other faces have not published yet', () => {
    expect(info.base).toBe(BASE);
    expect(buildOutput).toContain('dist/published/rules.json 尚未发布');
    expect(buildOutput).toContain(`基础路径 ${BASE}`);
  });

  it('has every link, anchor and resource under that base', async () => {
    const result = await checkLinks(dir, BASE);
    expect(result.problems, formatLinkProblems(result.problems)).toEqual([]);
  });

  it('shows the coverage page with the data marked as not yet published', async () => {
    const { page } = await open(server);
    await page.goto(`${server.url}coverage/`, { waitUntil: 'load' });
    const notices = await page.$$eval('.notice-missing', (n) => n.map((e) => e.textContent ?? ''));
    expect(notices).toHaveLength(4);
    expect(notices.every((n) => n.includes('尚未发布'))).toBe(true);
    // Rules, fields, forms and duties, each named; no command on an officers' page.
    for (const what of ['校验规则', '案件数据字段', '文书表单', '职责清单']) expect(notices.some((n) => n.includes(what)), what).toBe(true);
    expect(notices.some((n) => n.includes('npm run'))).toBe(false);
  });

  it('follows a term to its definition and finds 警械 in 第二十四条, all from under the base', async () => {
    const first = server.requests.length;
    const { page } = await open(server);
    await page.goto(`${server.url}articles/art_8/`, { waitUntil: 'load' });
    await Promise.all([page.waitForNavigation(), page.click('#art_8__item_6 .term-link')]);
    expect(page.url()).toBe(`${server.origin}${BASE}articles/art_32/#art_32__para_1`);
    expect(await page.$eval('#starlight__sidebar a[aria-current="page"]', (a) => a.getAttribute('href'))).toBe(`${BASE}articles/art_32/`);
    await openSearchDialog(page);
    const hits = await searchInDialog(page, '警械');
    expect(hits[0]?.href).toBe(`${BASE}articles/art_24/#art_24`);
    const outside = server.requests.slice(first).filter((r) => !r.path.startsWith(BASE) || r.status >= 400);
    expect(outside).toEqual([]);
  });

  it('keeps the handbook for use offline under that base: scoped to it, every file found there with the server stopped', async () => {
    // A server of this test's own, stopped below; another origin than the other tests' server.
    const own = await startStaticServer({ root: dir, base: info.base });
    try {
      const { page } = await open(own, { serviceWorker: true });
      await page.goto(own.url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset['offline'] === 'ready', { timeout: 60_000, polling: 250 });
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${own.origin}${BASE}`);
      await own.close();
      // Kept under the base, in caches named by it.
      expect(await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('wq-handbook-copy')))).toEqual([`wq-handbook-copy ${own.url}`]);
      const response = await page.goto(`${own.url}articles/art_24/`, { waitUntil: 'load' });
      expect(response?.fromServiceWorker()).toBe(true);
      expect(await page.$eval('h1', (h) => h.textContent)).toContain('第二十四条');
      await openSearchDialog(page);
      const hits = await searchInDialog(page, '警械');
      expect(hits[0]?.href).toBe(`${BASE}articles/art_24/#art_24`);
    } finally {
      await own.close();
    }
  }, 90_000);
});

