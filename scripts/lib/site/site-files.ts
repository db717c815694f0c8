/**
 * The files of a built site, for the offline copy's list and the offline package: every file under
 * `dir`, relative, with forward slashes; hidden entries (.DS_Store, .git) left out.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}
