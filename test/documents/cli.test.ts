/**
 * The forms command as staff run it (the package bin, a real process): an invalid case is
 * refused with the validator's errors while the others go on; an issued notice is never
 * overwritten without --force; names are deterministic; exit codes 0, 1, 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fonts, text } from '../gbt9704/pdf-tools.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/forms.js');
const CASE = path.join(ROOT, 'schemas/examples/false-accusation-name-clearing.json');
const UNIT = path.join(ROOT, 'schemas/examples/units/hohhot.json');
let dir: string;

function forms(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
  it('refuses an invalid case with the validator’s errors (file:line:column), renders the valid one, exits 1', () => {
    const r = forms(['bad.json', 'case.json', '--form', 'name-clearing-notice', '--unit', UNIT, '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.json:3:\d+\s+错误/);
    expect(r.stdout).toContain('已生成');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['呼公维〔2026〕7号_正名通知书.pdf']);
    expect(r.stdout).toMatch(/所用字体：[\s\S]*仿宋/);
  });

  it('never overwrites an issued notice without --force, and does with it', () => {
    const file = path.join(dir, 'out/呼公维〔2026〕7号_正名通知书.pdf');
    writeFileSync(file, 'issued copy');
    const again = forms(['case.json', '--form', 'name-clearing-notice', '--unit', UNIT, '--out', 'out']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('已存在，未覆盖');
    expect(readFileSync(file, 'utf8')).toBe('issued copy');
    const forced = forms(['case.json', '--form', 'name-clearing-notice', '--unit', UNIT, '--out', 'out', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(file).size).toBeGreaterThan(10_000);
    // Nothing half-written or temporary is left behind.
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['呼公维〔2026〕7号_正名通知书.pdf']);
  });

  it('exits 2 on a usage error or an unreadable file, naming the problem in Chinese', () => {
    const none = forms([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('未指定案件文件');
    const unknown = forms(['case.json', '--form', 'no-such-form']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知的公文');
    const missing = forms(['missing.json', '--out', 'out2']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.json');
  });
});

describe('the clerk numbers and dates the document being issued', () => {
  const NOTICE = '呼公维〔2026〕7号_正名通知书.pdf';
  const issue = (out: string, caseFile: string, extra: string[]) =>
    forms([caseFile, '--form', 'name-clearing-notice', '--unit', UNIT, '--out', out, ...extra]);

  it('prints --serial in the 发文字号 and --date as the 成文日期 of a notice the case leaves undated', () => {
    const r = issue('numbered', 'case.json', ['--serial', '12', '--date', '2026-06-01']);
    expect(r.code).toBe(0);
    const printed = text(path.join(dir, 'numbered', NOTICE)).replace(/\s+/g, '');
    expect(printed).toContain('〔2026〕12号');
    expect(printed).toContain('2026年6月1日');
  });

  it('keeps the date the case records for the notice, whatever --date says', () => {
    const dated = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    dated.nameClearing.noticeIssuedOn = '2026-05-20';
    writeFileSync(path.join(dir, 'dated.json'), JSON.stringify(dated, null, 2));
    const r = issue('dated', 'dated.json', ['--date', '2026-06-01']);
    expect(r.code).toBe(0);
    const printed = text(path.join(dir, 'dated', NOTICE)).replace(/\s+/g, '');
    expect(printed).toContain('2026年5月20日');
    expect(printed).not.toContain('2026年6月1日');
  });

  it('refuses one serial for several documents, and writes none of them', () => {
    const r = forms(['case.json', '--unit', UNIT, '--out', 'several', '--serial', '12']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--serial 只能用于生成一份公文');
    expect(r.stderr).toContain('正名通知书');
    expect(readdirSync(path.join(dir, 'several'))).toEqual([]);
  });

  it.each([
    [['--serial', '0'], '--serial 应为 1 至 99999 的正整数'],
    [['--serial', '12号'], '--serial 应为 1 至 99999 的正整数'],
    [['--serial', '123456789012345678901234567890'], '--serial 应为 1 至 99999 的正整数'],
    [['--date', '2026-02-30'], '--date 应为 YYYY-MM-DD'],
  ])('refuses %j as a usage error', (extra, message) => {
    const r = issue('bad-usage', 'case.json', extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('an upward report names its 签发人', () => {
  const ASSAULT = path.join(ROOT, 'schemas/examples/assault-on-duty-injury.json');
  const BANNER_UNIT = path.join(ROOT, 'schemas/examples/units/tumed-left-banner.json');
  const report = (out: string, extra: string[]) => {
    const r = forms([ASSAULT, '--form', 'escalation-report', '--unit', BANNER_UNIT, '--out', out, ...extra]);
    expect(r.code, r.stderr).toBe(0);
    const [file] = readdirSync(path.join(dir, out));
    return text(path.join(dir, out, file!)).replace(/[ \t]+/g, ' ');
  };

  it('prints the name given with --signer', () => {
    expect(report('signed', ['--signer', '乌力吉'])).toMatch(/签发人：\s*乌力吉/);
  });

  it('leaves the name blank to write in when neither the unit file nor --signer gives one', () => {
    const printed = report('unsigned', []);
    expect(printed).toContain('签发人：');
    expect(printed).not.toMatch(/签发人：[ \u3000]*[\u4e00-\u9fff]/); // nothing after it on its line
  });
});

describe('a character the bundled faces lack (CJK Extension A and B)', () => {
  it('is printed from the bundled fallback face, embedded as TrueType, with no warning', () => {
    const rare = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    rare.people.find((p: { id: string }) => p.id === rare.nameClearing.person).name = '吉𠮷䶮';
    writeFileSync(path.join(dir, 'rare.json'), JSON.stringify(rare, null, 2));
    const r = forms(['rare.json', '--form', 'name-clearing-notice', '--unit', UNIT, '--out', 'rare']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('U+20BB7');
    const [file] = readdirSync(path.join(dir, 'rare'));
    const pdf = path.join(dir, 'rare', file!);
    expect(text(pdf).replace(/\s+/g, '')).toContain('吉𠮷䶮');
    const faces = fonts(pdf);
    expect(faces.some((f) => /HanaMin/.test(f.name))).toBe(true);
    for (const f of faces) expect(f.type, f.name).toMatch(/TrueType/);
  });
});
