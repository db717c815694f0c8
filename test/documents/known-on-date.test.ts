/**
 * A document states only what was known on its own date (DOMAIN: no fact dated after its 成文日期),
 * checked on a fresh case: an officer stabbed on 3 August who dies on 9 August, the clerk's account
 * written after the death. The 首报 and the register of the 3rd ask for care for the injured
 * officer, never call him 已故, and leave out the account's clause of the 9th; the 续报 of the 11th
 * tells the death from the record and turns the care to his widow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForms, type RunResult } from '../../scripts/lib/documents/run.ts';
import { readingText, readPrinted } from '../gbt9704/pdf-checks.ts';
import { nonEmpty } from '../support/non-empty.ts';
import { useRenderer } from '../support/renderer.ts';

const CASE = path.resolve(import.meta.dirname, '../fixtures/documents/known-on-date/officer-dies-days-later.json');
const renderer = useRenderer();
let dir: string;
let result: RunResult;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-known-on-date-'));
  result = await runForms({ inputs: [CASE], outDir: dir, asOf: '2026-12-06', log: () => undefined, created: new Date('2026-12-06T00:00:00Z'), openRenderer: renderer() });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const flowing = (formId: string, part?: RegExp) => {
  const docs = nonEmpty(result.documents.filter((d) => d.formId === formId && (!part || part.test(path.basename(d.file)))), formId);
  return readingText(readPrinted(docs[0]!.file)).replace(/[\s　]+/g, '').replace(/—第\d+页—/gu, '');
};

describe('Art. 17 and 29（一）: each report tells what was known on its date', () => {
  it('the 首报 of the day of the stabbing asks for care for the injured officer, and never says he died', () => {
    const first = flowing('escalation-report', /首报/u);
    expect(first).not.toMatch(/已故|死亡|牺牲/u);
    expect(first).toContain('民警乌力吉抓捕盗窃嫌疑人时被其持刀刺伤腹部，送医抢救。');
    expect(first).toContain('对执法权威受侵犯的民警进行抚助慰问');
    expect(first).toContain('帮助民警通过刑事附带民事诉讼或者民事诉讼等法律途径维护合法权益');
  });

  it('the register of the 3rd leaves out the account’s clause of the 9th', () => {
    const register = flowing('application-register');
    expect(register).not.toMatch(/已故|死亡|牺牲/u);
    expect(register).toContain('送医抢救。');
  });

  it('the 续报 tells the death from the record, and the care then goes to the widow', () => {
    const next = flowing('escalation-report', /续报/u);
    expect(next).toContain('2026年8月9日，民警乌力吉死亡。');
    expect(next).toContain('为已故民警乌力吉的近亲属高娃开展工伤保险等服务保障工作');
  });
});
