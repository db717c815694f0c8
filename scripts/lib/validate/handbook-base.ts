/**
 * Where the handbook is, for the links a report gives: the command's option, the environment,
 * or the local build. Apart from messages.ts because it reads the file system's layout and the
 * environment, which the validator's core (run in the browser too) has not.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT_DIR } from '../root.ts';

/** Whether an address can be a handbook's: http, https or file, nothing a link could run (javascript:). */
export function isHandbookAddress(address: string): boolean {
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(address).protocol);
  } catch {
    return false;
  }
}

/** Where the handbook is served: --handbook, then WQ_HANDBOOK_URL, then the local build in dist/site/. */
export function handbookBase(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = option || env.WQ_HANDBOOK_URL || pathToFileURL(path.join(ROOT_DIR, 'dist/site')).href;
  return base.endsWith('/') ? base : `${base}/`;
}
