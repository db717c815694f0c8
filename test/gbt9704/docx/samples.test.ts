/**
 * Every sample form as a DOCX beside its PDF (wq-forms --format both): the two are rendered from
 * one document model, so a clerk who opens the DOCX in Word or WPS reads the words of the PDF,
 * and a word processor lays them out on as many pages. Read with a zip/XML reader and converted
 * with LibreOffice, the PDF read back with poppler.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForms, type RunResult } from '../../../scripts/lib/documents/run.ts';
import { GRID } from '../../../scripts/lib/gbt9704/geometry.ts';
import { overprints, readPrinted, readPrintedAll, readingText } from '../pdf-checks.ts';
import { all, convertToPdf, openDocx } from './read.ts';
import { nonEmpty } from '../../support/non-empty.ts';
import { useRenderer } from '../../support/renderer.ts';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../schemas/examples');
let dir: string;
let result: RunResult;
const renderer = useRenderer();
/** PDF file → the LibreOffice conversion of its DOCX. */
const converted = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-docx-samples-'));
  const inputs = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(EXAMPLES, f));
  const unitFiles = readdirSync(path.join(EXAMPLES, 'units')).sort().map((f) => path.join(EXAMPLES, 'units', f));
  result = await runForms({ inputs, unitFiles, outDir: dir, asOf: '2026-12-31', formats: ['pdf', 'docx'], log: () => undefined, created: new Date('2026-12-31T00:00:00Z'), openRenderer: renderer() });
  convertToPdf(pdfs().map(docxOf)).forEach((lo, i) => converted.set(pdfs()[i]!, lo));
  readPrintedAll([...pdfs(), ...converted.values()]);
}, 300_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The sample PDFs (every check below is over them: none is a failure). */
const pdfs = () => nonEmpty(result.documents.filter((d) => d.file.endsWith('.pdf')).map((d) => d.file), '样张 PDF');
const docxOf = (pdf: string) => pdf.replace(/\.pdf$/, '.docx');
const squeeze = (s: string) => s.replace(/[\s\u3000]/g, '');

/** The words of a DOCX's body (its paragraphs, tables and text boxes, in document order). */
function docxText(file: string): string {
  const xml = openDocx(readFileSync(file)).xml('word/document.xml');
  return all(xml, 't').map((t) => t.textContent ?? '').join('');
}

/** The PDF's words, the page numbers and provenance line left out (the DOCX has them in its footers). */
function pdfText(file: string): string {
  return readingText(readPrinted(file)).replace(/^— 第 \d+ 页 —$/gm, '');
}

/** Characters of a text, sorted: the 版记 and the 发文机关标志 are text boxes, anchored where Word keeps them, not where they print. */
const letters = (s: string) => [...squeeze(s)].sort().join('');

describe('each form as a DOCX, beside its PDF', () => {
  it('is made for every PDF', () => {
    expect(result.exitCode).toBe(0);
    expect(pdfs().length).toBeGreaterThan(30);
    for (const pdf of pdfs()) expect(result.documents.some((d) => d.file === docxOf(pdf)), docxOf(pdf)).toBe(true);
  });

  it('says the words of the PDF, no more and no fewer', () => {
    const differ = pdfs().filter((pdf) => letters(docxText(docxOf(pdf))) !== letters(pdfText(pdf)));
    expect(differ.map((f) => path.basename(f))).toEqual([]);
  });

  it('says them in the PDF’s order in every 公文 (a ruled form’s cells are read across its rows in the PDF, down its cells in the DOCX)', () => {
    const official = pdfs().filter((pdf) => all(openDocx(readFileSync(docxOf(pdf))).xml('word/document.xml'), 'tbl').length === 0);
    expect(official.length).toBeGreaterThan(10);
    for (const pdf of official) {
      const words = squeeze(docxText(docxOf(pdf)));
      // The running text of the PDF, line by line: each line is found in the DOCX after the previous one.
      let from = 0;
      for (const line of pdfText(pdf).split('\n').map(squeeze).filter((l) => l.length >= 6)) {
        const at = words.indexOf(line, from);
        if (at >= 0) from = at + line.length;
        else expect(words, `${path.basename(pdf)}：“${line}”`).toContain(line);
      }
    }
  });

  it('runs to as many pages in LibreOffice as the PDF has, content controls, check boxes and all', () => {
    const pages = pdfs().map((pdf) => ({ file: path.basename(pdf), pdf: readPrinted(pdf).pages, docx: readPrinted(converted.get(pdf)!).pages }));
    expect(pages.filter((p) => p.pdf !== p.docx)).toEqual([]);
    expect(pages.some((p) => p.pdf > 1)).toBe(true);
  });

  it('keeps every word inside the 版心 in LibreOffice too, and prints nothing over anything', () => {
    const problems = pdfs().flatMap((pdf) => {
      const lo = readPrinted(converted.get(pdf)!);
      const letterhead = readPrinted(pdf).meta['WqForm'] === 'transfer-letter';
      const outside = lo.words.filter((w) => {
        const g = lo.geometry(w.page);
        const right = g.left + g.typeWidth;
        if (w.y0 > g.top + g.typeHeight) return false; // the footers: page number and provenance line
        if (letterhead && w.page === 1 && w.y0 >= 27 && w.y1 <= g.top + 10) return false; // the 信函格式's mark, 30 mm from the edge
        // A closing mark may hang in the right margin, as Word, WPS and LibreOffice let it (w:overflowPunct).
        const hangs = /[。，、；：！？）”』」]$/u.test(w.text) && w.x1 <= right + (GRID.bodySize * 25.4) / 72 + 0.2;
        return w.x0 < g.left - 1 || (w.x1 > right + 1 && !hangs) || w.y0 < g.top - 1 || w.y1 > g.top + g.typeHeight + 1;
      });
      return [...outside.map((w) => `第 ${w.page} 页“${w.text}”超出版心（${(w.x1 - lo.geometry(w.page).left - lo.geometry(w.page).typeWidth).toFixed(1)} mm）`), ...overprints(lo)].map((x) => `${path.basename(pdf)}：${x}`);
    });
    expect(problems).toEqual([]);
  });
});
