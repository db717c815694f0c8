/**
 * GB/T 9704-2012 layout, checked on real PDFs printed by a real Chromium and read back
 * with poppler: page size, embedded fonts, extractable Chinese text, nothing outside the
 * 版心 but the page numbers, page numbers per document, the 版记 at the foot of the last
 * page, and the line grid.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormRenderer } from '../../scripts/lib/gbt9704/renderer.ts';
import { createTemplates } from '../../scripts/lib/gbt9704/templates.ts';
import { BANNER, GRID, MM_PER_PT, PLACEMENT, PORTRAIT } from '../../scripts/lib/gbt9704/geometry.ts';
import { provisionText } from '../../scripts/lib/policy/query.ts';
import { loadPolicyModel } from '../../scripts/lib/policy/index.ts';
import { filler, noticeJob } from '../fixtures/documents/letters.ts';
import { overprints, readPrinted, signatureProblems } from './pdf-checks.ts';
import { useSharedBrowser } from '../support/browser.ts';
import { countPixels, fonts, info, pageSizes, raster, text, words, type Word } from './pdf-tools.ts';

const TOL = 1; // mm: pdftotext reports advance boxes, and Chromium snaps lines to whole pixels
const typeBox = {
  left: PORTRAIT.left,
  right: PORTRAIT.left + PORTRAIT.typeWidth,
  top: PORTRAIT.top,
  bottom: PORTRAIT.top + PORTRAIT.typeHeight,
};
const pageNumberWords = (ws: Word[]) => ws.filter((w) => w.y0 > typeBox.bottom && w.y1 < typeBox.bottom + 12);
const traceWords = (ws: Word[]) => ws.filter((w) => w.y0 > typeBox.bottom + 12);

let dir: string;
let renderer: FormRenderer;
const browser = useSharedBrowser();
const files: Record<'short' | 'long' | 'upward' | 'crowded' | 'letterhead' | 'draft', string> = { short: '', long: '', upward: '', crowded: '', letterhead: '', draft: '' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-layout-'));
  const model = await loadPolicyModel();
  const templates = createTemplates();
  renderer = await FormRenderer.open(templates, { browser: browser() });
  const [short, long, upward, crowded, letterhead, draft] = await renderer.render([
    noticeJob(templates, model),
    noticeJob(templates, model, { extra: [filler(400), filler(700), filler(333), filler(250)] }),
    noticeJob(templates, model, { signer: '郝志刚' }),
    // A long prefix and a long Mongolian name on the 签发人 line; a body that ends near the foot of a page.
    noticeJob(templates, model, { signer: '额尔德尼巴雅尔·孟和吉日嘎拉', prefix: '鄂尔多斯市公安局伊金霍洛旗分局维权字', extra: [filler(530)] }),
    noticeJob(templates, model, { format: 'letter', title: '关于移送侵权违法行为人有关材料的函', extra: [filler(300)] }),
    noticeJob(templates, model, { draft: true }),
  ]);
  for (const [key, doc] of [['short', short!], ['long', long!], ['upward', upward!], ['crowded', crowded!], ['letterhead', letterhead!], ['draft', draft!]] as const) {
    files[key] = path.join(dir, `${key}.pdf`);
    writeFileSync(files[key], doc.pdf);
  }
});

afterAll(async () => {
  await renderer?.close();
  if (dir && !process.env['KEEP']) rmSync(dir, { recursive: true, force: true });
});

describe('a notice printed to GB/T 9704-2012', () => {
  it('is on A4 sheets (Chromium rounds A4 to 594.96 × 841.92 pt)', () => {
    const sizes = pageSizes(files.long);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const s of sizes) {
      expect(Math.abs(s.width * MM_PER_PT - 210)).toBeLessThan(0.5);
      expect(Math.abs(s.height * MM_PER_PT - 297)).toBeLessThan(0.5);
    }
  });

  it('embeds every font it uses, with a Unicode map, and none is a Type 3 stand-in', () => {
    for (const file of Object.values(files)) {
      const rows = fonts(file);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row, row.name).toMatchObject({ embedded: true, unicode: true });
        expect(row.type).not.toBe('Type 3');
      }
    }
  });

  it('extracts as Chinese text, quoting 第二十九条第（五）项 word for word from the model', async () => {
    const model = await loadPolicyModel();
    const ws = words(files.short);
    const numbers = [...pageNumberWords(ws), ...traceWords(ws)];
    const plain = ws.filter((w) => !numbers.includes(w)).map((w) => w.text).join('');
    expect(plain).toContain('正名通知书');
    expect(plain).toContain('呼公维字〔2026〕3号');
    expect(plain).toContain('第二十九条第（五）项');
    expect(plain).toContain(provisionText(model, 'art_29__item_5'));
    expect(plain).toContain('2026年3月5日');
  });

  it('keeps every word inside the 版心 except the page numbers and the provenance line', () => {
    for (const file of [files.short, files.long, files.upward, files.crowded]) {
      const ws = words(file);
      expect(ws.length).toBeGreaterThan(20);
      const body = ws.filter((w) => !pageNumberWords(ws).includes(w) && !traceWords(ws).includes(w));
      for (const w of body) {
        expect(w.x0, w.text).toBeGreaterThanOrEqual(typeBox.left - TOL);
        expect(w.x1, w.text).toBeLessThanOrEqual(typeBox.right + TOL);
        expect(w.y0, w.text).toBeGreaterThanOrEqual(typeBox.top - TOL);
        expect(w.y1, w.text).toBeLessThanOrEqual(typeBox.bottom + TOL);
      }
    }
  });

  it('numbers each page "— n —" from 1, 7 mm below the 版心, odd pages right and even pages left', () => {
    const ws = words(files.long);
    const pages = Math.max(...ws.map((w) => w.page));
    expect(pages).toBeGreaterThanOrEqual(3);
    const char = PLACEMENT.pageNumberSize * MM_PER_PT;
    for (let page = 1; page <= pages; page++) {
      const onPage = pageNumberWords(ws).filter((w) => w.page === page);
      expect(onPage.map((w) => w.text), `page ${page}`).toEqual(['—', String(page), '—']);
      const left = Math.min(...onPage.map((w) => w.x0));
      const right = Math.max(...onPage.map((w) => w.x1));
      const middle = (onPage[0]!.y0 + onPage[0]!.y1) / 2;
      expect(Math.abs(middle - (typeBox.bottom + PLACEMENT.pageNumberGap))).toBeLessThan(1.5);
      if (page % 2 === 1) expect(Math.abs(right - (typeBox.right - char))).toBeLessThan(TOL);
      else expect(Math.abs(left - (typeBox.left + char))).toBeLessThan(TOL);
    }
  });

  it('puts the 版记 at the foot of the 版心 on the last page, whatever the length', () => {
    for (const file of [files.short, files.long, files.upward, files.crowded]) {
      const ws = words(file);
      const last = Math.max(...ws.map((w) => w.page));
      const printed = ws.find((w) => w.page === last && w.text.endsWith('印发'));
      expect(printed, file).toBeDefined();
      // The 印发 line is the last grid line: its text ends within a line of the 版心's foot.
      expect(typeBox.bottom - printed!.y1).toBeLessThan(GRID.linePitch / 2);
      expect(typeBox.bottom - printed!.y1).toBeGreaterThanOrEqual(-TOL);
      const cc = ws.find((w) => w.page === last && w.text.startsWith('抄送'));
      expect(Math.abs(printed!.y0 - cc!.y0 - GRID.linePitch)).toBeLessThan(0.5);
    }
  });

  it('sets the body on the grid: 28 characters a line, 22 lines a page', () => {
    const ws = words(files.long).filter((w) => w.page === 2 && w.y0 < typeBox.bottom);
    // A page full of body text: 22 lines, evenly pitched.
    const lines = [...new Set(ws.map((w) => w.y0.toFixed(1)))];
    expect(lines.length).toBe(GRID.lines);
    const tops = ws.map((w) => w.y0);
    const pitch = (Math.max(...tops) - Math.min(...tops)) / (GRID.lines - 1);
    expect(Math.abs(pitch - GRID.linePitch)).toBeLessThan(0.1);
    // Full lines of filler text hold exactly 28 characters, edge to edge.
    const full = ws.filter((w) => [...w.text].length === GRID.chars && /^[\u4e00-\u9fff]+$/u.test(w.text));
    expect(full.length).toBeGreaterThan(10);
    for (const w of full) expect(Math.abs(w.x0 - typeBox.left)).toBeLessThan(TOL);
  });

  it('carries title, issuer, articles, language and provenance in its metadata', async () => {
    const meta = info(files.short);
    expect(meta['Title']).toBe('正名通知书');
    expect(meta['Author']).toBe('呼和浩特市公安局维护公安民警执法权威工作委员会办公室');
    expect(meta['Subject']).toBe('第二十九条第（五）项');
    expect(meta['WqArticles']).toBe('art_29__item_5');
    expect(meta['WqCaseSha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(meta['WqRegulationVersion']).toMatch(/^sha256:/);
    const doc = await PDFDocument.load(await import('node:fs').then((fs) => fs.readFileSync(files.short)));
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('zh-CN');
    expect(meta['WqDocumentDate']).toBe('2026-03-05');
    // Provenance is no 公文 element: a document to issue has nothing printed under its page numbers…
    expect(traceWords(words(files.short))).toEqual([]);
    expect(text(files.short)).not.toContain('溯源');
    // …a draft (wq-forms --draft) prints it in the bottom margin well under the page number, so a copy can be traced too.
    const trace = traceWords(words(files.draft)).filter((w) => w.page === 1);
    expect(trace.map((w) => w.text)).toEqual([expect.stringMatching(/^溯源：条文sha256:[0-9a-f]{16}；案件sha256:[0-9a-f]{16}；依据第二十九条第（五）项$/)]);
    for (const w of trace) expect(w.y0).toBeGreaterThan(typeBox.bottom + 15);
    expect(text(files.draft)).not.toMatch(/溯源[^\n]*\n[^\n]*印发/); // never between the signature and the 版记
  });

  it('shows black body text on every page, and the issuer mark and the rule under the 发文字号 in red', () => {
    const page = { width: 210, height: 297 };
    const dark = ([r, g, b]: [number, number, number]) => r < 100 && g < 100 && b < 100;
    const red = ([r, g, b]: [number, number, number]) => r > 180 && g < 90 && b < 90;
    const pages = pageSizes(files.long).length;
    const area = { x0: typeBox.left, x1: typeBox.right, y0: typeBox.top, y1: typeBox.bottom };
    for (let n = 1; n <= pages; n++) {
      // Ink in the 版心: the page-number stamp must not cover the page it numbers.
      expect(countPixels(raster(files.long, n, 72), area, page, dark), `page ${n}`).toBeGreaterThan(200);
    }
    const first = raster(files.short, 1, 50);
    const markBand = { x0: typeBox.left, x1: typeBox.right, y0: typeBox.top + PLACEMENT.issuerMarkTop - 2, y1: typeBox.top + PLACEMENT.issuerMarkTop + 16 };
    expect(countPixels(first, markBand, page, red)).toBeGreaterThan(100);
    expect(countPixels(first, markBand, page, dark)).toBe(0);
    const rule = { x0: typeBox.left, x1: typeBox.right, y0: typeBox.top + BANNER.ruleTop - 1, y1: typeBox.top + BANNER.ruleTop + 1.5 };
    // A red line the width of the 版心: red pixels across most of the columns.
    expect(countPixels(first, rule, page, red)).toBeGreaterThan(((typeBox.right - typeBox.left) * 50) / 25.4 * 0.9);
  });

  it('reports which typefaces it used', () => {
    expect(renderer.usedRoles.has('fang')).toBe(true);
    expect(renderer.usedRoles.has('xbs')).toBe(true);
    expect(renderer.usedRoles.has('song')).toBe(true);
  });

  it('computes the grid from the 版心: 156 mm / 28 and 225 mm / 22, never rounded up', () => {
    expect(GRID.charPitch * GRID.chars).toBeLessThanOrEqual(PORTRAIT.typeWidth);
    expect(GRID.charPitch * (GRID.chars + 1)).toBeGreaterThan(PORTRAIT.typeWidth);
    expect(GRID.linePitch * GRID.lines).toBeLessThanOrEqual(PORTRAIT.typeHeight);
    expect(PORTRAIT.left + PORTRAIT.typeWidth + PORTRAIT.right).toBe(210);
    expect(PORTRAIT.top + PORTRAIT.typeHeight + PORTRAIT.bottom).toBe(297);
  });
});

describe('an upward document (上行文) names its 签发人 in the 版头 (GB/T 9704-2012 7.2.4, 7.2.5)', () => {
  const lineOf = (ws: Word[], w: Word) => ws.filter((o) => o.page === 1 && Math.abs(o.y0 - w.y0) < TOL);

  it('moves the 发文字号 one character in from the left, and puts 签发人 one character in from the right on its line', () => {
    const ws = words(files.upward);
    const number = ws.find((w) => w.page === 1 && w.text.startsWith('呼公维字'))!;
    expect(number, 'the 发文字号').toBeDefined();
    expect(number.x0).toBeCloseTo(typeBox.left + GRID.charPitch, 0);
    const line = lineOf(ws, number);
    const signer = line.find((w) => w.text.includes('签发人'));
    expect(signer, '签发人 on the line of the 发文字号').toBeDefined();
    expect(line.map((w) => w.text).join('')).toContain('郝志刚');
    expect(Math.max(...line.map((w) => w.x1))).toBeCloseTo(typeBox.right - GRID.charPitch, 0);
    // The same line as the centred 发文字号 of an ordinary notice: two lines under the issuer mark.
    const centred = words(files.short).find((w) => w.page === 1 && w.text.startsWith('呼公维字'))!;
    expect(number.y0).toBeCloseTo(centred.y0, 0);
    expect(centred.x0).toBeGreaterThan(typeBox.left + 3 * GRID.charPitch);
  });

  it('prints the name in 楷体, which an ordinary notice does not use', () => {
    expect(renderer.usedRoles.has('kai')).toBe(true);
    const kai = (file: string) => fonts(file).some((f) => /kai/i.test(f.name));
    expect(kai(files.upward)).toBe(true);
    expect(kai(files.short)).toBe(false);
  });
});

describe('what a clerk signs and seals (GB/T 9704-2012 §7.2.6, §7.3.5, §10.1)', () => {
  it('prints no word over another, the crowded 签发人 line included', () => {
    for (const file of Object.values(files)) expect(overprints(readPrinted(file)), file).toEqual([]);
    const ws = words(files.crowded).filter((w) => w.page === 1);
    expect(ws.map((w) => w.text).join('')).toContain('额尔德尼巴雅尔·孟和吉日嘎拉');
  });

  it('sets the date four characters in from the right and the 署名 centred over it, a blank line above for the seal', () => {
    for (const file of Object.values(files)) expect(signatureProblems(readPrinted(file)), file).toEqual([]);
  });

  it('keeps the closing sentence with the signature, and never leaves a page with less than two lines of the body', () => {
    const p = readPrinted(files.crowded);
    const last = p.pages;
    const onLast = p.words.filter((w) => w.page === last && w.y0 < typeBox.bottom);
    const closing = onLast.findIndex((w) => w.text === '特此通知。');
    expect(closing).toBeGreaterThanOrEqual(2); // at least two lines of the body before it on its page
  });

  it('sets the 信函格式: mark 30 mm from the top, 发文字号 flush right, red double rules, no page number on page 1, no 印发 line', () => {
    const ws = words(files.letterhead);
    const mark = ws.find((w) => w.page === 1 && w.text.startsWith('呼和浩特市公安局维护'))!;
    expect(mark.y0).toBeGreaterThan(28);
    expect(mark.y0).toBeLessThan(32);
    const number = ws.find((w) => w.page === 1 && w.text.startsWith('呼公维字'))!;
    const numberLine = ws.filter((w) => w.page === 1 && Math.abs(w.y0 - number.y0) < 1);
    expect(Math.max(...numberLine.map((w) => w.x1))).toBeCloseTo(typeBox.right, 0);
    expect(pageNumberWords(ws).filter((w) => w.page === 1)).toEqual([]);
    expect(pageNumberWords(ws).filter((w) => w.page === 2).map((w) => w.text)).toEqual(['—', '2', '—']);
    expect(ws.some((w) => w.text.endsWith('印发'))).toBe(false);
    const red = ([r, g, b]: [number, number, number]) => r > 180 && g < 90 && b < 90;
    const first = raster(files.letterhead, 1, 100);
    const under = { x0: 20, x1: 190, y0: mark.y1, y1: number.y0 };
    // Red across 170 mm: wider than the 版心.
    expect(countPixels(first, { ...under, x0: 20, x1: 27 }, { width: 210, height: 297 }, red)).toBeGreaterThan(10);
    expect(countPixels(first, { x0: 20, x1: 190, y0: 274, y1: 278 }, { width: 210, height: 297 }, red)).toBeGreaterThan(300);
  });
});

