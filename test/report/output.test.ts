/**
 * What wq-report prints, word for word: a run over the report fixtures (the invalid files listed
 * with their errors, the duplicate named, the outputs and the summary line) and its usage
 * errors. Reviewed snapshots; a change to any message shows up here as a diff to review.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(path.join(os.tmpdir(), 'wq-report-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/report.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: process.cwd(), NO_COLOR: '1', WQ_HANDBOOK_URL: 'https://handbook.example/wq/' },
  });
  const stable = (text: string) => text.replaceAll(out, '<out>');
  return { code: r.status, stdout: stable(r.stdout), stderr: stable(r.stderr) };
}

const PERIOD = ['--from', '2026-07-01', '--to', '2026-09-30', '--date', '2026-10-08'];

describe('wq-report’s output, as staff read it', () => {
  it('lists the invalid files with their errors, names the duplicate, and sums up the period (exit 1: files were left out)', async () => {
    const r = run(['test/fixtures/report', '--unit', 'test/fixtures/report/unit-hohhot.json', '--out', out, '--format', 'json,html', ...PERIOD]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['维护执法权威工作情况报告_2026-07-01_2026-09-30.html', '维护执法权威工作情况报告_2026-07-01_2026-09-30.json']);
    await expect(`${r.stderr}\n---\n${r.stdout}`).toMatchFileSnapshot('__snapshots__/wq-report.run.txt');
  });

  it('refuses bad options with a reason in Chinese and the usage (exit 2), writing nothing', async () => {
    const cases = [
      ['test/fixtures/report', '--from', '2026-02-30'],
      ['test/fixtures/report', '--from', '2026-09-30', '--to', '2026-07-01'],
      ['test/fixtures/report', '--format', 'pdf,docx'],
      ['test/fixtures/report', ...PERIOD.slice(0, 4), '--date', '2026-09-29'],
      ['test/fixtures/report', '--serial', '第5号'],
      ['test/fixtures/report', '--contact', ' '],
      ['test/fixtures/report', '--colour'],
      ['--from', '2026-07-01'],
    ];
    const shown = cases.map((args) => {
      const r = run([...args, '--out', path.join(out, 'never')]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      return `$ wq-report ${args.join(' ')}\n${r.stderr.split('\n')[0]}`;
    });
    expect(readdirSync(out)).not.toContain('never');
    await expect(shown.join('\n\n')).toMatchFileSnapshot('__snapshots__/wq-report.usage.txt');
  });
});
