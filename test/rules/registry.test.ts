import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite } from '../../scripts/lib/citations/index.ts';
import { RULES } from '../../scripts/lib/rules/index.ts';
import { deriveFacts } from '../../scripts/lib/case/facts/index.ts';
import { AS_OF, baseCase, evaluate, realModel } from './cases.ts';

/** Every case file the project keeps: fixtures and samples, parsed (broken files left out). */
const CASE_FILES = ['test/fixtures/cases/valid', 'test/fixtures/cases/invalid', 'test/fixtures/scenarios', 'schemas/examples'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      try {
        const data = JSON.parse(readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
        return typeof data.$schema === 'string' && data.$schema.endsWith('unit.schema.json') ? [] : [{ file: `${dir}/${f}`, data }];
      } catch {
        return [];
      }
    }),
);

describe('every rule cites its provision and is tested', () => {
  it('each rule cites provisions that exist in the model', async () => {
    // Every check in this suite runs over RULES: an empty registry would pass them all.
    expect(RULES.length).toBeGreaterThan(20);
    const model = await realModel();
    const ids = new Set(model.chapters.flatMap((c) => c.articles.flatMap((a) => [a.eId, ...a.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)])])));
    for (const rule of RULES) {
      // A record's references are a problem of the file itself, before any provision (as a JSON syntax error is).
      if (rule.module === 'references') continue;
      expect(rule.articles.length, rule.code).toBeGreaterThan(0);
      for (const eId of rule.articles) {
        expect(ids.has(eId), `${rule.code} cites ${eId}`).toBe(true);
        expect(cite(eId)).toMatch(/^第.+条/);
      }
    }
  });

  it('each rule lives in its module beside a test file named after it', () => {
    for (const rule of RULES) {
      const file = `test/rules/${rule.module}.test.ts`;
      expect(existsSync(file), file).toBe(true);
      expect(existsSync(`scripts/lib/rules/${rule.module}.ts`), rule.module).toBe(true);
      expect(readFileSync(file, 'utf8'), `${file} mentions ${rule.code}`).toContain(`'${rule.code}'`);
    }
  });

  it('each rule speaks on some case file the project keeps and says something else, or nothing, on another', async () => {
    const model = await realModel();
    expect(CASE_FILES.length).toBeGreaterThan(30);
    for (const rule of RULES) {
      const said = CASE_FILES.map(({ data }) => JSON.stringify(rule.check(data, { model, asOf: AS_OF, facts: deriveFacts(data, model) })));
      const speaks = said.filter((s) => s !== '[]').length;
      expect(speaks, `${rule.code} (${rule.module}) speaks on no fixture or sample`).toBeGreaterThan(0);
      // Both ways: silent somewhere, or (the departments and applicability every case gets) not the same everywhere.
      expect(new Set(said).size, `${rule.code} (${rule.module}) says the same about every file`).toBeGreaterThan(1);
    }
  });

  it('each rule has a one-sentence Chinese title for the handbook', () => {
    for (const rule of RULES) expect(rule.title, rule.code).toMatch(/^[\u4e00-\u9fff][^\n]{5,80}$/u);
  });

  it('a clean case breaks no rule and gets only the findings every case has', async () => {
    const findings = await evaluate(baseCase());
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code).sort()).toEqual(['applicability', 'art-8-circumstances', 'departments-to-involve']);
  });

  it.each([null, 42, 'case', [], [{}]])('rules read nothing from a document that is not an object (%j)', async (doc) => {
    expect(await evaluate(doc)).toEqual([]);
  });

  it('rules never throw on a case whose fields have the wrong types', async () => {
    const broken = { people: 'x', acts: [{ kind: '暴力袭击', date: '2026-03-01', targets: 'x' }, { targets: [null, { person: 3 }] }], consequences: [{ person: 5 }], actions: 7, handlers: [null, 3, { name: 5, relations: 'x' }], ledger: 'no', liabilityDecisions: [{ grounds: 'x' }], sanctions: [{ appeal: 3 }], exemptionClaims: [{ article: 'art_24', conditions: 'x' }], unit: [], incident: null, classification: { art8: 4 }, corrections: [{ deadline: 5 }], nameClearing: [], applicant: { person: [] }, events: [{ subject: {} }] };
    await expect(evaluate(broken)).resolves.toBeInstanceOf(Array);
  });
});
