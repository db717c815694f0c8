/**
 * The project's root directory, found by walking up to this package's package.json. Modules
 * used to count "../" from their own file, which breaks once build:validate bundles them into
 * dist/validate/cli/ (every module then shares the bundle's import.meta): the walk works from both.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'nm-police-authority-measures';

function isProjectRoot(dir: string): boolean {
  const file = path.join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** The nearest directory at or above `start` holding this package's package.json. */
function findProjectRoot(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (isProjectRoot(dir)) return dir;
    if (path.dirname(dir) === dir) throw new Error(`找不到项目根目录（${PACKAGE_NAME} 的 package.json），起点：${start}`);
  }
}

/** Absolute path of the project root, without a trailing separator. */
export const ROOT_DIR = findProjectRoot(import.meta.dirname);
