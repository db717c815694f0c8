/**
 * Scenarios written from the Measures' text, each a v2 record (test/fixtures/scenarios/<name>.json)
 * with what a reviewer reading the Measures says of it beside it (<name>.expected.yaml, its first
 * line the provision and the reading): whether the Measures apply and to whom, which Art. 8 and
 * Art. 17 items hold, which duties are owed and how each stands, and what else must be found.
 * The expectations were written before the validator was run on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { DutyStatus } from '../../scripts/lib/duties/index.ts';
import { createValidator, type FileResult, type Validator } from '../../scripts/lib/validate/index.ts';
import { AS_OF } from '../rules/cases.ts';

interface Expected {
  valid: boolean;
  errors?: string[];
  applies?: boolean;
  art8?: string[];
  art17?: string[];
  major?: boolean;
  covered?: Record<string, boolean>;
  coverage?: Record<string, string>;
  basis?: Record<string, string>;
  /** A duty's instances: how many, one status, the persons owed it, or each instance's status in order. */
  owed?: Record<string, number | string | string[]>;
  notOwed?: string[];
  findings?: string[];
  /** Art. 30 items the findings must name. */
  failings?: string[];
  /** How many duties in all. */
  duties?: number;
  /** Every duty cites Art. 33. */
  art33?: boolean;
}

const DIR = path.join(import.meta.dirname, '../fixtures/scenarios');
const STATES = new Set(['done', 'pending', 'overdue', 'verify']);
const scenarios = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const name = f.replace(/\.json$/, '');
    const text = readFileSync(path.join(DIR, `${name}.expected.yaml`), 'utf8');
    const reading = text.split('\n')[0]!.replace(/^#\s*/, '');
    return { name, reading, file: path.join(DIR, f), expected: parseYaml(text) as Expected };
  });

let validator: Validator;
beforeAll(async () => {
  validator = await createValidator({ asOf: AS_OF });
});

function checkDuty(code: string, want: number | string | string[], duties: readonly DutyStatus[]) {
  const found = duties.filter((d) => d.duty === code);
  const shown = found.map((d) => `${d.person ?? ''}:${d.status}`).join(' ');
  if (typeof want === 'number') return expect(found.length, `${code}: ${shown}`).toBe(want);
  if (typeof want === 'string') return expect(found.map((d) => d.status), `${code}`).toEqual([want]);
  if (want.every((w) => STATES.has(w))) return expect(found.map((d) => d.status), `${code}`).toEqual(want);
  return expect(found.map((d) => d.person), `${code}: ${shown}`).toEqual(want);
}

describe('scenarios written from the text', () => {
  it('are many and cover every class of the review', () => expect(scenarios.length).toBeGreaterThanOrEqual(25));

  it.each(scenarios)('$name: $reading', ({ file, expected }) => {
    const result: FileResult = validator.validateFile(file);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.code).sort(), 'errors').toEqual([...(expected.errors ?? [])].sort());
    expect(result.valid).toBe(expected.valid);
    if (!expected.valid) return;
    const facts = result.facts!;
    if (expected.applies !== undefined) expect(facts.applies, 'the Measures apply').toBe(expected.applies);
    if (expected.art8) expect(facts.art8, 'Art. 8 items').toEqual(expected.art8);
    if (expected.art17) expect(facts.art17, 'Art. 17 items').toEqual(expected.art17);
    if (expected.major !== undefined) expect(facts.major, '重大案事件').toBe(expected.major);
    for (const [id, covered] of Object.entries(expected.covered ?? {})) expect(facts.byId.get(id)?.covered, `${id} covered`).toBe(covered);
    for (const [id, reason] of Object.entries(expected.coverage ?? {})) {
      expect(facts.acts.flatMap((a) => a.targets).find((t) => t.person === id)?.coverage.reason, `${id} coverage`).toBe(reason);
    }
    for (const [id, basis] of Object.entries(expected.basis ?? {})) expect(facts.byId.get(id)?.basis, `${id} basis`).toBe(basis);
    for (const [code, want] of Object.entries(expected.owed ?? {})) checkDuty(code, want, result.duties);
    for (const code of expected.notOwed ?? []) expect(result.duties.filter((d) => d.duty === code).map((d) => d.status), `${code} not owed`).toEqual([]);
    const findings = result.issues.filter((i) => i.severity === 'finding');
    for (const code of expected.findings ?? []) expect(findings.map((f) => f.code), 'findings').toContain(code);
    const failings = findings.filter((f) => f.code === 'accountability-failing').flatMap((f) => f.articles);
    if (expected.failings) expect(failings.sort()).toEqual([...expected.failings].sort());
    if (expected.duties !== undefined) expect(result.duties.length, 'duties').toBe(expected.duties);
    if (expected.art33) for (const d of result.duties) expect(d.articles, d.duty).toContain('art_33__para_1');
  });
});
