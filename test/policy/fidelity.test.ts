/**
 * The model reproduces the Measures: the text rebuilt from it equals the original
 * from 第一章 to 施行。, character for character after NFKC and with whitespace removed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compilePolicy,
  measuresPlainText,
  normaliseForComparison,
  POLICY_DIR,
  type Article,
  type PolicyModel,
} from '../../scripts/lib/policy/index.ts';

let model: PolicyModel;
let original: string;
const article = (n: number): Article => model.chapters.flatMap((c) => c.articles).find((a) => a.num === n)!;
const itemNumbers = (n: number) => article(n).paragraphs.flatMap((p) => p.items.map((i) => i.num));

beforeAll(async () => {
  const result = await compilePolicy();
  if (!result.model) throw new Error('policy/ did not compile');
  model = result.model;
  original = await readFile(path.join(POLICY_DIR, model.meta.source), 'utf8');
});

describe('fidelity to the original text', () => {
  it('rebuilds the Measures from 第一章 to 施行。 character for character', () => {
    const start = original.indexOf('第一章');
    const end = original.indexOf('施行。') + '施行。'.length;
    const expected = normaliseForComparison(original.slice(start, end));
    const actual = normaliseForComparison(measuresPlainText(model));
    // Compare as lines of 80 characters so a difference is shown where it is.
    const chunk = (s: string) => s.match(/.{1,80}/gu) ?? [];
    expect(chunk(actual)).toEqual(chunk(expected));
  });

  it('keeps the covering notice and its metadata as found', () => {
    expect(model.meta.documentNumber).toBe('内公通字【2019】9号');
    expect(model.meta.dateWritten).toBe('2019-07-29');
    expect(model.meta.signatureDateAsPrinted).toBe('2019515');
    expect(original).toContain(model.meta.signatureDateAsPrinted);
    expect(model.meta.signatureDateNote).toMatch(/不一致/);
    expect(normaliseForComparison(original)).toContain(normaliseForComparison(model.notice.addressees));
    for (const paragraph of model.notice.paragraphs) {
      expect(normaliseForComparison(original)).toContain(normaliseForComparison(paragraph));
    }
    for (const field of [model.meta.title, model.meta.indexNumber, model.meta.issuer]) {
      expect(original.replace(/\s/g, '')).toContain(field.replace(/\s/g, ''));
    }
  });
});

describe('structure of the Measures', () => {
  it('has 7 chapters and 33 articles numbered 1 to 33 in order', () => {
    expect(model.chapters.map((c) => c.num)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(model.chapters.flatMap((c) => c.articles.map((a) => a.num))).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it('marks the headings of chapters 1 and 7 as supplied by the editors, the others as quoted', () => {
    expect(model.chapters.map((c) => [c.heading, c.headingSupplied])).toEqual([
      ['总则', true],
      ['组织领导及职责分工', false],
      ['维护范围及措施', false],
      ['公安民警依法履职免责', false],
      ['工作制度', false],
      ['责任追究', false],
      ['附则', true],
    ]);
  });

  it.each([
    [7, 10],
    [8, 10],
    [17, 4],
    [21, 3],
    [22, 3],
    [23, 4],
    [24, 4],
    [25, 9],
    [30, 6],
  ])('Art. %i has %i items numbered from （一）', (n, count) => {
    expect(itemNumbers(n)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it("keeps Art. 29's six items with their original numbers 1, 2, 3, 5, 6, 7 (there is no （四）)", () => {
    expect(itemNumbers(29)).toEqual([1, 2, 3, 5, 6, 7]);
    expect(article(29).paragraphs[0]!.items.map((i) => i.eId)).toContain('art_29__item_5');
    expect(article(29).paragraphs[0]!.items.map((i) => i.eId)).not.toContain('art_29__item_4');
  });

  it('gives Arts. 5, 6 and 26 two paragraphs, every other article one, each with para_1', () => {
    const articles = model.chapters.flatMap((c) => c.articles);
    expect(articles).toHaveLength(33);
    for (const a of articles) {
      expect(a.paragraphs.length, a.label).toBe([5, 6, 26].includes(a.num) ? 2 : 1);
      expect(a.paragraphs[0]!.eId).toBe(`${a.eId}__para_1`);
    }
  });

  it('joins Art. 17 item （三）, split across two lines in the source', () => {
    expect(article(17).paragraphs[0]!.items[2]!.text).toBe('跨区域的公安民警执法权威被侵害案（事）件；');
  });

  it('keeps Art. 25 with its title where the lead-in would be', () => {
    expect(article(25).heading).toBe('其他免责情形');
    expect(article(25).paragraphs[0]!.text).toBe('');
  });

  it('keeps the closing sentence as the effective-date clause, not as part of Art. 33', () => {
    expect(model.closing).toEqual({ eId: 'clause_effective', kind: 'effective-date', text: '本办法自印发之日起施行。' });
    expect(article(33).paragraphs.map((p) => p.text).join('')).not.toContain('施行');
  });

  it('uses Chinese typography: full-width brackets and punctuation, no ASCII ones', () => {
    const text = measuresPlainText(model);
    expect(text).not.toMatch(/[(),:;]/);
    expect(article(8).paragraphs[0]!.items[0]!.label).toBe('（一）');
  });
});
