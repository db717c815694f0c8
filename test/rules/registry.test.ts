import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../scripts/lib/citations/index.ts';
import { RULES } from '../../scripts/lib/rules/index.ts';
import { baseCase, evaluate, realModel } from './cases.ts';

describe('every rule cites its provision and is tested', () => {
  it('each rule cites provisions that exist in the model', async () => {
    const model = await realModel();
    const ids = new Set(model.chapters.flatMap((c) => c.articles.flatMap((a) => [a.eId, ...a.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)])])));
    for (const rule of RULES) {
      expect(rule.articles.length, rule.code).toBeGreaterThan(0);
      for (const eId of rule.articles) {
        expect(ids.has(eId), `${rule.code} cites ${eId}`).toBe(true);
        expect(formatCitation(eId)).toMatch(/^第.+条/);
      }
    }
  });

  it('each rule has a test file that checks its code both ways', () => {
    for (const rule of RULES) {
      const file = `test/rules/${rule.module}.test.ts`;
      expect(existsSync(file), file).toBe(true);
      expect(existsSync(`scripts/lib/rules/${rule.module}.ts`), rule.module).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text, `${file} mentions ${rule.code}`).toContain(rule.code === 'transfer-due' ? 'transfer-due' : `'${rule.code}'`);
      // Both ways: a case where the rule speaks, and one where it stays silent (or, for the
      // departments every case has, one where a department is left out).
      expect(/\.toEqual\(\[\]\)|\.not\.toContain\(/.test(text), `${file} checks that ${rule.code} can stay silent`).toBe(true);
    }
  });

  it('each rule has a one-sentence Chinese title for the handbook', () => {
    for (const rule of RULES) expect(rule.title, rule.code).toMatch(/^[\u4e00-\u9fff][^\n]{5,80}$/u);
  });

  it('a clean case breaks no rule and gets only the findings every case has', async () => {
    const findings = await evaluate(baseCase());
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code).sort()).toEqual(['applicability', 'departments-to-involve']);
  });

  it.each([null, 42, 'case', [], [{}]])('rules read nothing from a document that is not an object (%j)', async (doc) => {
    expect(await evaluate(doc)).toEqual([]);
  });

  it('rules never throw on a case whose fields have the wrong types', async () => {
    const broken = { officer: 'x', victims: { a: 1 }, handlers: [null, 3, { name: 5 }], ledger: 'no', liabilityDecisions: [{ grounds: 'x' }], sanctions: [{ appeal: 3 }], exemptionClaims: [{ article: 'art_24', conditions: 'x' }], unit: [], harm: 1, incident: null, circumstances: [3], corrections: [{ deadline: 5 }], nameClearing: [] };
    await expect(evaluate(broken)).resolves.toBeInstanceOf(Array);
  });
});
