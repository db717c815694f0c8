/**
 * The type check, as part of the test run: `npm run typecheck` (tsc over the scripts, tests and
 * the workbench's code; astro-check over the handbook's pages and components) must pass. It runs
 * here, beside the other integration files, instead of before them: on a 2-core machine its
 * 10–15 s of compiling fill the time the other files spend waiting for Chromium or LibreOffice.
 * A failure shows the compiler's own list of errors.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT_DIR } from '../scripts/lib/root.ts';

/** Runs a package's command from node_modules/.bin; its exit code and everything it printed. */
async function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(ROOT_DIR, 'node_modules/.bin', command), args, { cwd: ROOT_DIR, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}${typeof e.code === 'string' ? e.code : ''}` };
  }
}

/** npm run typecheck's commands, read from package.json so that this test and the script never differ. */
const { scripts } = JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const commands = scripts['typecheck']!.split(' && ').map((c) => c.split(' '));

it('npm run typecheck is tsc over the scripts and tests, then astro-check over the handbook', () => {
  expect(commands.map(([name]) => name)).toEqual(['tsc', 'astro-check']);
});

it.each(commands.map((c) => [c[0]!, c] as const))('%s finds no type error', async (_name, [command, ...args]) => {
  const r = await run(command!, args);
  expect(r.code, r.output).toBe(0);
});
