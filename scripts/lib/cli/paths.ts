/**
 * Paths as the user typed and reads them. `npm run` changes into the package directory and
 * leaves the folder the user was in in INIT_CWD; every command resolves what it is given
 * against that folder, and shows a path relative to it when it lies inside it, in full when it
 * lies elsewhere ("../../tmp/out" would only puzzle), and always printable.
 */
import path from 'node:path';
import { ROOT_DIR } from '../root.ts';
import { printable } from './printable.ts';

/**
 * The folder the user ran the command from: INIT_CWD when npm moved into the package to run
 * it (npm run), else where the process is (node bin/…, or a script that changed folder itself).
 */
function userCwd(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const init = env['INIT_CWD'];
  return init && path.resolve(cwd) === ROOT_DIR ? path.resolve(init) : cwd;
}

/** How `file` is shown to a user working in `cwd`. */
export function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Where the user is: what they typed resolved against it, and a path shown to them (escaped). */
export interface UserPaths {
  cwd: string;
  resolve: (typed: string) => string;
  shown: (file: string) => string;
}

export function userPaths(cwd = userCwd()): UserPaths {
  return { cwd, resolve: (typed) => path.resolve(cwd, typed), shown: (file) => printable(shownPath(cwd, file)) };
}
