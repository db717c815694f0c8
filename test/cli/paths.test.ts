/**
 * Every command takes paths relative to the folder the user is in. `npm run` moves into the
 * project and leaves that folder in INIT_CWD: `cd schemas/examples && npm run validate --
 * weapon-use-exemption.json` used to say the file did not exist. Run here as npm runs them (npm
 * itself for one, the bins with npm's INIT_CWD for the rest), writing only what needs no browser.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = path.join(ROOT, 'schemas/examples');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wq-cli-paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}
/** A bin as `npm run` starts it: in the project, the user's folder in INIT_CWD. */
const bin = (command: string, args: string[], userDir: string) => run(process.execPath, [path.join(ROOT, 'bin', `${command}.js`), ...args], { cwd: ROOT, env: { INIT_CWD: userDir } });

describe('paths relative to where the user is', () => {
  it('npm run validate in schemas/examples finds weapon-use-exemption.json, and shows it as typed', async () => {
    const r = await run('npm', ['run', '--silent', 'validate', '--', 'weapon-use-exemption.json'], { cwd: EXAMPLES });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^weapon-use-exemption\.json {2}有效/m);
    expect(r.stdout).toContain('共 1 个文件：1 个有效');
  });

  it('wq-forms, wq-report and wq-migrate read and write where the user is', async () => {
    const user = path.join(tmp, 'user');
    mkdirSync(user);
    cpSync(path.join(EXAMPLES, 'false-accusation-name-clearing.json'), path.join(user, 'case.json'));
    cpSync(path.join(EXAMPLES, 'units/hohhot.json'), path.join(user, 'unit.json'));
    cpSync(path.join(ROOT, 'test/fixtures/migrate/v1'), path.join(user, 'v1'), { recursive: true });
    const [forms, report, migrate] = await Promise.all([
      bin('forms', ['case.json', '--unit', 'unit.json', '--form', '正名通知书', '--format', 'docx', '--out', 'forms'], user),
      bin('report', ['case.json', '--unit', 'unit.json', '--from', '2026-01-01', '--to', '2026-06-30', '--date', '2026-07-01', '--format', 'json', '--out', 'report'], user),
      bin('migrate', ['v1', '--out', 'v2'], user),
    ]);
    expect(forms.code, forms.stderr).toBe(0);
    expect(forms.stdout).toMatch(/^已生成 {2}forms\/.+_正名通知书\.docx$/m);
    expect(readdirSync(path.join(user, 'forms'))).toHaveLength(1);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('已生成  report/维护执法权威工作情况报告_2026-01-01_2026-06-30.json');
    expect(migrate.code, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/^已转换 {2}v1\/\S+\.json → v2\/\S+\.json/m);
    expect(readdirSync(path.join(user, 'v2')).length).toBe(readdirSync(path.join(user, 'v1')).filter((f) => f.endsWith('.json')).length);
    // Nothing was written where npm ran them.
    for (const name of ['forms', 'report', 'v2']) expect(readdirSync(ROOT)).not.toContain(name);
  });
});
