/**
 * Writing an output (PDF, DOCX, report, converted case) into --out: atomically (a reader never
 * sees half a file), never over an existing file unless the user said --force, and never
 * anywhere but --out. The bytes go to a temporary file in --out (named after this process, so
 * a later run or the reaper can tell a dead run's leftovers), which is synced and then:
 * - without --force, hard-linked to its name, which fails if anything has that name (even a
 *   dangling symlink), so two runs at once cannot overwrite each other's notice. A file system
 *   without hard links (exFAT and FAT32 on a USB stick, some network shares: EPERM, ENOTSUP)
 *   gets the name reserved by an exclusive create instead, and the temporary file renamed over
 *   the reservation;
 * - with --force, renamed onto its name, which replaces a symlink planted there instead of
 *   writing through it to a file outside --out.
 * On a file system that ignores case (a Windows share, exFAT, macOS), "ABC.pdf" is "abc.pdf":
 * a file there under another spelling is another document, and is never replaced, --force or not.
 * The temporary file is removed whatever happens.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { link, lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { printable } from './printable.ts';

export type WriteOutcome = 'written' | 'exists';

/** Temporary files of this process: .wq-<pid>-<random>.tmp */
export const tempPrefix = (pid = process.pid) => `.wq-${pid}-`;
const TEMP = /^\.wq-(\d+)-[0-9a-f]+\.tmp$/;

/** What link() says on a file system that has no hard links. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EINVAL']);

/** Temporary files (and names reserved) this process has open, for cleanup on an interrupt. */
const pending = new Set<string>();

/** How a file system that ignores case and normalisation sees a name. */
export const foldedName = (name: string): string => name.normalize('NFC').toLowerCase();

/** Throws when `file` exists only under another spelling: another document, which must not be replaced. */
async function refuseOtherSpelling(file: string): Promise<void> {
  const names = await readdir(path.dirname(file)).catch(() => [] as string[]);
  const base = path.basename(file);
  if (names.includes(base)) return;
  const other = names.find((n) => foldedName(n) === foldedName(base));
  throw Object.assign(new Error(`已有文件名只差大小写的“${printable(other ?? base)}”（这里的文件系统不区分大小写，两个名称指同一个文件），未覆盖`), { code: 'WQ_CASE_CLASH' });
}

/** Whether a file of exactly this name is there (not one whose name differs only in case). */
export function sameNameExists(file: string): boolean {
  try {
    lstatSync(file);
  } catch {
    return false;
  }
  try {
    return readdirSync(path.dirname(file)).includes(path.basename(file));
  } catch {
    return true;
  }
}

export async function writeOutput(file: string, bytes: Uint8Array, force: boolean): Promise<WriteOutcome> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `${tempPrefix()}${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync(); // on disk before it gets its name
    } finally {
      await handle.close();
    }
    if (force) {
      const existing = await lstat(file).catch(() => undefined);
      if (existing?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      if (existing) await refuseOtherSpelling(file);
      await rename(temp, file);
      return 'written';
    }
    try {
      await link(temp, file);
      return 'written';
    } catch (error) {
      if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
    return await reserveAndRename(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await refuseOtherSpelling(file);
    return 'exists';
  } finally {
    await unlink(temp).catch(() => undefined);
    pending.delete(temp);
  }
}

/** Without hard links: the name taken by an exclusive create (EEXIST if it is there), then the synced file renamed over it. */
async function reserveAndRename(temp: string, file: string): Promise<WriteOutcome> {
  const reservation = await open(file, 'wx', 0o644);
  pending.add(file);
  try {
    await reservation.close();
    await rename(temp, file);
    return 'written';
  } catch (error) {
    await unlink(file).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(file);
  }
}

/** Removes this process's temporary files (and empty reservations) at once (an interrupt: nothing is awaited). */
export function removePendingTemps(unlinkSync: (file: string) => void): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes temporary files that runs which died (kill -9, power loss) left in --out. */
export async function removeStaleTemps(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    await unlink(path.join(dir, name)).then(() => removed++, () => undefined);
  }
  return removed;
}
