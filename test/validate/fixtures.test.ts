/**
 * test/fixtures/cases/{valid,invalid}/: each file with its expected outcome beside it in
 * <name>.expected.yaml (codes and articles exactly; path and line where given; finding codes).
 * The words of every message are in the command's output snapshots (output.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RULES } from '../../scripts/lib/rules/index.ts';
import { createValidator, type Validator } from '../../scripts/lib/validate/index.ts';
import { KNOWN_CODES } from '../../scripts/lib/validate/messages.ts';
import { worded } from './support.ts';
import { AS_OF } from '../rules/cases.ts';

interface Expected {
  valid: boolean;
  errors?: { code: string; article: string | null; path?: string; line?: number }[];
  findings?: string[];
  /** How many duties of the checklist are pending and overdue. */
  duties?: { pending: number; overdue: number; verify: number };
}

const ROOT = 'test/fixtures/cases';
const fixtures = (kind: 'valid' | 'invalid') =>
  readdirSync(path.join(ROOT, kind))
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      const expected = parseYaml(readFileSync(path.join(ROOT, kind, `${name}.expected.yaml`), 'utf8')) as Expected;
      return [name, path.join(ROOT, kind, f), expected] as const;
    });

let validator: Validator;
beforeAll(async () => {
  validator = await createValidator({ asOf: AS_OF });
});

describe('valid case files', () => {
  it('are more than a token few', () => expect(fixtures('valid').length).toBeGreaterThanOrEqual(5));

  it.each(fixtures('valid'))('%s is valid and gets the expected findings', (_name, file, expected) => {
    const checked = validator.validateFile(file);
    const result = worded(validator, checked);
    expect(expected.valid).toBe(true);
    expect(result.errors).toEqual([]);
    if (expected.findings) expect(result.findings.map((f) => f.code).sort()).toEqual([...expected.findings].sort());
    if (expected.duties) {
      const count = (status: string) => checked.duties.filter((d) => d.status === status).length;
      expect({ pending: count('pending'), overdue: count('overdue'), verify: count('verify') }).toEqual(expected.duties);
    }
  });
});

describe('invalid case files, each named for its defect', () => {
  it('cover every rule error and every kind of bad input', () => {
    const codes = new Set(fixtures('invalid').flatMap(([, , e]) => (e.errors ?? []).map((x) => x.code)));
    const ruleErrors = RULES.filter((r) => r.severity === 'error').map((r) => r.code);
    const findings = new Set(RULES.filter((r) => r.severity === 'finding').map((r) => r.code));
    // The file's own problems: every code that is neither a rule's nor the schema's. A path that cannot be
    // read, a FIFO or device, and a file too large are about the path, not its contents: cli.test.ts.
    const aboutThePath = ['unreadable', 'not-a-file', 'file-too-large'];
    const fileProblems = KNOWN_CODES.filter((c) => !c.startsWith('schema-') && !findings.has(c as never) && !ruleErrors.includes(c as never) && !aboutThePath.includes(c));
    expect(fileProblems.length).toBeGreaterThanOrEqual(8);
    for (const code of [...ruleErrors, ...fileProblems]) expect(codes.has(code), `no invalid fixture is rejected with ${code}`).toBe(true);
  });

  it.each(fixtures('invalid'))('%s is rejected with exactly the expected errors', (_name, file, expected) => {
    const result = worded(validator, validator.validateFile(file));
    expect(expected.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    const actual = result.errors.map((e) => `${e.code} ${e.articles[0] ?? null}`).sort();
    expect(actual).toEqual((expected.errors ?? []).map((e) => `${e.code} ${e.article}`).sort());
    for (const want of expected.errors ?? []) {
      const got = result.errors.find((e) => e.code === want.code && (want.path === undefined || e.path === want.path));
      expect(got, `${want.code} at ${want.path}`).toBeDefined();
      if (want.line !== undefined) expect(got?.line).toBe(want.line);
      expect(got?.line, `${want.code} has a line`).toBeGreaterThanOrEqual(1);
      expect(got?.column, `${want.code} has a column`).toBeGreaterThanOrEqual(1);
    }
    if (expected.findings) expect(result.findings.map((f) => f.code).sort()).toEqual([...expected.findings].sort());
  });
});
