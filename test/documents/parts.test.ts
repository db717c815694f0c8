/**
 * The small parts of the forms: GB/T 9704 dates and 发文字号, file names, the form list
 * against the model, provenance hashing, and what build:forms publishes for the handbook.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite } from '../../scripts/lib/citations/index.ts';
import { BLANK_DATE, documentNumber, formatDate } from '../../scripts/lib/gbt9704/dates.ts';
import { issuerMarkSize, MM_PER_PT, PORTRAIT } from '../../scripts/lib/gbt9704/geometry.ts';
import { documentFileName, ledgerFileName, safeName } from '../../scripts/lib/documents/naming.ts';
import { caseHash } from '../../scripts/lib/gbt9704/provenance.ts';
import { provisionText } from '../../scripts/lib/policy/query.ts';
import { loadFormDefs } from '../../scripts/lib/documents/forms-file.ts';
import { resolveForm } from '../../scripts/lib/documents/form-list.ts';
import { breakTitle, widthOf } from '../../scripts/lib/gbt9704/model/title.ts';
import { loadPolicyModel } from '../../scripts/lib/policy/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('dates and document numbers as GB/T 9704 prints them', () => {
  it('writes dates in Arabic numerals with the full year and no zero padding', () => {
    expect(formatDate('2026-03-05')).toBe('2026年3月5日');
    expect(formatDate('2026-12-31')).toBe('2026年12月31日');
    expect(formatDate(undefined)).toBe(BLANK_DATE);
    expect(() => formatDate('5/3/2026')).toThrow(/YYYY-MM-DD/);
  });

  it('puts the year of a 发文字号 in 〔〕 and the number without leading zeros or 第', () => {
    expect(documentNumber('内公维字', 2026, 3)).toBe('内公维字〔2026〕3号');
    expect(documentNumber('内公维字', 2026, 12)).toBe('内公维字〔2026〕12号');
    // Unknown parts stay blank for the clerk, never invented.
    expect(documentNumber('呼公维字', undefined, undefined)).toBe('呼公维字〔\u3000\u3000〕\u3000\u3000号');
  });

  it('keeps a long issuer mark inside the 版心 by condensing it', () => {
    for (const mark of ['内蒙古自治区公安厅', '呼和浩特市公安局维护公安民警执法权威工作委员会办公室']) {
      const { sizePt, scaleX } = issuerMarkSize(mark);
      expect([...mark].length * sizePt * MM_PER_PT * scaleX).toBeLessThanOrEqual(PORTRAIT.typeWidth);
    }
  });
});

describe('file names', () => {
  it('are the case number and the form title, the same every time', () => {
    expect(documentFileName('呼公维〔2026〕7号', '正名通知书')).toBe('呼公维〔2026〕7号_正名通知书.pdf');
    expect(documentFileName('呼公维〔2026〕7号', '免责审查意见书', '2')).toBe('呼公维〔2026〕7号_免责审查意见书_2.pdf');
  });

  it('replace what a file system refuses and keep different case numbers apart', () => {
    const a = safeName('HHHT/2026:007');
    const b = safeName('HHHT:2026/007');
    expect(a).not.toMatch(/[/\\:*?"<>|]/);
    expect(a).not.toBe(b);
    expect(safeName('HHHT/2026:007')).toBe(a);
    expect(safeName('../../etc/passwd')).not.toContain('/');
  });

  it('name a ledger after how many cases it holds and which', () => {
    expect(ledgerFileName('工作台账', ['b', 'a'])).toBe(ledgerFileName('工作台账', ['a', 'b']));
    expect(ledgerFileName('工作台账', ['a', 'b'])).toMatch(/^工作台账_2件_[0-9a-f]{8}\.pdf$/);
  });
});

describe('the list of forms (templates/forms.json)', () => {
  it('names ten forms, each resting on provisions that exist in the model, each with a builder', async () => {
    const model = await loadPolicyModel();
    const defs = loadFormDefs(model);
    expect(defs.map((d) => d.id)).toEqual([
      'application-register', 'escalation-report', 'name-clearing-notice', 'exemption-opinion', 'review-opinion',
      'correction-notice', 'correction-reminder', 'transfer-letter', 'delivery-receipt', 'ledger',
    ]);
    for (const def of defs) {
      expect(def.articles.length, def.id).toBeGreaterThan(0);
      for (const eId of def.articles) expect(() => provisionText(model, eId), `${def.id} ${eId}`).not.toThrow();
    }
    // The one form the Measures name takes its title from the model, not from a retyped string.
    expect(defs.find((d) => d.id === 'name-clearing-notice')!.title).toBe(model.documents.find((d) => d.id === 'name_clearing_notice')!.title);
  });
});

describe('--form names', () => {
  it('accept the id, the title and the other Chinese names a clerk uses', async () => {
    const defs = loadFormDefs(await loadPolicyModel());
    const id = (name: string) => resolveForm(defs, name)?.id;
    expect(id('name-clearing-notice')).toBe('name-clearing-notice');
    expect(id('正名通知书')).toBe('name-clearing-notice');
    expect(id('《正名通知书》')).toBe('name-clearing-notice');
    expect(id('催办通知')).toBe('correction-reminder');
    expect(id('续报')).toBe('escalation-report');
    expect(id('台账')).toBe('ledger');
    expect(id('送达回执')).toBe('delivery-receipt');
    expect(id('请示')).toBeUndefined();
  });
});

describe('titles (GB/T 9704 §7.3.1)', () => {
  it('break between words, never inside a name, in balanced lines', () => {
    const lines = breakTitle('关于土默特左旗公安局察素齐派出所民警王建国执法权威受到侵害的报告', ['王建国']);
    expect(lines).toEqual(['关于土默特左旗公安局察素齐派出所', '民警王建国执法权威受到侵害的报告']);
    const long = breakTitle('关于乌兰察布市公安局交通管理支队集宁大队警务辅助人员额尔德尼巴雅尔执法权威受到侵害的续报（第一次）', ['额尔德尼巴雅尔']);
    expect(long.some((l) => l.includes('额尔德尼巴雅尔'))).toBe(true);
    for (const l of long) expect(/^[，。、；）》”]/u.test(l) || /[（《“]$/u.test(l), l).toBe(false);
    const widths = long.map(widthOf);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(6);
  });
});

describe('file names', () => {
  it('never pass 255 bytes, however long the case number', () => {
    const name = documentFileName('呼'.repeat(200), '督促限期纠正通知书', '第一项督促纠正事项'.repeat(10));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(documentFileName('呼'.repeat(200), '督促限期纠正通知书')).not.toBe(documentFileName('呼'.repeat(201), '督促限期纠正通知书'));
  });
});

describe('provenance', () => {
  it('hashes the case data, not its formatting or key order', () => {
    expect(caseHash({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(caseHash(JSON.parse('{ "a": [1, {"c": 3, "d": 2}], "b": 1 }')));
    expect(caseHash({ a: 1 })).not.toBe(caseHash({ a: 2 }));
  });
});

describe('dist/published/forms.json (written by npm run build:forms)', () => {
  it('lists every form with its articles, usage and a sample PDF and preview that exist', async () => {
    const file = path.join(ROOT, 'dist/published/forms.json');
    if (!existsSync(file)) throw new Error('缺少 dist/published/forms.json：请先运行 npm run build（或 npm run build:forms）');
    const published = JSON.parse(readFileSync(file, 'utf8')) as {
      forms: { id: string; title: string; articles: string[]; description: string; usage: string; samplePdf: string; samplePng?: string; blankPdf?: string; blankPng?: string }[];
    };
    const defs = loadFormDefs(await loadPolicyModel());
    expect(published.forms.map((f) => f.id)).toEqual(defs.map((d) => d.id));
    for (const form of published.forms) {
      expect(form.articles.length, form.id).toBeGreaterThan(0);
      expect(form.articles.every((a) => cite(a).length > 0)).toBe(true);
      expect(form.usage).toBe(`npm run forms -- <案件.json> --form ${form.id}`);
      expect(existsSync(path.join(ROOT, 'dist', form.samplePdf)), form.samplePdf).toBe(true);
      if (form.samplePng) expect(existsSync(path.join(ROOT, 'dist', form.samplePng)), form.samplePng).toBe(true);
      expect(form.blankPdf, `${form.id} 的空白表单`).toBeDefined();
      expect(existsSync(path.join(ROOT, 'dist', form.blankPdf!)), form.blankPdf).toBe(true);
      if (form.blankPng) expect(existsSync(path.join(ROOT, 'dist', form.blankPng)), form.blankPng).toBe(true);
      expect(form.description.length).toBeGreaterThan(10);
    }
  });
});
