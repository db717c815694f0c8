/**
 * The forms command's runs (in-process through runForms(), as the command makes them, with one
 * shared renderer): an invalid case is refused with the validator's errors while the others go
 * on; an issued notice is never overwritten without --force; names are deterministic; the clerk's
 * serial, date and signer; exit codes 0, 1, 2. And, as a real process, the usage errors the
 * output snapshot (output.test.ts) does not show.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useRenderer } from '../support/renderer.ts';
import { fonts, text } from '../gbt9704/pdf-tools.ts';
import { formsCommand, runIn } from './command.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CASE = path.join(ROOT, 'schemas/examples/false-accusation-name-clearing.json');
const UNIT = path.join(ROOT, 'schemas/examples/units/hohhot.json');
const NOTICE = '呼公维〔2026〕7号_正名通知书.pdf';
const renderer = useRenderer();
let dir: string;

/** A run of the command in the scratch folder, printing in the shared renderer. */
const forms = (out: string, options: Parameters<typeof runIn>[2]) => runIn(dir, out, { ...options, openRenderer: renderer() });

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-cli-'));
  // The notice's date is left out, so that --date can give it.
  const undated = JSON.parse(readFileSync(CASE, 'utf8'));
  delete undated.nameClearing.noticeIssuedOn;
  writeFileSync(path.join(dir, 'case.json'), JSON.stringify(undated, null, 2));
  // Line 3 holds a number where the case id must be a string.
  writeFileSync(path.join(dir, 'bad.json'), '{\n  "$schema": "../case.schema.json",\n  "id": 7,\n  "schemaVersion": 2\n}\n');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run forms', () => {
  it('refuses an invalid case with the validator’s errors (file:line:column), renders the valid one, exits 1', async () => {
    const r = await forms('out', { inputs: ['bad.json', 'case.json'], forms: ['name-clearing-notice'], unitFiles: [UNIT] });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/bad\.json:3:\d+\s+错误/);
    expect(r.refused).toHaveLength(1);
    expect(r.written).toBe(1);
    expect(r.inOut).toEqual([NOTICE]);
    expect(r.fonts.join('\n')).toMatch(/仿宋/);
  });

  it('never overwrites an issued notice without --force, and does with it', async () => {
    const first = await forms('issued', { inputs: ['case.json'], forms: ['name-clearing-notice'], unitFiles: [UNIT] });
    expect(first.exitCode).toBe(0);
    const file = path.join(dir, 'issued', NOTICE);
    writeFileSync(file, 'issued copy');
    const again = await forms('issued', { inputs: ['case.json'], forms: ['name-clearing-notice'], unitFiles: [UNIT] });
    expect(again.exitCode).toBe(1);
    expect(again.documents.map((d) => d.outcome)).toEqual(['exists']);
    expect(readFileSync(file, 'utf8')).toBe('issued copy');
    const forced = await forms('issued', { inputs: ['case.json'], forms: ['name-clearing-notice'], unitFiles: [UNIT], force: true });
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(file).size).toBeGreaterThan(10_000);
    // Nothing half-written or temporary is left behind.
    expect(forced.inOut).toEqual([NOTICE]);
  });

  it('exits 2 on an unreadable file, naming it', async () => {
    const missing = await forms('out2', { inputs: ['missing.json'] });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('missing.json');
  });
});

describe('the clerk numbers and dates the document being issued', () => {
  const issue = (out: string, caseFile: string, details: { serial?: number; date?: string }) =>
    forms(out, { inputs: [caseFile], forms: ['name-clearing-notice'], unitFiles: [UNIT], issue: details });

  it('prints --serial in the 发文字号 and --date as the 成文日期 of a notice the case leaves undated', async () => {
    const r = await issue('numbered', 'case.json', { serial: 12, date: '2026-06-01' });
    expect(r.exitCode).toBe(0);
    const printed = text(path.join(dir, 'numbered', NOTICE)).replace(/\s+/g, '');
    expect(printed).toContain('〔2026〕12号');
    expect(printed).toContain('2026年6月1日');
  });

  it('keeps the date the case records for the notice, whatever --date says', async () => {
    const dated = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    dated.nameClearing.noticeIssuedOn = '2026-05-20';
    writeFileSync(path.join(dir, 'dated.json'), JSON.stringify(dated, null, 2));
    const r = await issue('dated', 'dated.json', { date: '2026-06-01' });
    expect(r.exitCode).toBe(0);
    const printed = text(path.join(dir, 'dated', NOTICE)).replace(/\s+/g, '');
    expect(printed).toContain('2026年5月20日');
    expect(printed).not.toContain('2026年6月1日');
  });

  it('refuses one serial for several documents, and writes none of them', async () => {
    const r = await forms('several', { inputs: ['case.json'], unitFiles: [UNIT], issue: { serial: 12 } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--serial 只能用于生成一份公文');
    expect(r.stderr).toContain('正名通知书');
    expect(r.inOut).toEqual([]);
  });

  it('refuses a malformed serial as a usage error of the command (exit 2), in Chinese', async () => {
    // --serial 0, --date 2026-02-30 and an unknown form are in the output snapshot; 30 digits in faults.test.ts.
    const r = await formsCommand(dir, ['case.json', '--form', 'name-clearing-notice', '--unit', UNIT, '--out', 'bad-usage', '--serial', '12号']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--serial 应为 1 至 99999 的正整数');
  });
});

describe('an upward report names its 签发人', () => {
  const ASSAULT = path.join(ROOT, 'schemas/examples/assault-on-duty-injury.json');
  const BANNER_UNIT = path.join(ROOT, 'schemas/examples/units/tumed-left-banner.json');
  const report = async (out: string, signer?: string) => {
    const r = await forms(out, { inputs: [ASSAULT], forms: ['escalation-report'], unitFiles: [BANNER_UNIT], ...(signer ? { issue: { signer } } : {}) });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.inOut.length).toBeGreaterThan(0);
    return text(path.join(dir, out, r.inOut[0]!)).replace(/[ \t]+/g, ' ');
  };

  it('prints the name given with --signer', async () => {
    expect(await report('signed', '乌力吉')).toMatch(/签发人：\s*乌力吉/);
  });

  it('leaves the name blank to write in when neither the unit file nor --signer gives one', async () => {
    const printed = await report('unsigned');
    expect(printed).toContain('签发人：');
    expect(printed).not.toMatch(/签发人：[ \u3000]*[\u4e00-\u9fff]/); // nothing after it on its line
  });
});

describe('a character the bundled faces lack (CJK Extension A and B)', () => {
  it('is printed from the bundled fallback face, embedded as TrueType, with no warning', async () => {
    const rare = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    rare.people.find((p: { id: string }) => p.id === rare.nameClearing.person).name = '吉𠮷䶮';
    writeFileSync(path.join(dir, 'rare.json'), JSON.stringify(rare, null, 2));
    const r = await forms('rare', { inputs: ['rare.json'], forms: ['name-clearing-notice'], unitFiles: [UNIT] });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('U+20BB7');
    expect(r.inOut).toHaveLength(1);
    const pdf = path.join(dir, 'rare', r.inOut[0]!);
    expect(text(pdf).replace(/\s+/g, '')).toContain('吉𠮷䶮');
    const faces = fonts(pdf);
    expect(faces.some((f) => /HanaMin/.test(f.name))).toBe(true);
    for (const f of faces) expect(f.type, f.name).toMatch(/TrueType/);
  });
});

