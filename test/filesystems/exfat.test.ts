/**
 * The commands writing onto a real exFAT file system, as on a USB stick: an image formatted by
 * mkfs.exfat, attached to a loop device and mounted by exfat-fuse. exFAT has no hard links (the
 * exclusive write's link() fails with EPERM, once reported as "没有权限" with nothing written) and
 * ignores case ("ABC.pdf" is "abc.pdf"). test/cli/write.test.ts covers the same ground on every
 * machine with node:fs wrapped; this is the real thing, and needs root, a loop device and the
 * exfatprogs and exfat-fuse packages. It is not part of `npm test`: `npm run test:exfat` runs it,
 * and it fails (never skips) when it cannot mount.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CASE = path.join(ROOT, 'schemas/examples/false-accusation-name-clearing.json');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'wq-exfat-'));
const image = path.join(scratch, 'usb.img');
const stick = path.join(scratch, 'stick');
let device = '';
let mounted = false;

const sh = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

beforeAll(() => {
  const missing = ['mkfs.exfat', 'mount.exfat-fuse', 'losetup', 'umount'].filter((c) => {
    try {
      sh('sh', ['-c', `command -v ${c}`]);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) throw new Error(`缺少 ${missing.join('、')}：请以 root 安装 exfatprogs 和 exfat-fuse（apt-get install exfatprogs exfat-fuse）后再运行`);
  writeFileSync(image, Buffer.alloc(0));
  truncateSync(image, 64 * 1024 * 1024);
  sh('mkfs.exfat', [image]);
  device = sh('losetup', ['--find', '--show', image]);
  mkdirSync(stick);
  sh('mount.exfat-fuse', [device, stick]);
  mounted = true;
});

afterAll(() => {
  if (mounted) {
    try {
      sh('umount', [stick]);
    } catch {
      // Busy for a moment after the last command's browser exits: detached now, cleaned when free.
      sh('umount', ['--lazy', stick]);
    }
  }
  if (device) sh('losetup', ['-d', device]);
  rmSync(scratch, { recursive: true, force: true });
});

function bin(command: string, args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', `${command}.js`), ...args], { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** A folder on the stick holding the sample case, under each of the given ids. */
function folder(name: string, ids: Record<string, string> = { 'case.json': '' }): string {
  const dir = path.join(stick, name);
  mkdirSync(dir);
  for (const [file, id] of Object.entries(ids)) {
    if (!id) cpSync(CASE, path.join(dir, file));
    else writeFileSync(path.join(dir, file), JSON.stringify({ ...JSON.parse(readFileSync(CASE, 'utf8')), id }));
  }
  return dir;
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.wq-'));

describe('on a real exFAT file system', () => {
  it('is one: no hard links (EPERM) and names that differ only in case are one file', () => {
    const dir = folder('probe', {});
    writeFileSync(path.join(dir, 'ABC'), 'x');
    expect(() => linkSync(path.join(dir, 'ABC'), path.join(dir, 'link'))).toThrow(expect.objectContaining({ code: 'EPERM' }));
    expect(readFileSync(path.join(dir, 'abc'), 'utf8')).toBe('x');
  });

  it('wq-forms writes every document, keeps them on a second run, replaces them with --force, and leaves no temporary file', async () => {
    const dir = folder('forms');
    const first = await bin('forms', ['case.json', '--out', 'out', '--as-of', '2026-12-31'], dir);
    expect(first.code, first.stderr).toBe(0);
    const written = readdirSync(path.join(dir, 'out')).sort();
    expect(written.length).toBeGreaterThan(2);
    expect(first.stderr).not.toContain('没有权限');
    for (const f of written) expect(readFileSync(path.join(dir, 'out', f)).subarray(0, 5).toString()).toBe('%PDF-');
    const before = written.map((f) => readFileSync(path.join(dir, 'out', f)));

    const again = await bin('forms', ['case.json', '--out', 'out', '--as-of', '2026-12-31'], dir);
    expect(again.code).toBe(1);
    expect(again.stdout + again.stderr).toContain('已存在，未覆盖');
    expect(written.map((f) => readFileSync(path.join(dir, 'out', f)))).toEqual(before);

    const forced = await bin('forms', ['case.json', '--out', 'out', '--as-of', '2026-12-31', '--force'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(written);
    expect(leftovers(path.join(dir, 'out'))).toEqual([]);
  });

  it('two cases whose ids differ only in case each keep their own document, with --force too', async () => {
    const dir = folder('ids', { 'lower.json': 'hhht-2026-007a', 'upper.json': 'HHHT-2026-007A' });
    const r = await bin('forms', ['lower.json', 'upper.json', '--form', 'name-clearing-notice', '--format', 'docx', '--out', 'out', '--as-of', '2026-12-31', '--force'], dir);
    expect(r.code, r.stderr).toBe(0);
    const names = readdirSync(path.join(dir, 'out'));
    expect(names).toHaveLength(2);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(2);
  });

  it('wq-report writes its report and ledger, and a second run keeps them', async () => {
    const dir = folder('report');
    const args = ['case.json', '--format', 'json,xlsx', '--out', 'out', '--from', '2026-01-01', '--to', '2026-12-31', '--date', '2027-01-05'];
    const first = await bin('report', args, dir);
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['维护执法权威工作台账_截至2026-12-31.xlsx', '维护执法权威工作情况报告_2026-01-01_2026-12-31.json']);
    const again = await bin('report', args, dir);
    expect(again.code).toBe(1);
    expect(again.stdout + again.stderr).toContain('已存在，未覆盖');
    expect(leftovers(path.join(dir, 'out'))).toEqual([]);
  });
});
