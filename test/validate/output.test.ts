/**
 * What wq-validate prints, word for word, over every fixture: reviewed snapshots of the human,
 * json and sarif reports and of the usage messages (NO_COLOR, paths relative to the project, a
 * fixed handbook address and date). A change to any message shows up here as a diff to review.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURES = ['test/fixtures/cases/valid', 'test/fixtures/cases/invalid'];

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/validate.js', '--as-of', '2026-11-28', '--handbook', 'https://handbook.example/wq/', ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: process.cwd(), NO_COLOR: '1', WQ_HANDBOOK_URL: '' },
    maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('wq-validate’s output on the fixtures, as staff read it', () => {
  it('human report', async () => {
    const r = run(FIXTURES);
    expect(r.code).toBe(1);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/wq-validate.human.txt');
  });

  it('human report, quiet', async () => {
    const r = run(['-q', ...FIXTURES]);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/wq-validate.quiet.txt');
  });

  it('json report', async () => {
    const r = run(['--format', 'json', ...FIXTURES]);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/wq-validate.json');
  });

  it('sarif report (the project directory written as <cwd>)', async () => {
    const r = run(['--format', 'sarif', ...FIXTURES]);
    const stable = r.stdout.replaceAll(new URL(`${process.cwd()}/`, 'file:///').href, 'file:///<cwd>/');
    await expect(stable).toMatchFileSnapshot('__snapshots__/wq-validate.sarif.json');
  });

  it('usage errors and help', async () => {
    const cases = [['--bogus', 'x.json'], ['--format', 'xml', 'x.json'], ['--as-of', '2026-02-30', 'x.json'], [], ['--help']];
    const text = cases
      .map((args) => {
        const r = run(args);
        return `$ wq-validate ${args.join(' ')}\n[exit ${r.code}]\n${r.stdout}${r.stderr}`;
      })
      .join('\n');
    await expect(text).toMatchFileSnapshot('__snapshots__/wq-validate.usage.txt');
  });
});
