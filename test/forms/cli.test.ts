/**
 * The forms command as staff run it (the package bin, a real process): an invalid case is
 * refused with the validator's errors while the others go on; an issued notice is never
 * overwritten without --force; names are deterministic; exit codes 0, 1, 2.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
  copyFileSync(CASE, path.join(dir, 'case.json'));
  // Line 3 holds a number where the case id must be a string.
  writeFileSync(path.join(dir, 'bad.json'), '{\n  "$schema": "../case.schema.json",\n  "id": 7\n}\n');
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
