/**
 * Every duty the Measures give the office is encoded beside its provision, tested, and
 * exercised by the case files the project keeps; the unit duties and the provisions no case
 * can track account for the rest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUTIES, UNIT_DUTIES, UNTRACKED } from '../../scripts/lib/duties/index.ts';
import { hasProvision } from '../../scripts/lib/policy/query.ts';
import { createValidator } from '../../scripts/lib/validate/index.ts';
import { AS_OF, realModel } from '../rules/cases.ts';

const CASE_DIRS = ['test/fixtures/cases/valid', 'test/fixtures/scenarios', 'schemas/examples'];

describe('the duties of the Measures', () => {
  it('each duty has a unique code, provisions that exist, a holder, and a title in Chinese', async () => {
    // Every check in this suite runs over the registries: empty ones would pass them all.
    expect(DUTIES.length).toBeGreaterThan(20);
    expect(UNIT_DUTIES.length).toBeGreaterThan(0);
    expect(UNTRACKED.length).toBeGreaterThan(0);
    const model = await realModel();
    const codes = [...DUTIES, ...UNIT_DUTIES].map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const duty of [...DUTIES, ...UNIT_DUTIES]) {
      expect(duty.articles.length, duty.code).toBeGreaterThan(0);
      for (const eId of duty.articles) expect(hasProvision(model, eId), `${duty.code} cites ${eId}`).toBe(true);
      expect(duty.holder, duty.code).toMatch(/[\u4e00-\u9fff]|^\{unit\}$/u);
      expect(duty.title, duty.code).toMatch(/^[\u4e00-\u9fff{（《]/u);
    }
    for (const u of UNTRACKED) for (const eId of u.articles) expect(hasProvision(model, eId), eId).toBe(true);
  });

  it('each case duty lives in the module of its chapter and is tested in the test named after it', () => {
    for (const duty of DUTIES) {
      expect(existsSync(`scripts/lib/duties/${duty.module}.ts`), duty.module).toBe(true);
      const test = `test/duties/${duty.module}.test.ts`;
      expect(readFileSync(test, 'utf8'), `${test} tests ${duty.code}`).toContain(`'${duty.code}'`);
    }
  });

  it('each case duty applies to some case file the project keeps, and is done in one of them', async () => {
    const validator = await createValidator({ asOf: AS_OF });
    const files = CASE_DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)));
    const statuses = files.flatMap((f) => validator.validateFile(f).duties);
    for (const duty of DUTIES) {
      const seen = statuses.filter((s) => s.duty === duty.code);
      expect(seen.length, `${duty.code} applies to no fixture or sample`).toBeGreaterThan(0);
      expect(seen.some((s) => s.status === 'done'), `${duty.code} is done in no fixture or sample`).toBe(true);
    }
  });
});
