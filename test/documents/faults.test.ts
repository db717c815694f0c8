/**
 * The faults of issue 10 (points 23–28), each reproduced as the issue words it, through the
 * command as staff run it (the package bin, a real process, a real browser).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/forms.js');
const EXAMPLES = path.join(ROOT, 'schemas/examples');
const CASE = path.join(EXAMPLES, 'false-accusation-name-clearing.json');
const ASSAULT = path.join(EXAMPLES, 'assault-on-duty-injury.json');
const HOHHOT = path.join(EXAMPLES, 'units/hohhot.json');
let dir: string;

function forms(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir, ...env }, timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const write = (name: string, data: unknown) => {
  writeFileSync(path.join(dir, name), JSON.stringify(data, null, 2));
  return name;
};
/** English from parseArgs, the OS or puppeteer that must never reach the clerk. */
const ENGLISH = /Unknown option|argument missing|EEXIST|ENOTDIR|EACCES|ENAMETOOLONG|TROUBLESHOOTING|Timed out|Error:|Protocol error|detached Frame|Target closed/;
/** Browser processes and profiles a run of process `pid` started. */
const browsersOf = (pid: number) => spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes(`wq-chromium-${pid}-`));
const profilesOf = (pid: number) => readdirSync(os.tmpdir()).filter((f) => f.startsWith(`wq-chromium-${pid}-`));
const temps = (out: string) => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.tmp')) : []);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-faults-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('23. one document never sinks the batch', () => {
  it('lays out a realistic unit name (鄂尔多斯市公安局伊金霍洛旗分局, no --unit) and a long sealText and documentPrefix: nothing stops the run', () => {
    const ejin = json(ASSAULT);
    ejin.unit.name = '鄂尔多斯市公安局伊金霍洛旗分局';
    ejin.id = '伊公维〔2026〕1号';
    const unit = json(HOHHOT);
    unit.sealText = unit.issuerMark = '呼和浩特市公安局新城区分局维护公安民警执法权威工作委员会办公室';
    unit.documentPrefix = '呼和浩特市公安局新城区分局维权字';
    write('long-unit.json', unit);
    const r = forms([write('ejin.json', ejin), CASE, '--unit', 'long-unit.json', '--out', 'out23', '--as-of', '2026-12-31']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('版面超出版心');
    const written = readdirSync(path.join(dir, 'out23'));
    expect(written.some((f) => f.startsWith('伊公维〔2026〕1号_逐级报告'))).toBe(true);
    expect(written.some((f) => f.startsWith('呼公维〔2026〕7号_正名通知书'))).toBe(true);
    expect(r.stdout).toContain(`共 ${written.length} 份公文已生成`);
  });

  it('fails only a document that really cannot be laid out, naming the case file, the form and the field; the rest are written (exit 1)', () => {
    const unit = json(HOHHOT);
    unit.documentPrefix = '呼'.repeat(60);
    write('absurd-unit.json', unit);
    const r = forms([CASE, ASSAULT, '--unit', 'absurd-unit.json', '--unit', path.join(EXAMPLES, 'units/tumed-left-banner.json'), '--out', 'out23b', '--as-of', '2026-12-31']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/false-accusation-name-clearing\.json {2}无法生成“正名通知书”：.*超出版心.*（字段：documentPrefix/);
    const written = readdirSync(path.join(dir, 'out23b'));
    expect(written).toContain('呼公维〔2026〕7号_维护执法权威申请登记表.pdf');
    expect(written.some((f) => f.startsWith('土左公维〔2026〕12号_逐级报告'))).toBe(true);
    expect(r.stdout).toContain(`共 ${written.length} 份公文已生成`);
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});

describe('24. --force never writes outside --out through a symlink', () => {
  it('replaces a symlink planted in --out instead of writing through it', () => {
    mkdirSync(path.join(dir, 'out24'));
    const secret = path.join(dir, 'secret.txt');
    writeFileSync(secret, 'secret');
    const planted = path.join(dir, 'out24', '呼公维〔2026〕7号_正名通知书.pdf');
    symlinkSync(secret, planted);
    const r = forms([CASE, '--form', '正名通知书', '--unit', HOHHOT, '--out', 'out24', '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(secret, 'utf8')).toBe('secret');
    expect(lstatSync(planted).isSymbolicLink()).toBe(false);
    expect(readFileSync(planted).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('without --force, leaves the symlink and its target alone', () => {
    const r = forms([CASE, '--form', '正名通知书', '--unit', HOHHOT, '--out', 'out24b']);
    expect(r.code).toBe(0);
    const planted = path.join(dir, 'out24b', '呼公维〔2026〕7号_正名通知书.pdf');
    rmSync(planted);
    symlinkSync(path.join(dir, 'secret.txt'), planted);
    const again = forms([CASE, '--form', '正名通知书', '--unit', HOHHOT, '--out', 'out24b']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('已存在，未覆盖');
    expect(readFileSync(path.join(dir, 'secret.txt'), 'utf8')).toBe('secret');
  });
});

describe('25. two case files with the same id', () => {
  it('refuses both when their contents differ, naming both files; the count printed equals the files written', () => {
    const other = json(CASE);
    other.incident.place = '呼和浩特市回民区';
    write('twin.json', other);
    const r = forms([CASE, 'twin.json', '--form', '正名通知书', '--unit', HOHHOT, '--out', 'out25', '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/案件编号“呼公维〔2026〕7号”.*重复：.*false-accusation-name-clearing\.json、twin\.json/);
    const written = existsSync(path.join(dir, 'out25')) ? readdirSync(path.join(dir, 'out25')) : [];
    expect(r.stdout).toContain(`共 ${written.length} 份公文已生成`);
    expect(written).toEqual([]);
  });

  it('counts the same file given twice, or the same case in two files, once', () => {
    write('copy.json', json(CASE));
    const r = forms([CASE, CASE, 'copy.json', '--form', '正名通知书', '--unit', HOHHOT, '--out', 'out25b']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'out25b'))).toEqual(['呼公维〔2026〕7号_正名通知书.pdf']);
    expect(r.stdout).toContain('共 1 份公文已生成');
    expect(r.stderr).toContain('只计一次');
  });

  it('keeps both when two units use the same case number, under distinct names', () => {
    const other = json(ASSAULT);
    other.id = '呼公维〔2026〕7号';
    const r = forms([CASE, write('same-id-other-unit.json', other), '--form', '申请登记表', '--out', 'out25c']);
    expect(r.code, r.stderr).toBe(0);
    const written = readdirSync(path.join(dir, 'out25c')).sort();
    expect(written).toHaveLength(2);
    expect(r.stdout).toContain('共 2 份公文已生成');
  });
});

/** Starts the command on every sample and interrupts it once its browser is up. */
async function interrupted(signal: NodeJS.Signals, out: string) {
  const inputs = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).map((f) => path.join(EXAMPLES, f));
  const child = spawn(process.execPath, [BIN, ...inputs, '--out', out, '--as-of', '2026-12-31'], { cwd: dir, env: { ...process.env, INIT_CWD: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const pid = child.pid!;
  const started = Date.now();
  while (browsersOf(pid).length === 0 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1200));
  child.kill(signal);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  // What is left once everything settled (a killed run's watcher needs a moment).
  await new Promise((r) => setTimeout(r, 2500));
  return { code, stderr, pid };
}

describe('26. interrupts leave no temporary file, no profile and no browser', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s', async (signal, exit) => {
    const out = path.join(dir, `out26-${signal}`);
    const { code, stderr, pid } = await interrupted(signal, out);
    expect(code).toBe(exit);
    expect(stderr).toContain('已中断');
    expect(stderr).not.toMatch(ENGLISH);
    expect(temps(out)).toEqual([]);
    expect(profilesOf(pid)).toEqual([]);
    expect(browsersOf(pid)).toEqual([]);
  });

  it('kill -9 of the command', async () => {
    const out = path.join(dir, 'out26-KILL');
    const { pid } = await interrupted('SIGKILL', out);
    expect(browsersOf(pid)).toEqual([]);
    expect(profilesOf(pid)).toEqual([]);
    expect(temps(out)).toEqual([]);
  });

  it('removes what a killed run left in --out before writing', () => {
    const out = path.join(dir, 'out26-stale');
    mkdirSync(out);
    writeFileSync(path.join(out, '.wq-999999-0123456789ab.tmp'), 'half');
    const r = forms([CASE, '--form', '正名通知书', '--unit', HOHHOT, '--out', 'out26-stale']);
    expect(r.code).toBe(0);
    expect(temps(out)).toEqual([]);
  });
});

describe('27. every message in Chinese', () => {
  it.each([
    [['--bogus'], '未知的选项：--bogus'],
    [['x.json', '--out'], '选项 --out 后面缺少值'],
    [['x.json', '--serial', '123456789012345678901234567890'], '--serial 应为 1 至 99999 的正整数'],
  ])('%j', (args, message) => {
    const r = forms(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(ENGLISH);
  });

  it('checks --out before rendering: a file (EEXIST), under a file (ENOTDIR)', () => {
    writeFileSync(path.join(dir, 'a-file'), '');
    for (const [out, message] of [['a-file', '已存在但不是目录'], ['a-file/sub', '路径中有一部分不是目录']] as const) {
      const r = forms([CASE, '--out', out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(ENGLISH);
      expect(r.stdout).not.toContain('所用字体'); // nothing was rendered
    }
  });

  it('caps file names at 255 bytes (no ENAMETOOLONG for long ids)', () => {
    const long = json(CASE);
    // The longest id the schema allows (60 characters), in characters of four bytes each (CJK Extension B).
    long.id = '𠮷'.repeat(60);
    const r = forms([write('long-id.json', long), '--form', '督促限期纠正通知书', '--form', '正名通知书', '--unit', HOHHOT, '--out', 'out27']);
    expect(r.code, r.stderr).toBe(0);
    const [file] = readdirSync(path.join(dir, 'out27'));
    expect(Buffer.byteLength(file!)).toBeLessThanOrEqual(255);
    expect(r.stderr).not.toMatch(ENGLISH);
  });

  it('says in Chinese, within a bounded wait and leaving no profile, that the browser is a directory, fails or hangs', () => {
    const fake = path.join(dir, 'fake');
    mkdirSync(fake, { recursive: true });
    const failing = path.join(fake, 'failing');
    writeFileSync(failing, '#!/bin/sh\nexit 3\n');
    chmodSync(failing, 0o755);
    const hanging = path.join(fake, 'hanging');
    writeFileSync(hanging, '#!/bin/sh\nexec sleep 600\n');
    chmodSync(hanging, 0o755);
    for (const [browser, message] of [[fake, '是一个目录'], [failing, '浏览器未能启动'], [hanging, '秒内没有响应']] as const) {
      const started = Date.now();
      const r = forms([CASE, '--form', '正名通知书', '--out', 'out27b'], { PUPPETEER_EXECUTABLE_PATH: browser });
      expect(r.code, browser).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(ENGLISH);
      expect(Date.now() - started).toBeLessThan(40_000);
    }
    expect(readdirSync(os.tmpdir()).filter((f) => /^wq-chromium-\d+-/.test(f) && !existsSync(`/proc/${f.split('-')[2]}`))).toEqual([]);
  }, 120_000);
});

describe('28. whatever --unit names is read as a unit', () => {
  it('says so when --unit is given a case file', () => {
    const r = forms([CASE, '--unit', CASE, '--out', 'out28']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('这是案件文件，不是单位设置文件');
    expect(r.stderr).not.toContain('undefined');
    expect(r.stderr).not.toMatch(ENGLISH);
  });

  it('reads a unit file without "$schema" as a unit, and says a unit file given as a case is one', () => {
    const unit = json(HOHHOT);
    delete unit.$schema;
    write('unit-no-schema.json', unit);
    const ok = forms([CASE, '--form', '正名通知书', '--unit', 'unit-no-schema.json', '--out', 'out28b']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).not.toContain('案件缺少必填字段');
    const wrong = forms(['unit-no-schema.json', '--out', 'out28c']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('不是案件文件（是单位设置文件），请用 --unit 指定');
  });
});
