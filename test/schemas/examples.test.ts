import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createValidator, errorsOf, issuesWith, type Code, type FileResult, type Validator } from '../../scripts/lib/validate/index.ts';
import { AS_OF } from '../rules/cases.ts';

let validator: Validator;
let results: FileResult[];
beforeAll(async () => {
  validator = await createValidator({ asOf: AS_OF });
  const dir = 'schemas/examples';
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`),
    ...readdirSync(`${dir}/units`).map((f) => `${dir}/units/${f}`),
  ];
  results = files.map((f) => validator.validateFile(f));
});

const findings = <C extends Code>(code: C) => results.flatMap((r) => issuesWith(r.issues, code));

describe('the sample cases in schemas/examples/ (the build validates them, the forms render them)', () => {
  it('are all valid, cases and units alike', () => {
    for (const r of results) expect(errorsOf(r), r.file).toEqual([]);
    expect(results.filter((r) => r.kind === 'case').length).toBeGreaterThanOrEqual(6);
    expect(results.filter((r) => r.kind === 'unit').length).toBeGreaterThanOrEqual(1);
  });

  it('include an assault on duty with injury that must be reported up', () => {
    expect(findings('report-up-required').some((f) => f.args.items.includes('art_17__item_1'))).toBe(true);
  });

  it('include a false accusation that earns a 正名通知书 and an infringer transfer', () => {
    expect(findings('name-clearing-notice-due')).not.toHaveLength(0);
    expect(findings('transfer-due').some((f) => f.args.reason === 'infringer')).toBe(true);
  });

  it('include a weapon use with an Art. 24 determination', () => {
    expect(findings('exemption-determination').some((f) => f.args.article === 'art_24')).toBe(true);
  });

  it('include an appeal against 记大过 that opens the committee’s review', () => {
    expect(findings('review-eligible').some((f) => f.args.measure === '记大过' && f.args.appealed)).toBe(true);
  });

  it('include an off-duty emergency covered by Art. 31, an auxiliary officer covered by Art. 33, and a near relative', () => {
    const applicability = findings('applicability');
    expect(applicability.some((f) => f.articles[0] === 'art_31__para_1')).toBe(true);
    expect(applicability.some((f) => f.args.reason === 'near-relative')).toBe(true);
    expect(applicability.some((f) => f.args.category === '警务辅助人员' && f.args.basis === '遵照')).toBe(true);
  });

  it('also exercise Art. 16 transfer, Art. 25 grounds, Art. 28 overdue correction and 参照 for other staff', () => {
    expect(findings('transfer-due').some((f) => f.args.reason === 'misconduct')).toBe(true);
    expect(findings('exemption-ground-art-25')).not.toHaveLength(0);
    expect(results.flatMap((r) => r.duties).some((d) => d.duty === 'correction-made' && d.status === 'overdue')).toBe(true);
    expect(findings('applicability').some((f) => f.args.basis === '参照')).toBe(true);
  });
});
