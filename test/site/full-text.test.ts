/**
 * The whole Measures on one page, read and printed as a booklet in a real Chromium: every chapter,
 * article, paragraph and item in order with its caption; printed in the dark theme, light pages
 * with a page number each, an article's lead-in on the same page as its first item, every heading
 * with the text after it, and a first page that is not left nearly empty. Where each part lands is
 * read from the PDF (pdftotext) by ASCII markers put into the page before printing: this machine
 * has no Chinese fonts, so the Chinese text itself prints as boxes.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { requireTool } from '../../scripts/lib/build/system-tools.ts';
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { useSite } from './support.ts';

const run = promisify(execFile);
// Every page a test opens is checked after it: no request left 127.0.0.1, no script failed.
const handbook = useSite();
let model: PolicyModel;
let tmp: string;

beforeAll(async () => {
  requireTool('poppler');
  model = await loadPolicyModel();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wq-booklet-'));
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const open = (pathInSite: string, dark = false): Promise<Page> => handbook.open(pathInSite, { dark, viewport: { width: 1280, height: 900 } });

const articles = () => model.chapters.flatMap((c) => c.articles);

describe('the whole text on one page', () => {
  it('holds every chapter, article, paragraph and item, in order, with the captions and the closing clause', async () => {
    const page = await open('full-text/');
    const ids = await page.$$eval('.booklet [id]', (els) => els.map((e) => e.id));
    const expected = model.chapters.flatMap((c) => [c.eId, ...c.articles.flatMap((a) => [a.eId, ...a.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)])])]);
    expect(ids.filter((id) => /^(chp|art)_/.test(id))).toEqual(expected);
    expect(ids).toContain('clause_effective');
    expect(await page.$eval('#clause_effective', (p) => p.textContent)).toBe(model.closing.text);
    const item = articles()[16]!.paragraphs[0]!.items[2]!;
    expect(await page.$eval(`#${item.eId}`, (li) => li.textContent)).toContain(item.text.slice(0, 10));
    // Not indexed: the search sends readers to the article pages.
    expect(await page.$$eval('[data-pagefind-body]', (els) => els.length)).toBe(0);
  });
});

/** Puts an ASCII marker in front of every article's heading, its first words, its lead-in's end and each item. */
function markParts(page: Page) {
  return page.evaluate(() => {
    const mark = (el: Element, text: string, where: 'start' | 'end') => {
      const span = document.createElement('span');
      span.textContent = ` ${text} `;
      span.style.fontSize = '7px';
      span.style.fontFamily = 'monospace';
      if (where === 'start') el.prepend(span);
      else el.append(span);
    };
    for (const section of document.querySelectorAll('.booklet-article')) {
      const n = section.querySelector('h3')!.id.replace('art_', '');
      mark(section.querySelector('h3')!, `[[A${n}]]`, 'start');
      const first = section.querySelector('.measure-text p, .measure-text li')!;
      mark(first, `[[P${n}]]`, 'start');
      section.querySelectorAll('.measure-text .para').forEach((para, k) => {
        const lead = para.querySelector(':scope > p');
        const items = para.querySelectorAll(':scope > .items > li');
        if (lead && items.length) mark(lead, `[[L${n}-${k}]]`, 'end');
        items.forEach((li, i) => mark(li, `[[I${n}-${k}-${i}]]`, 'start'));
      });
    }
  });
}

/** The markers on each page of a PDF, and the text of each page. */
async function pdfPages(file: string): Promise<{ markers: string[]; text: string }[]> {
  const { stdout } = await run('pdfinfo', [file]);
  const count = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
  const pages: { markers: string[]; text: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const { stdout: text } = await run('pdftotext', ['-f', String(i), '-l', String(i), '-layout', file, '-']);
    pages.push({ markers: [...text.matchAll(/\[\[([A-Z]\d+(?:-\d+){0,2})\]\]/g)].map((m) => m[1]!), text });
  }
  return pages;
}

/** Mean brightness (0–255) of a PDF page, from a low-resolution render. */
async function brightness(file: string, page: number): Promise<number> {
  const out = path.join(tmp, `page-${page}`);
  await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '12', '-singlefile', file, out]);
  const ppm = await readFile(`${out}.ppm`);
  // P6 header: "P6\n<w> <h>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const pixels = ppm.subarray(header[0].length);
  let sum = 0;
  for (const byte of pixels) sum += byte;
  return sum / pixels.length;
}

describe('the whole text printed as a booklet, from the dark theme', () => {
  let pages: { markers: string[]; text: string }[];
  let file: string;
  let printStyles: { background: string; color: string; theme: string | null };

  beforeAll(async () => {
    const page = await open('full-text/', true);
    await markParts(page);
    // Print media with the dark preference kept, in one call: Puppeteer's emulateMediaType() alone
    // drops the emulated features, and the page's theme would follow the light default it falls to
    // (or not, depending on when the theme's listener runs). The session holds the emulation until
    // it is detached, after the print.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { media: 'print', features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    printStyles = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      color: getComputedStyle(document.querySelector('.measure-text')!).color,
      theme: document.documentElement.dataset.theme ?? null,
    }));
    file = path.join(tmp, 'booklet.pdf');
    await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
    await cdp.detach();
    pages = await pdfPages(file);
  }, 120_000);

  it('prints light pages with dark text although the screen is dark', async () => {
    expect(printStyles.theme).toBe('dark');
    expect(printStyles.background).toBe('rgb(255, 255, 255)');
    expect(printStyles.color).toBe('rgb(17, 17, 17)');
    for (const n of [1, 2, pages.length]) expect(await brightness(file, n), `第 ${n} 页`).toBeGreaterThan(225);
  });

  it('numbers every page at its foot', () => {
    expect(pages.length).toBeGreaterThan(4);
    const unnumbered = pages.map((p, i) => (new RegExp(`—\\s*${i + 1}\\s*—`).test(p.text) ? undefined : i + 1)).filter(Boolean);
    expect(unnumbered).toEqual([]);
  });

  it('has every article, in order', () => {
    const headings = pages.flatMap((p) => p.markers.filter((m) => m.startsWith('A')));
    expect(headings).toEqual(articles().map((a) => `A${a.num}`));
  });

  it('keeps each article’s heading with its first words, and each lead-in with its first item', () => {
    const pageOf = new Map<string, number>();
    pages.forEach((p, i) => p.markers.forEach((m) => pageOf.set(m, i + 1)));
    const split: string[] = [];
    for (const a of articles()) {
      if (pageOf.get(`A${a.num}`) !== pageOf.get(`P${a.num}`)) split.push(`${a.label}的标题与正文分在两页`);
      a.paragraphs.forEach((p, k) => {
        if (p.text && p.items.length && pageOf.get(`L${a.num}-${k}`) !== pageOf.get(`I${a.num}-${k}-0`)) split.push(`${a.label}的引导语与第一项分在两页`);
      });
    }
    expect(split).toEqual([]);
    expect(pageOf.get('L17-0')).toBe(pageOf.get('I17-0-0'));
  });

  it('fills the first page like the others (no near-empty first page)', () => {
    const counts = pages.map((p) => p.markers.length);
    const middle = counts.slice(1, -1).sort((a, b) => a - b);
    const median = middle[Math.floor(middle.length / 2)]!;
    expect(counts[0], `各页标记数：${counts.join('、')}`).toBeGreaterThanOrEqual(Math.floor(median * 0.5));
  });
});

describe('a chapter printed', () => {
  it('keeps 第十七条’s lead-in with its items, and starts on the first page', async () => {
    const page = await open('chapters/chp_3/', true);
    await page.evaluate(() => {
      const lead = document.querySelector('#art_17__para_1 > p')!;
      lead.append(Object.assign(document.createElement('span'), { textContent: ' [[L17]] ' }));
      document.querySelector('#art_17__item_1')!.prepend(Object.assign(document.createElement('span'), { textContent: ' [[I17]] ' }));
      document.querySelector('#art_8')!.prepend(Object.assign(document.createElement('span'), { textContent: ' [[A8]] ' }));
    });
    const file = path.join(tmp, 'chapter.pdf');
    await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
    const pages = await pdfPages(file);
    const pageOf = (m: string) => pages.findIndex((p) => p.text.includes(`[[${m}]]`)) + 1;
    expect(pageOf('A8')).toBe(1);
    expect(pageOf('L17')).toBe(pageOf('I17'));
    expect(await brightness(file, 1)).toBeGreaterThan(225);
  });
});
