/** npm run build:policy on a policy tree with an error: exit 1, the error located, nothing written. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_DIR } from '../../scripts/lib/policy/index.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let copy: string;

beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'wq-policy-'));
  await cp(POLICY_DIR, path.join(copy, 'policy'), { recursive: true });
});
afterAll(() => rm(copy, { recursive: true, force: true }));

async function build(): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/build-policy.ts'], {
      cwd: root,
      env: { ...process.env, WQ_POLICY_DIR: path.join(copy, 'policy') },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the build:policy command', () => {
  it('accepts the policy as it is', async () => {
    const result = await build();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('检查通过');
  });

  it('fails with file:line:column when an article is duplicated', async () => {
    const file = path.join(copy, 'policy/measures/chapter-3.mdx');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('<Article num={9}>', '<Article num={8}>'));
    const result = await build();
    await writeFile(file, text);
    expect(result.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.startsWith('<Article num={9}>')) + 1;
    expect(result.stderr).toContain(`policy/measures/chapter-3.mdx:${line}:1  错误  第八条重复`);
    expect(result.stderr).toContain('[duplicate-article]');
  });
});
