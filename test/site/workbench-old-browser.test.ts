/**
 * The case workbench where it is hardest: a real Chromium 83 (the domestic office browsers;
 * test/support/chromium-83.ts) on a plain-HTTP intranet address (a name that is not localhost,
 * so the page is no secure context: no File System Access, no service worker, no Web Crypto).
 * The page says so, checks each sample and a share of the fixtures with exactly wq-validate's
 * words, updates its error list as a field is typed into, and prints a sample's documents. These
 * tests fail, never skip, when Chromium 83 cannot be unpacked or started.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core-83';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import type { SharedSite } from '../support/global-browser.ts';
import { CHROMIUM_83_VERSION, launchChromium83, type Chromium83 } from '../support/chromium-83.ts';
import { AS_OF, cliShown, judgeOn, sortedDuties, type Shown } from './workbench-page.ts';
import { jsonIn } from '../support/json-files.ts';

/**
 * Chromium 83 does not know the workbench page's 'wasm-unsafe-eval' (it lets current browsers run
 * Pagefind's WebAssembly under the page's strict policy) and says it ignores it: as meant, since
 * this browser searches with the plain engine. Any other console error counts.
 */
const WASM_KEYWORD_UNKNOWN = /^The source list for Content Security Policy directive 'script-src' contains an invalid source: ''wasm-unsafe-eval''\. It will be ignored\.$/;
const INTRANET_HOST = 'workbench.intranet.test';
let chromium: Chromium83 | undefined;
let site: SharedSite;
let page: Page;
const errors: string[] = [];

const SAMPLES = jsonIn('schemas/examples');
// Every third invalid fixture: each class of error, in less time than all of them in an old browser.
const FIXTURES = jsonIn('test/fixtures/cases/invalid').filter((_, i) => i % 3 === 0);

async function openFile(file: string): Promise<void> {
  const input = await page.$('input#wb-file');
  if (!input) throw new Error('工作台页面没有文件选择框 #wb-file');
  await input.uploadFile(file);
  await page.waitForFunction((n: string) => document.getElementById('wb-file-status')?.textContent?.includes(`当前：${n}`), { timeout: 10_000 }, path.basename(file));
}

function shown(): Promise<Shown> {
  return page.evaluate(() => ({
    errors: Array.from(document.querySelectorAll('#wb-summary li')).map((li) => li.textContent ?? ''),
    findings: Array.from(document.querySelectorAll('#wb-findings li')).map((li) => li.textContent ?? ''),
    duties: Array.from(document.querySelectorAll('#wb-duties li[data-status]')).map((li) => ({ status: li.getAttribute('data-status') ?? '', text: li.querySelector('.wb-duty-text')?.textContent ?? '' })),
  })) as Promise<Shown>;
}

beforeAll(async () => {
  const provided = inject('site');
  if (!provided.ok) throw new Error(provided.error);
  site = provided;
  chromium = await launchChromium83({ args: [`--host-resolver-rules=MAP ${INTRANET_HOST} 127.0.0.1`] });
  page = await chromium.browser.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  // Opening another file after a change asks whether to drop it: yes, as a clerk moving on would.
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('console', (message) => {
    if (message.type() === 'error' && !WASM_KEYWORD_UNKNOWN.test(message.text())) errors.push(message.text());
  });
  await page.goto(`http://${INTRANET_HOST}:${new URL(site.origin).port}${site.info.base}workbench/`, { waitUntil: 'load' });
  await page.waitForSelector('#wb-form .wb-form', { timeout: 30_000 });
  await judgeOn(page, AS_OF);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  expect(errors, '页面脚本出错').toEqual([]);
});

it('runs in Chromium 83 on a plain-HTTP address, and says what it cannot do there', async () => {
  expect(chromium?.version).toContain(`Chrome/${CHROMIUM_83_VERSION}`);
  const where = await page.evaluate(() => ({ secure: window.isSecureContext, picker: 'showSaveFilePicker' in window, notes: document.getElementById('wb-notes')?.textContent ?? '' }));
  expect(where.secure).toBe(false);
  expect(where.picker).toBe(false);
  expect(where.notes).toContain('本页通过普通 HTTP 打开');
  expect(where.notes).toContain('“保存”会下载');
});

it('shows for the samples and the fixtures exactly the errors, findings and duties of wq-validate --format json', async () => {
  const files = [...SAMPLES, ...FIXTURES];
  expect(files.length).toBeGreaterThan(20);
  const cli = cliShown(files);
  const differ: string[] = [];
  for (const file of files) {
    await openFile(file);
    const got = await shown();
    const expected = cli.get(file)!;
    const key = (s: Shown) => JSON.stringify([s.errors, s.findings, sortedDuties(s.duties)]);
    if (key(got) !== key(expected)) differ.push(`${path.relative(ROOT_DIR, file)}\n  页面：${JSON.stringify(got)}\n  命令：${JSON.stringify(expected)}`);
  }
  expect(differ).toEqual([]);
}, 300_000);

it('updates the error list as a required field is emptied and typed again', async () => {
  await openFile(SAMPLES[0]!);
  expect((await shown()).errors).toEqual([]);
  const id = 'wb-f/id';
  await page.$eval(`[id="${id}"]`, (input) => {
    (input as HTMLInputElement).value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('#wb-summary li').length > 0, { timeout: 10_000 });
  const emptied = await shown();
  expect(emptied.errors.some((e) => e.includes('案件编号'))).toBe(true);
  await page.focus(`[id="${id}"]`);
  await page.keyboard.type('2026-083');
  await page.waitForFunction(() => document.querySelectorAll('#wb-summary li').length === 0, { timeout: 10_000 });
});

it('prints a sample’s documents in its print view', async () => {
  await openFile(SAMPLES.find((f) => f.endsWith('assault-on-duty-injury.json'))!);
  const open = await page.$eval('#wb-documents', (d) => (d as HTMLDetailsElement).open);
  if (!open) await page.$eval('#wb-documents > summary', (s) => (s as HTMLElement).click());
  await page.waitForFunction(() => (document.getElementById('wb-print-preview') as HTMLButtonElement | null)?.disabled === false, { timeout: 20_000 });
  await page.$eval('#wb-print-preview', (b) => (b as HTMLButtonElement).click());
  await page.waitForFunction(() => Number(document.getElementById('wb-print-area')?.dataset['printed']) > 0, { timeout: 30_000 });
  const status = await page.$eval('#wb-print-status', (s) => s.textContent ?? '');
  expect(status).toMatch(/^共 \d+ 页/);
  expect(status).not.toContain('无法排版');
}, 120_000);
