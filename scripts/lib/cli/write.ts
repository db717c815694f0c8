/**
 * Writing an output (PDF, DOCX, report) into --out: atomically (a reader never sees half a file), never over an
 * existing file unless the user said --force, and never anywhere but --out. The bytes go to
 * a temporary file in --out (named after this process, so a later run or the reaper can tell
 * a dead run's leftovers), which is synced and then:
 * - without --force, hard-linked to its name, which fails if anything has that name (even a
 *   dangling symlink), so two runs at once cannot overwrite each other's notice;
 * - with --force, renamed onto its name, which replaces a symlink planted there instead of
 *   writing through it to a file outside --out.
 * The temporary file is removed whatever happens.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export type WriteOutcome = 'written' | 'exists';

/** Temporary files of this process: .wq-<pid>-<random>.tmp */
export const tempPrefix = (pid = process.pid) => `.wq-${pid}-`;
const TEMP = /^\.wq-(\d+)-[0-9a-f]+\.tmp$/;

/** Temporary files this process has open, for cleanup on an interrupt. */
const pending = new Set<string>();

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
      await rename(temp, file);
      return 'written';
    }
    await link(temp, file);
    return 'written';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
    pending.delete(temp);
  }
}

/** Removes this process's temporary files at once (an interrupt: nothing is awaited). */
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
