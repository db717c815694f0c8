/**
 * Paths as the user typed and reads them. `npm run` changes into the package directory, so the
 * folder the user was in is INIT_CWD; a path is shown relative to it when it lies inside it,
 * and in full when it lies elsewhere ("../../tmp/out" would only puzzle).
 */
import path from 'node:path';

/** The folder the user ran the command from. */
export function userCwd(): string {
  return process.env['INIT_CWD'] ?? process.cwd();
}

/** How `file` is shown to a user working in `cwd`. */
export function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
