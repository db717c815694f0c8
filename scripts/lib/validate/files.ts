/**
 * The command's arguments, made into the list of files to check: a file is taken as given
 * (whatever its extension), a directory is searched recursively for *.json, skipping
 * node_modules and hidden directories. Missing paths are reported, not fatal.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Inputs {
  files: string[];
  /** Paths that could not be read, with the system's error code. */
  unreadable: { path: string; code: string }[];
}

function walk(dir: string, out: string[], unreadable: Inputs['unreadable']): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: dir, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(full, out, unreadable);
    } else if (e.name.toLowerCase().endsWith('.json')) out.push(full);
  }
}

export function expandInputs(args: readonly string[]): Inputs {
  const files: string[] = [];
  const unreadable: Inputs['unreadable'] = [];
  for (const arg of args) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch (error) {
      unreadable.push({ path: arg, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      continue;
    }
    if (isDirectory) walk(arg, files, unreadable);
    else files.push(arg);
  }
  return { files: [...new Set(files)], unreadable };
}
