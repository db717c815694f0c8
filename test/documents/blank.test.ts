/**
 * wq-forms --blank: every form to fill in by hand, laid out like a generated one (the same
 * checks), with ☐ to tick and lines to write on, and nothing of any case in it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFormDefs } from '../../scripts/lib/documents/forms-file.ts';
import { runForms, type RunResult } from '../../scripts/lib/documents/run.ts';
import { loadPolicyModel } from '../../scripts/lib/policy/index.ts';
import { allProblems, readingText, readPrinted } from '../gbt9704/pdf-checks.ts';
import { useRenderer } from '../support/renderer.ts';

let dir: string;
let result: RunResult;
const renderer = useRenderer();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-blank-'));
  result = await runForms({ inputs: [], blank: true, outDir: dir, log: () => undefined, openRenderer: renderer() });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('blank forms', () => {
  it('come for every form, one page or two each, with the same layout properties', async () => {
    const defs = loadFormDefs(await loadPolicyModel());
    expect(result.exitCode).toBe(0);
    expect(result.documents.map((d) => d.formId).sort()).toEqual(defs.map((d) => d.id).sort());
    for (const d of result.documents) {
      const p = readPrinted(d.file);
      expect(p.pages, d.file).toBeLessThanOrEqual(2);
      const letter = !['application-register', 'ledger', 'delivery-receipt'].includes(d.formId);
      // The 警务督察 department's forms name no organ: their 署名 is the clerk's to write.
      expect(allProblems(p, letter, { unsigned: ['correction-notice', 'correction-reminder'].includes(d.formId) })).toEqual([]);
    }
  });

  it('have boxes to tick and nothing of a case', () => {
    const register = result.documents.find((d) => d.formId === 'application-register')!;
    const t = readingText(readPrinted(register.file));
    expect(t).toContain('☐申请');
    expect(t).not.toContain('☑');
    expect(t).not.toMatch(/\d{4}年\d+月\d+日/);
  });
});
