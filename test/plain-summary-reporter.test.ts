/**
 * The plain summary line CI reads ("N passed, N failed, N skipped") counts every failure of a
 * run, not only failed tests: run on a tiny project (test/fixtures/reporter/) that fails once in
 * each way — a failed test, a file's beforeAll, a file that cannot be imported, a file's afterAll,
 * a suite's beforeAll, and a rejection no one handles — beside tests that pass and one skipped.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

it('counts a failed test, file, hook, suite and unhandled error as failed, and the run exits 1', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/fixtures/reporter/vitest.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: '' },
    timeout: 60_000,
  });
  const lines = r.stdout.split('\n').filter((l) => /^\d+ passed, \d+ failed, \d+ skipped$/.test(l));
  // Passed: two in passing.fixture.ts, and the one each in after-all, nested and unhandled.
  // Failed: the failing test, the two beforeAll, the import, the afterAll, the unhandled rejection.
  // Skipped: the it.skip, and the three tests whose beforeAll threw.
  expect(lines, r.stdout + r.stderr).toEqual(['5 passed, 6 failed, 4 skipped']);
  expect(r.status).toBe(1);
});
