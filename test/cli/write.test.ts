/**
 * The exclusive, atomic write of every output, on the file systems staff write to: a local disk
 * (real), a USB stick formatted exFAT or FAT32 where link() fails with EPERM, and a file system
 * that ignores case (a Windows share, exFAT, macOS). The last two cannot be mounted on a test
 * machine, so node:fs is wrapped to behave as they do: link() refused; or every name looked up
 * as the folder's existing entry of the same spelling but for case (case-preserving, as they are).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const mode = vi.hoisted(() => ({ current: 'real' as 'real' | 'no-links' | 'ignores-case' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const { readdirSync } = await import('node:fs');
  const nodePath = await import('node:path');
  /** The name a case-insensitive, case-preserving file system finds for `p`. */
  const found = (p: string) => {
    if (mode.current !== 'ignores-case') return p;
    const dir = nodePath.dirname(p);
    const base = nodePath.basename(p);
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return p;
    }
    const fold = (n: string) => n.normalize('NFC').toLowerCase();
    return nodePath.join(dir, names.find((n) => fold(n) === fold(base)) ?? base);
  };
  return {
    ...fs,
    lstat: ((p: string) => fs.lstat(found(p))) as typeof fs.lstat,
    open: ((p: string, flags?: string, m?: number) => fs.open(found(p), flags, m)) as typeof fs.open,
    rename: (from: string, to: string) => fs.rename(from, found(to)),
    link: async (from: string, to: string) => {
      if (mode.current === 'no-links') throw Object.assign(new Error("EPERM: operation not permitted, link"), { code: 'EPERM' });
      return fs.link(from, found(to));
    },
  };
});
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const nodePath = await import('node:path');
  const found = (p: string) => {
    if (mode.current !== 'ignores-case') return p;
    const names = (() => {
      try {
        return fs.readdirSync(nodePath.dirname(p));
      } catch {
        return [];
      }
    })();
    const fold = (n: string) => n.normalize('NFC').toLowerCase();
    return nodePath.join(nodePath.dirname(p), names.find((n) => fold(n) === fold(nodePath.basename(p))) ?? nodePath.basename(p));
  };
  return { ...fs, lstatSync: ((p: string) => fs.lstatSync(found(p))) as typeof fs.lstatSync };
});

const { sameNameExists, writeOutput } = await import('../../scripts/lib/cli/write.ts');
const { reasonOf } = await import('../../scripts/lib/cli/errors.ts');

const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  mode.current = 'real';
});
const bytes = (text: string) => Buffer.from(text);
const folder = async (name: string) => {
  const d = path.join(dir, name);
  mkdirSync(d);
  return d;
};
const listing = (d: string) => readdirSync(d).sort();

describe('on a local disk', () => {
  it('writes a new file, keeps an existing one without --force, replaces it with --force; no temporary file is left', async () => {
    const d = await folder('local');
    const file = path.join(d, '正名通知书.pdf');
    expect(await writeOutput(file, bytes('one'), false)).toBe('written');
    expect(await writeOutput(file, bytes('two'), false)).toBe('exists');
    expect(readFileSync(file, 'utf8')).toBe('one');
    expect(await writeOutput(file, bytes('three'), true)).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('three');
    expect(listing(d)).toEqual(['正名通知书.pdf']);
  });
});

describe('on a USB stick without hard links (exFAT, FAT32: link() fails with EPERM)', () => {
  it('writes by reserving the name exclusively and renaming the synced file over it', async () => {
    const d = await folder('exfat');
    mode.current = 'no-links';
    const file = path.join(d, '正名通知书.pdf');
    expect(await writeOutput(file, bytes('one'), false)).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('one');
    expect(listing(d)).toEqual(['正名通知书.pdf']);
  });

  it('still never overwrites without --force, and leaves nothing behind', async () => {
    const d = await folder('exfat2');
    const file = path.join(d, '正名通知书.pdf');
    writeFileSync(file, 'issued');
    mode.current = 'no-links';
    expect(await writeOutput(file, bytes('again'), false)).toBe('exists');
    expect(readFileSync(file, 'utf8')).toBe('issued');
    expect(await writeOutput(file, bytes('forced'), true)).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('forced');
    expect(listing(d)).toEqual(['正名通知书.pdf']);
  });

  it('many writes at once into one folder: each file whole, none lost', async () => {
    const d = await folder('exfat3');
    mode.current = 'no-links';
    const names = Array.from({ length: 20 }, (_, i) => `文书${i}.pdf`);
    const outcomes = await Promise.all(names.map((n) => writeOutput(path.join(d, n), bytes(n.repeat(1000)), false)));
    expect(outcomes.every((o) => o === 'written')).toBe(true);
    expect(listing(d)).toEqual([...names].sort());
    for (const n of names) expect(readFileSync(path.join(d, n), 'utf8')).toBe(n.repeat(1000));
  });
});

describe('on a file system that ignores case (Windows share, exFAT, macOS)', () => {
  it('never replaces a file whose name differs only in case, with --force or without, and says so in Chinese', async () => {
    const d = await folder('nocase');
    const first = path.join(d, '2026-001a_正名通知书.pdf');
    writeFileSync(first, 'case a');
    mode.current = 'ignores-case';
    const other = path.join(d, '2026-001A_正名通知书.pdf');
    expect(sameNameExists(other)).toBe(false);
    for (const force of [false, true]) {
      const error = await writeOutput(other, bytes('case A'), force).then(() => undefined, (e: unknown) => e);
      expect(error, `force: ${force}`).toBeInstanceOf(Error);
      expect(reasonOf(error)).toBe('已有文件名只差大小写的“2026-001a_正名通知书.pdf”（这里的文件系统不区分大小写，两个名称指同一个文件），未覆盖');
    }
    expect(readFileSync(first, 'utf8')).toBe('case a');
    expect(listing(d)).toEqual(['2026-001a_正名通知书.pdf']);
  });

  it('replaces a file of the very same name with --force', async () => {
    const d = await folder('nocase2');
    const file = path.join(d, '2026-001A_正名通知书.pdf');
    writeFileSync(file, 'old');
    mode.current = 'ignores-case';
    expect(sameNameExists(file)).toBe(true);
    expect(await writeOutput(file, bytes('new'), false)).toBe('exists');
    expect(await writeOutput(file, bytes('new'), true)).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});
