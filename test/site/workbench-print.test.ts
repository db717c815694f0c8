/**
 * The workbench's documents against wq-forms' for the same case file, in a real Chromium: the
 * print view shows each document of every sample with the same words as the PDF the command
 * prints (read back with poppler), page numbers included; and the DOCX the page exports is, part
 * for part, the DOCX the command writes (all but the time it was made).
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runForms, type RunResult } from '../../scripts/lib/documents/run.ts';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import { execFileSync } from 'node:child_process';
import type { SharedSite } from '../support/global-browser.ts';
import { useSharedBrowser } from '../support/browser.ts';
import { useRenderer } from '../support/renderer.ts';
import { guardedPage, type GuardedPage } from './support.ts';
import { AS_OF, judgeOn, openFile, openWorkbench } from './workbench-page.ts';

const SAMPLES = readdirSync(path.join(ROOT_DIR, 'schemas/examples'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => path.join(ROOT_DIR, 'schemas/examples', f));

const browser = useSharedBrowser();
const renderer = useRenderer();
let site: SharedSite;
let context: BrowserContext;
let out: string;
let downloads: string;
let guarded: GuardedPage;
let page: Page;
const forms = new Map<string, RunResult>();

beforeAll(async () => {
  const provided = inject('site');
  if (!provided.ok) throw new Error(provided.error);
  site = provided;
  out = await mkdtemp(path.join(os.tmpdir(), 'wq-workbench-forms-'));
  downloads = await mkdtemp(path.join(os.tmpdir(), 'wq-workbench-docx-'));
  // The command, case by case (no unit file, as the workbench has none), PDF and DOCX.
  for (const file of SAMPLES) {
    const dir = path.join(out, path.basename(file, '.json'));
    forms.set(file, await runForms({ inputs: [file], outDir: dir, formats: ['pdf', 'docx'], asOf: AS_OF, log: () => undefined, openRenderer: renderer() }));
  }
  context = await browser().createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  guarded = await guardedPage(context, site.origin);
  page = guarded.page;
  await openWorkbench(page, `${site.url}workbench/`);
  await judgeOn(page, AS_OF);
}, 240_000);

afterAll(async () => {
  await context?.close();
  for (const dir of [out, downloads]) if (dir) await rm(dir, { recursive: true, force: true });
  expect(guarded?.offsite ?? [], '请求离开了 127.0.0.1').toEqual([]);
  expect(guarded?.errors ?? [], '页面脚本出错').toEqual([]);
});

/** The case's documents in the print view: the text each shows, page by page (the provenance glyphs set unseen excluded). */
async function printView(file: string): Promise<{ title: string; form: string; pages: string[] }[]> {
  await openFile(page, file);
  const open = await page.$eval('#wb-documents', (d) => (d as HTMLDetailsElement).open);
  if (!open) await page.$eval('#wb-documents > summary', (s) => (s as HTMLElement).click());
  await page.waitForFunction(() => (document.getElementById('wb-print-preview') as HTMLButtonElement | null)?.disabled === false, { timeout: 10_000 });
  await page.$eval('#wb-print-preview', (b) => (b as HTMLButtonElement).click());
  await page.waitForFunction(() => document.getElementById('wb-print-area')?.dataset['printed'], { timeout: 20_000 });
  const frame = page.frames().find((f: Frame) => f.url() === 'about:srcdoc');
  if (!frame) throw new Error('没有找到打印预览的框架');
  return frame.evaluate(() => {
    const docs: { title: string; form: string; pages: string[] }[] = [];
    for (const sheet of Array.from(document.querySelectorAll<HTMLElement>('.sheet'))) {
      const i = Number(sheet.dataset['doc']);
      const copy = sheet.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.trace-glyphs').forEach((g) => g.remove());
      docs[i] ??= { title: (sheet.getAttribute('aria-label') ?? '').replace(/ 第 \d+ 页$/, ''), form: sheet.dataset['form'] ?? '', pages: [] };
      docs[i]!.pages.push(copy.textContent ?? '');
    }
    return docs.filter(Boolean);
  });
}

const pageText = (pdf: string, page: number) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
/** A page's text without its page number and provenance line. */
const withoutMargins = (page: string) => page.replace(/—\s*\d+\s*—/g, '').replace(/溯源：[^\n]*/g, '');
const pagesOf = (pdf: string) => Number(/^Pages:\s*(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const squeezed = (s: string) => s.replace(/\s+/g, '');
const sortedChars = (s: string) => [...squeezed(s)].sort().join('');

describe('the print view', () => {
  it.each(SAMPLES.map((f) => [path.basename(f), f]))('shows %s’s documents with wq-forms’ words, on as many pages', async (_, file) => {
    const made = forms.get(file)!;
    expect(made.failed).toEqual([]);
    const pdfs = made.documents.filter((d) => d.file.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    const shown = await printView(file);
    expect(shown.map((d) => d.form), '公文').toEqual(pdfs.map((d) => d.formId));
    for (const [i, pdf] of pdfs.entries()) {
      const view = shown[i]!;
      const label = `${path.basename(pdf.file)}（打印预览中为“${view.title}”）`;
      const pages = pagesOf(pdf.file);
      if (pdf.formId !== 'application-register' && pdf.formId !== 'delivery-receipt') {
        // A 公文 is paginated on the line grid by wq-forms' own layout code: the same pages, each
        // with the same characters (its page number and provenance line among them).
        expect(view.pages.length, `${label} 的页数`).toBe(pages);
        for (const [k, shownPage] of view.pages.entries()) expect(sortedChars(shownPage), `${label} 第 ${k + 1} 页`).toBe(sortedChars(pageText(pdf.file, k + 1)));
      } else {
        // A form's table is paginated by the printer, and how many rows fit depends on the faces
        // each has: the same characters, leaving out what each page repeats.
        const pdfText = Array.from({ length: pages }, (_, k) => withoutMargins(pageText(pdf.file, k + 1))).join('');
        expect(sortedChars(view.pages.map(withoutMargins).join('')), label).toBe(sortedChars(pdfText));
      }
    }
  }, 60_000);
});

describe('DOCX', () => {
  it.each(SAMPLES.map((f) => [path.basename(f), f]))('exports %s’s documents as the DOCX wq-forms writes', async (_, file) => {
    const made = forms.get(file)!;
    const docx = made.documents.filter((d) => d.file.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(0);
    await openFile(page, file);
    const open = await page.$eval('#wb-documents', (d) => (d as HTMLDetailsElement).open);
    if (!open) await page.$eval('#wb-documents > summary', (s) => (s as HTMLElement).click());
    await page.waitForFunction((n: number) => document.querySelectorAll('#wb-doc-list li[data-form] button').length === n, { timeout: 10_000 }, docx.length);
    const buttons = await page.$$('#wb-doc-list li[data-form] button');
    for (const [i, d] of docx.entries()) {
      const name = path.basename(d.file);
      await buttons[i]!.evaluate((b) => (b as HTMLButtonElement).click());
      let bytes: Buffer | undefined;
      for (let k = 0; k < 100 && !bytes; k++) {
        const names = await readdir(downloads);
        if (names.includes(name) && !names.some((n) => n.endsWith('.crdownload'))) bytes = await readFile(path.join(downloads, name));
        else await new Promise((r) => setTimeout(r, 100));
      }
      if (!bytes) throw new Error(`没有下载到 ${name}（有：${(await readdir(downloads)).join('、')}）`);
      const mine = unzipSync(new Uint8Array(bytes));
      const theirs = unzipSync(new Uint8Array(await readFile(d.file)));
      // Every part, the same bytes: all but the core properties, which say when each was made.
      const parts = (z: Record<string, Uint8Array>) => Object.keys(z).filter((p) => p !== 'docProps/core.xml').sort();
      expect(parts(mine), name).toEqual(parts(theirs));
      for (const part of parts(theirs)) expect(Buffer.from(mine[part]!).equals(Buffer.from(theirs[part]!)), `${name} ${part}`).toBe(true);
      await rm(path.join(downloads, name));
    }
  }, 60_000);
});
