/**
 * The faults of issue 10 (points 23–28), each reproduced as the issue words it: through the
 * command's run in this process (runForms(), as the command makes it, with one shared renderer),
 * and as staff run it (the package bin, a real process) where the process is the point: its
 * interrupts and its usage errors.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useRenderer } from '../support/renderer.ts';
import { FORMS_BIN, formsCommand, runIn } from './command.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = path.join(ROOT, 'schemas/examples');
const CASE = path.join(EXAMPLES, 'false-accusation-name-clearing.json');
const ASSAULT = path.join(EXAMPLES, 'assault-on-duty-injury.json');
const HOHHOT = path.join(EXAMPLES, 'units/hohhot.json');
const renderer = useRenderer();
let dir: string;

/** A run of the command in the scratch folder, printing in the shared renderer. */
const forms = (out: string, options: Parameters<typeof runIn>[2]) => runIn(dir, out, { ...options, openRenderer: renderer() });
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

/** Polls (every `every` ms) until `done` holds or `ms` passed: then the caller's assertions say what is left. */
async function until(done: () => boolean, ms: number, every = 20): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, every));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-faults-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('23. one document never sinks the batch', () => {
  it('lays out a realistic unit name (鄂尔多斯市公安局伊金霍洛旗分局, no --unit) and a long sealText and documentPrefix: nothing stops the run', async () => {
    const ejin = json(ASSAULT);
    ejin.unit.name = '鄂尔多斯市公安局伊金霍洛旗分局';
    ejin.id = '伊公维〔2026〕1号';
    const unit = json(HOHHOT);
    unit.sealText = unit.issuerMark = '呼和浩特市公安局新城区分局维护公安民警执法权威工作委员会办公室';
    unit.documentPrefix = '呼和浩特市公安局新城区分局维权字';
    write('long-unit.json', unit);
    const r = await forms('out23', { inputs: [write('ejin.json', ejin), CASE], unitFiles: ['long-unit.json'], asOf: '2026-12-31' });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('版面超出版心');
    expect(r.inOut.some((f) => f.startsWith('伊公维〔2026〕1号_逐级报告'))).toBe(true);
    expect(r.inOut.some((f) => f.startsWith('呼公维〔2026〕7号_正名通知书'))).toBe(true);
    expect(r.written).toBe(r.inOut.length);
  });

  it('fails only a document that really cannot be laid out, naming the case file, the form and the field; the rest are written (exit 1)', async () => {
    const unit = json(HOHHOT);
    unit.documentPrefix = '呼'.repeat(60);
    write('absurd-unit.json', unit);
    const r = await forms('out23b', { inputs: [CASE, ASSAULT], unitFiles: ['absurd-unit.json', path.join(EXAMPLES, 'units/tumed-left-banner.json')], asOf: '2026-12-31' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/false-accusation-name-clearing\.json {2}无法生成“正名通知书”：.*超出版心.*（字段：documentPrefix/);
    expect(r.inOut).toContain('呼公维〔2026〕7号_维护执法权威申请登记表.pdf');
    expect(r.inOut.some((f) => f.startsWith('土左公维〔2026〕12号_逐级报告'))).toBe(true);
    expect(r.written).toBe(r.inOut.length);
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});

describe('24. --force never writes outside --out through a symlink', () => {
  it('replaces a symlink planted in --out instead of writing through it', async () => {
    mkdirSync(path.join(dir, 'out24'));
    const secret = path.join(dir, 'secret.txt');
    writeFileSync(secret, 'secret');
    const planted = path.join(dir, 'out24', '呼公维〔2026〕7号_正名通知书.pdf');
    symlinkSync(secret, planted);
    const r = await forms('out24', { inputs: [CASE], forms: ['name-clearing-notice'], unitFiles: [HOHHOT], force: true });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(readFileSync(secret, 'utf8')).toBe('secret');
    expect(lstatSync(planted).isSymbolicLink()).toBe(false);
    expect(readFileSync(planted).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('without --force, leaves the symlink and its target alone', async () => {
    const secret = path.join(dir, 'secret-b.txt');
    writeFileSync(secret, 'secret');
    mkdirSync(path.join(dir, 'out24b'));
    const planted = path.join(dir, 'out24b', '呼公维〔2026〕7号_正名通知书.pdf');
    symlinkSync(secret, planted);
    const again = await forms('out24b', { inputs: [CASE], forms: ['name-clearing-notice'], unitFiles: [HOHHOT] });
    expect(again.exitCode).toBe(1);
    expect(again.documents.map((d) => d.outcome)).toEqual(['exists']);
    expect(readFileSync(secret, 'utf8')).toBe('secret');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
  });
});

describe('25. two case files with the same id', () => {
  it('refuses both when their contents differ, naming both files; the count printed equals the files written', async () => {
    const other = json(CASE);
    other.incident.place = '呼和浩特市回民区';
    write('twin.json', other);
    const r = await forms('out25', { inputs: [CASE, 'twin.json'], forms: ['name-clearing-notice'], unitFiles: [HOHHOT], force: true });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/案件编号“呼公维〔2026〕7号”.*重复：.*false-accusation-name-clearing\.json、twin\.json/);
    expect(r.inOut).toEqual([]);
    expect(r.written).toBe(0);
  });

  it('counts the same file given twice, or the same case in two files, once', async () => {
    write('copy.json', json(CASE));
    const r = await forms('out25b', { inputs: [CASE, CASE, 'copy.json'], forms: ['name-clearing-notice'], unitFiles: [HOHHOT] });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.inOut).toEqual(['呼公维〔2026〕7号_正名通知书.pdf']);
    expect(r.written).toBe(1);
    expect(r.stderr).toContain('只计一次');
  });

  it('keeps both when two units use the same case number, under distinct names', async () => {
    const other = json(ASSAULT);
    other.id = '呼公维〔2026〕7号';
    const r = await forms('out25c', { inputs: [CASE, write('same-id-other-unit.json', other)], forms: ['application-register'] });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.inOut).toHaveLength(2);
    expect(r.written).toBe(2);
  });
});

/**
 * Starts the command on every sample case (some 30 documents) and interrupts it as soon as it
 * writes into --out: its browser is up, and documents are being written.
 */
async function interrupted(signal: NodeJS.Signals, out: string) {
  const inputs = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).map((f) => path.join(EXAMPLES, f));
  const child = spawn(process.execPath, [FORMS_BIN, ...inputs, '--out', out, '--as-of', '2026-12-31'], { cwd: dir, env: { ...process.env, INIT_CWD: dir }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  let ended = false;
  void exited.then(() => (ended = true));
  const pid = child.pid!;
  const writing = () => existsSync(out) && readdirSync(out).length > 0;
  await until(() => writing() || ended, 60_000);
  const wasWriting = writing() && browsersOf(pid).length > 0;
  child.kill(signal);
  const code = await exited;
  return { code, stderr, pid, wasWriting };
}

// The three interrupts run at once: each is its own process, browser and --out, told apart by
// its pid, and most of each test is waiting (for the first document, then for the clean-up).
describe('26. interrupts leave no temporary file, no profile and no browser', () => {
  it.concurrent.for([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s', async ([signal, exit], { expect }) => {
    const out = path.join(dir, `out26-${signal}`);
    const { code, stderr, pid, wasWriting } = await interrupted(signal, out);
    expect(wasWriting, '中断时命令正在写出公文，浏览器在运行').toBe(true);
    expect(code).toBe(exit);
    expect(stderr).toContain('已中断');
    expect(stderr).not.toMatch(ENGLISH);
    // The command removed its temporary files and profile before it exited.
    expect(temps(out)).toEqual([]);
    expect(profilesOf(pid)).toEqual([]);
    // The browser's processes, ended with a kill, leave the process table a moment later.
    await until(() => browsersOf(pid).length === 0, 10_000, 100);
    expect(browsersOf(pid)).toEqual([]);
  });

  it.concurrent('kill -9 of the command', async ({ expect }) => {
    const out = path.join(dir, 'out26-KILL');
    const { pid, wasWriting } = await interrupted('SIGKILL', out);
    expect(wasWriting, '中断时命令正在写出公文，浏览器在运行').toBe(true);
    // Killed outright, the command leaves the clean-up to its watchers: wait for them.
    const clean = () => browsersOf(pid).length === 0 && profilesOf(pid).length === 0 && temps(out).length === 0;
    await until(clean, 15_000, 100);
    expect(browsersOf(pid)).toEqual([]);
    expect(profilesOf(pid)).toEqual([]);
    expect(temps(out)).toEqual([]);
  });

  it('removes what a killed run left in --out before writing', async () => {
    const out = path.join(dir, 'out26-stale');
    mkdirSync(out);
    writeFileSync(path.join(out, '.wq-999999-0123456789ab.tmp'), 'half');
    const r = await forms('out26-stale', { inputs: [CASE], forms: ['name-clearing-notice'], unitFiles: [HOHHOT] });
    expect(r.exitCode).toBe(0);
    expect(temps(out)).toEqual([]);
  });
});

describe('27. every message in Chinese', () => {
  it('says so for a usage error, as a process that exits 2', async () => {
    const cases: [string[], string][] = [
      [['--bogus'], '未知的选项 --bogus'],
      [['x.json', '--out'], '选项 --out 后面缺少值'],
      [['x.json', '--serial', '123456789012345678901234567890'], '--serial 应为 1 至 99999 的正整数'],
    ];
    const runs = await Promise.all(cases.map(([args]) => formsCommand(dir, args)));
    runs.forEach((r, i) => {
      const [args, message] = cases[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(ENGLISH);
    });
  });

  it('checks --out before rendering: a file (EEXIST), under a file (ENOTDIR)', async () => {
    writeFileSync(path.join(dir, 'a-file'), '');
    for (const [out, message] of [['a-file', '已存在但不是目录'], ['a-file/sub', '路径中有一部分不是目录']] as const) {
      const r = await forms(out, { inputs: [CASE] });
      expect(r.exitCode, out).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(ENGLISH);
      // Nothing was rendered.
      expect(r.documents).toEqual([]);
      expect(r.fonts).toEqual([]);
    }
  });

  it('caps file names at 255 bytes (no ENAMETOOLONG for long ids)', async () => {
    const long = json(CASE);
    // The longest id the schema allows (60 characters), in characters of four bytes each (CJK Extension B).
    long.id = '𠮷'.repeat(60);
    const r = await forms('out27', { inputs: [write('long-id.json', long)], forms: ['correction-notice', 'name-clearing-notice'], unitFiles: [HOHHOT] });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.inOut).toHaveLength(1);
    expect(Buffer.byteLength(r.inOut[0]!)).toBeLessThanOrEqual(255);
    expect(r.stderr).not.toMatch(ENGLISH);
  });

  describe('a browser that is a directory, fails or hangs', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it.each([
      ['a directory', 'fake', '是一个目录'],
      ['that fails', 'failing', '浏览器未能启动'],
      ['that hangs', 'hanging', '2 秒内没有响应'],
    ])('is said in Chinese (%s), within the launch timeout, leaving no profile (exit 2)', async (_what, name, message) => {
      const fake = path.join(dir, 'fake');
      mkdirSync(fake, { recursive: true });
      writeFileSync(path.join(fake, 'failing'), '#!/bin/sh\nexit 3\n');
      writeFileSync(path.join(fake, 'hanging'), '#!/bin/sh\nexec sleep 600\n');
      for (const f of ['failing', 'hanging']) chmodSync(path.join(fake, f), 0o755);
      const browser = name === 'fake' ? fake : path.join(fake, name);
      // The run launches a browser of its own (no shared renderer), the one named here; the hanging
      // one is given 2 s instead of the default 20 s.
      vi.stubEnv('PUPPETEER_EXECUTABLE_PATH', browser);
      vi.stubEnv('WQ_BROWSER_LAUNCH_TIMEOUT', '2');
      const started = Date.now();
      const r = await runIn(dir, 'out27b', { inputs: [CASE], forms: ['name-clearing-notice'] });
      expect(r.exitCode, browser).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(ENGLISH);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(profilesOf(process.pid)).toEqual([]);
    });
  });
});

describe('28. whatever --unit names is read as a unit', () => {
  it('says so when --unit is given a case file', async () => {
    const r = await forms('out28', { inputs: [CASE], unitFiles: [CASE] });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('这是案件文件，不是单位设置文件');
    expect(r.stderr).not.toContain('undefined');
    expect(r.stderr).not.toMatch(ENGLISH);
  });

  it('reads a unit file without "$schema" as a unit, and says a unit file given as a case is one', async () => {
    const unit = json(HOHHOT);
    delete unit.$schema;
    write('unit-no-schema.json', unit);
    const ok = await forms('out28b', { inputs: [CASE], forms: ['name-clearing-notice'], unitFiles: ['unit-no-schema.json'] });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stderr).not.toContain('案件缺少必填字段');
    const wrong = await forms('out28c', { inputs: ['unit-no-schema.json'] });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stderr).toContain('不是案件文件（是单位设置文件），请用 --unit 指定');
  });
});
