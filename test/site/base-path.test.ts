import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/browser/launch.ts';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import { checkLinks, formatLinkProblems } from '../../scripts/lib/site/link-check.ts';
import { openSearchDialog, searchInDialog } from '../../scripts/bench/site/search-dialog.ts';
import { guardedPage, serveSite, type ServedSite } from './support.ts';

const BASE = '/wq-handbook/';
let tmp: string;
let site: ServedSite;
let chromium: LaunchedBrowser;
let buildOutput: string;

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
  site = await serveSite(path.join(tmp, 'site'));
  chromium = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await chromium?.close();
  await site?.server.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the handbook served under a sub-path', () => {
  it('builds for the base it was given and says the other faces have not published yet', () => {
    expect(site.info.base).toBe(BASE);
    expect(buildOutput).toContain('dist/published/rules.json 尚未发布');
    expect(buildOutput).toContain(`基础路径 ${BASE}`);
  });

  it('has every link, anchor and resource under that base', async () => {
    const result = await checkLinks(site.dir, BASE);
    expect(result.problems, formatLinkProblems(result.problems)).toEqual([]);
  });

  it('shows the coverage page with the data marked as not yet published', async () => {
    const { page } = await guardedPage(chromium.browser, site.server.origin);
    await page.goto(site.url('coverage/'), { waitUntil: 'networkidle0' });
    const notices = await page.$$eval('.notice-missing', (n) => n.map((e) => e.textContent ?? ''));
    expect(notices).toHaveLength(4);
    expect(notices.every((n) => n.includes('尚未发布'))).toBe(true);
    // Rules, fields, forms and duties, each named; no command on an officers' page.
    for (const what of ['校验规则', '案件数据字段', '文书表单', '职责清单']) expect(notices.some((n) => n.includes(what)), what).toBe(true);
    expect(notices.some((n) => n.includes('npm run'))).toBe(false);
  });

  it('follows a term to its definition and finds 警械 in 第二十四条, all from under the base', async () => {
    const { page, offsite } = await guardedPage(chromium.browser, site.server.origin);
    await page.goto(site.url('articles/art_8/'), { waitUntil: 'networkidle0' });
    await Promise.all([page.waitForNavigation(), page.click('#art_8__item_6 .term-link')]);
    expect(page.url()).toBe(`${site.server.origin}${BASE}articles/art_32/#art_32__para_1`);
    expect(await page.$eval('#starlight__sidebar a[aria-current="page"]', (a) => a.getAttribute('href'))).toBe(`${BASE}articles/art_32/`);
    await openSearchDialog(page);
    const hits = await searchInDialog(page, '警械');
    expect(hits[0]?.href).toBe(`${BASE}articles/art_24/#art_24`);
    expect(offsite).toEqual([]);
    const outside = site.server.requests.filter((r) => !r.path.startsWith(BASE) || r.status >= 400);
    expect(outside).toEqual([]);
  });

  it('keeps the handbook for use offline under that base: scoped to it, every file found there with the server stopped', async () => {
    const { page, offsite } = await guardedPage(chromium.browser, site.server.origin, { serviceWorker: true });
    await page.goto(site.url(''), { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 60_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${site.server.origin}${BASE}`);
    await site.server.close();
    const response = await page.goto(site.url('articles/art_24/'), { waitUntil: 'load' });
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('第二十四条');
    await openSearchDialog(page);
    const hits = await searchInDialog(page, '警械');
    expect(hits[0]?.href).toBe(`${BASE}articles/art_24/#art_24`);
    expect(offsite).toEqual([]);
  }, 90_000);
});

