/**
 * The command's arguments, made into the list of files to check: a file is taken as given
 * (whatever its extension), a directory is searched recursively for *.json, skipping
 * node_modules, hidden directories and the folders given in `skip` (a command's own output
 * folder: a report written into the folder it reads must not be read as a case next time).
 * Names that are not UTF-8 are found too (raw-names.ts). Missing paths are reported, not fatal.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { entryPath } from './raw-names.ts';

export interface Inputs {
  files: string[];
  /** Paths that could not be read, with the system's error code. */
  unreadable: { path: string; code: string }[];
}

function walk(dir: string, dirBytes: Buffer, out: string[], unreadable: Inputs['unreadable'], skip: ReadonlySet<string>): void {
  let entries;
  try {
    entries = readdirSync(dirBytes, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    unreadable.push({ path: dir, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    return;
  }
  for (const e of entries.sort((a, b) => Buffer.compare(a.name, b.name))) {
    const { shown, bytes } = entryPath(dir, dirBytes, e.name);
    const name = path.basename(shown);
    if (e.isDirectory()) {
      if (!name.startsWith('.') && name !== 'node_modules' && !skip.has(shown)) walk(shown, bytes, out, unreadable, skip);
    } else if (name.toLowerCase().endsWith('.json')) out.push(shown);
  }
}

export function expandInputs(args: readonly string[], options: { skip?: readonly string[] } = {}): Inputs {
  const files: string[] = [];
  const unreadable: Inputs['unreadable'] = [];
  const skip = new Set(options.skip ?? []);
  for (const arg of args) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch (error) {
      // A name typed in another encoding arrives with U+FFFD, which no file has.
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      unreadable.push({ path: arg, code: code === 'ENOENT' && arg.includes('\uFFFD') ? 'EILSEQ' : code });
      continue;
    }
    if (isDirectory) walk(arg, Buffer.from(arg), files, unreadable, skip);
    else files.push(arg);
  }
  return { files: [...new Set(files)], unreadable };
}
