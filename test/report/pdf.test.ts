/**
 * The report as the PDF the 党委 and the upper office receive (Art. 29（一）): a 上行文 laid out
 * to GB/T 9704 by the forms' renderer, read back with poppler as any reader's tools read it.
 * It must say what the HTML says (one document model), hold aggregates only, and pass every
 * check a form passes (inside the 版心, nothing printed over anything, the signature block).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTRAIT } from '../../scripts/lib/gbt9704/geometry.ts';
import { runReport, type ReportResult } from '../../scripts/lib/report/run.ts';
import { allProblems, readingText, readPrinted, type Printed } from '../gbt9704/pdf-checks.ts';
import { useSharedBrowser } from '../support/browser.ts';

const DIR = 'test/fixtures/report';
const NAME = '维护执法权威工作情况报告_2026-07-01_2026-09-30';
let out: string;
let result: ReportResult;
let printed: Printed;
/** The report's renderer prints in the tests' shared browser. */
const browser = useSharedBrowser();

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'wq-report-pdf-'));
  result = await runReport({
    inputs: [DIR],
    period: { from: '2026-07-01', to: '2026-09-30' },
    unitFiles: [path.join(DIR, 'unit-hohhot.json')],
    outDir: out,
    formats: ['pdf', 'html'],
    date: '2026-10-08',
    serial: 5,
    contact: '刘清',
    log: () => undefined,
    renderer: { browser: browser() },
  });
  printed = readPrinted(path.join(out, `${NAME}.pdf`));
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What the HTML shows, block by block (paragraphs, headings, captions, table cells), unescaped. */
function htmlPieces(): string[] {
  const html = readFileSync(path.join(out, `${NAME}.html`), 'utf8').replace(/<svg[\s\S]*?<\/svg>/g, '');
  const unescape = (s: string) => s.replace(/<br>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...html.matchAll(/<(p|h1|h2|th|td|caption|figcaption|span|div)(?: [^>]*)?>([^<]+)<\/\1>/g)].map((m) => unescape(m[2]!)).filter((t) => !t.startsWith('本报告只含统计数字'));
}

const squeeze = (s: string) => s.replace(/[\s\u3000]/g, '');

describe('the report as a PDF (Art. 29（一）), laid out as a 上行文', () => {
  it('is written, with its page count, beside the HTML', () => {
    expect(result.exitCode).toBe(1); // two fixture files are invalid on purpose, and left out
    expect(result.written.map((w) => [w.format, w.outcome])).toEqual([
      ['pdf', 'written'],
      ['html', 'written'],
    ]);
    expect(result.pages).toBe(printed.pages);
    expect(printed.pages).toBeGreaterThanOrEqual(3);
  });

  it('says every word the HTML says, in the same order', () => {
    // The body's words: a paragraph may run over a page, and the page number below the 版心 is not its text.
    const body = printed.words.filter((w) => w.y0 < PORTRAIT.top + PORTRAIT.typeHeight);
    const pdf = squeeze(body.map((w) => w.text).join(''));
    const pieces = htmlPieces().map(squeeze).filter(Boolean);
    expect(pieces.length).toBeGreaterThan(40);
    let from = 0;
    for (const piece of pieces) {
      const at = pdf.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  });

  it('passes every check a form passes: inside the 版心, nothing over anything, the 署名 over its date', () => {
    expect(allProblems(printed, true)).toEqual([]);
  });

  it('carries its 发文字号, 签发人, one 主送 (the next level up), the 党委 as 抄送 and the 版记 of the office that issues it', () => {
    const text = readingText(printed);
    expect(text).toContain('呼公维字〔2026〕5号');
    expect(text).toMatch(/签发人：郝志刚/);
    expect(squeeze(text)).toContain('报告内蒙古自治区公安厅维护公安民警执法权威工作委员会办公室：根据');
    expect(squeeze(text)).toContain('抄送：中共呼和浩特市公安局委员会。');
    expect(text).toMatch(/呼和浩特市公安局维权办　*2026年10月8日印发/);
    expect(text).toContain('（联系人：刘清；联系电话：');
  });

  it('records what it rests on, without any case’s data: the regulation’s version, a hash of the cases counted, the provisions', () => {
    expect(printed.meta['WqForm']).toBe('periodic-report');
    expect(printed.meta['WqCaseSha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(printed.meta['WqArticles']).toBe('art_29__item_1 art_29__item_3 art_29__item_6');
  });

  it('holds aggregates only: no name of any person from any file', () => {
    const text = printed.words.map((w) => w.text).join('');
    const names = new Set<string>();
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
      try {
        const data = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'));
        for (const name of [...(data.people ?? []).map((p: { name?: string }) => p.name), ...(data.handlers ?? []).map((h: { name?: string }) => h.name)]) {
          if (name) names.add(name);
        }
      } catch {
        // the broken file on purpose
      }
    }
    expect(names.size).toBeGreaterThan(2);
    for (const name of names) expect(text, name).not.toContain(name);
  });

  it('keeps an earlier PDF report as it is, without --force', async () => {
    const file = path.join(out, `${NAME}.pdf`);
    const before = readFileSync(file);
    const again = await runReport({
      inputs: [DIR],
      period: { from: '2026-07-01', to: '2026-09-30' },
      unitFiles: [path.join(DIR, 'unit-hohhot.json')],
      outDir: out,
      formats: ['pdf'],
      date: '2026-10-09',
      log: () => undefined,
      renderer: { browser: browser() },
    });
    expect(again.written).toEqual([{ file, format: 'pdf', outcome: 'exists' }]);
    expect(again.exitCode).toBe(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reads as the 党委 reads it (reviewed)', async () => {
    await expect(readingText(printed)).toMatchFileSnapshot('__snapshots__/report.pdf.txt');
  });
});
