/**
 * wq-migrate: version 1 case files (conclusions) become version 2 records of facts without losing
 * a fact. The v1 files under test/fixtures/migrate/v1 are the samples and fixtures as the earlier
 * release kept them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isVersion1, migrateV1 } from '../../scripts/lib/case/migrate.ts';
import { createValidator, type Validator } from '../../scripts/lib/validate/index.ts';
import { AS_OF } from '../rules/cases.ts';

const DIR = path.join(import.meta.dirname, '../fixtures/migrate/v1');
const v1Files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => ({ name: f, data: JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Record<string, any> }));

/** v1 words that v2 says another way (a relation word read into relations.yaml's, a victim's kind that became a person's category). */
const RESTATED = new Set(['民警本人', '近亲属', '祖父', '祖母', '外祖父', '外祖母', '岳父', '岳母', '公公', '婆婆']);

function leaves(value: unknown, out: (string | number)[] = []): (string | number)[] {
  if (typeof value === 'string' || typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) leaves(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== '$schema') leaves(v, out);
  return out;
}

/** Art. 17's items as v1 stated them (escalation.facts, or a harm). */
function v1Art17(d: Record<string, any>): string[] {
  if (d.unit.level !== '旗县' && d.unit.level !== '盟市') return [];
  const f = d.escalation?.facts ?? {};
  return [
    ...(f.casualties || d.harm?.injured || d.harm?.killed ? ['art_17__item_1'] : []),
    ...(f.organAttackedOrMassIncident ? ['art_17__item_2'] : []),
    ...(f.crossRegion ? ['art_17__item_3'] : []),
    ...(f.officeDecided ? ['art_17__item_4'] : []),
  ];
}

let validator: Validator;
beforeAll(async () => {
  validator = await createValidator({ asOf: AS_OF });
});

describe('a version 1 file', () => {
  it('is many files, samples and fixtures', () => expect(v1Files.length).toBeGreaterThanOrEqual(15));

  it.each(v1Files)('$name is refused by the validator with one error naming its version and the command', ({ data }) => {
    expect(isVersion1(data)).toBe(true);
    const result = validator.validateData(data);
    expect(result.issues.map((i) => i.code)).toEqual(['old-schema-version']);
    expect(validator.describe.issue(result.issues[0]!, 'case').message).toContain('npm run migrate');
  });
});

describe('migrated to version 2', () => {
  it.each(v1Files)('$name keeps every fact: each value v1 wrote is in the v2 record', ({ data }) => {
    const { data: v2 } = migrateV1(data);
    const kept = new Set(leaves(v2));
    const lost = leaves(data).filter((v) => !kept.has(v) && !RESTATED.has(String(v)));
    expect(lost).toEqual([]);
  });

  it.each(v1Files)('$name says what v1 concluded: the same Art. 8 items (or a finding that they differ) and the same Art. 17 items', ({ data }) => {
    const { data: v2 } = migrateV1(data);
    const result = validator.validateData(v2);
    if (!result.facts) return expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.code), 'only a v1 defect stops it').toEqual(['handler-must-recuse']);
    const claimed = (data.circumstances as { item: string }[]).map((c) => c.item).sort();
    const mismatch = result.issues.find((i) => i.code === 'classification-mismatch');
    if (!mismatch) expect([...result.facts.art8].sort()).toEqual(claimed);
    expect(result.facts.art17).toEqual(v1Art17(data));
  });

  it('says what it inferred, at the place it wrote it', () => {
    const { notes } = migrateV1(v1Files.find((f) => f.name === 'false-accusation-name-clearing.json')!.data);
    expect(notes.map((n) => n.path)).toEqual(expect.arrayContaining(['/acts/0/kind', '/nameClearing/complaintReceivedBy']));
    for (const n of notes) expect(n.message).toMatch(/请/u);
  });

  it('is the same every time', () => {
    for (const { data } of v1Files) expect(JSON.stringify(migrateV1(data))).toBe(JSON.stringify(migrateV1(structuredClone(data))));
  });
});
