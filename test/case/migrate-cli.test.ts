/**
 * npm run migrate as staff run it: v2 copies into --out, the inputs untouched, an output already
 * there kept, and the usage errors in Chinese.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { createValidator, type Validator } from '../../scripts/lib/validate/index.ts';
import { AS_OF } from '../rules/cases.ts';

const DIR = path.join(import.meta.dirname, '../fixtures/migrate/v1');
const ROOT = path.join(import.meta.dirname, '../..');
const v1Files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

let validator: Validator;
beforeAll(async () => {
  validator = await createValidator({ asOf: AS_OF });
});

/** The command as npm runs it, to its end: exit code and both streams (asynchronously, so that runs can overlap). */
function run(args: string[], cwd = ROOT): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/migrate.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd } }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

// Each test writes into folders of its own: they run at once, each mostly waiting for its processes.
describe.concurrent('npm run migrate', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wq-migrate-'));
  const hash = (dir: string) => createHash('sha256').update(readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f))).join('|')).digest('hex');

  it('writes v2 copies into --out, checks each, lists what to check, and never touches the inputs', async ({ expect }) => {
    const input = path.join(tmp, 'in');
    cpSync(DIR, input, { recursive: true });
    writeFileSync(path.join(input, 'unit.json'), JSON.stringify({ $schema: '../unit.schema.json', name: '某局' }));
    const before = hash(input);
    const r = await run([input, '--out', path.join(tmp, 'out')]);
    expect(r.status, r.stderr).toBe(0);
    expect(hash(input)).toBe(before);
    expect(readdirSync(path.join(tmp, 'out')).length).toBe(v1Files.length);
    expect(r.stdout).toContain('已转换');
    expect(r.stdout).toContain('需核对');
    expect(r.stdout).toContain('跳过');
    expect(r.stdout).toContain(`共转换 ${v1Files.length} 个文件。`);
    const migrated = JSON.parse(readFileSync(path.join(tmp, 'out', 'assault-on-duty-injury.json'), 'utf8'));
    expect(migrated.schemaVersion).toBe(2);
    expect(validator.validateData(migrated).valid).toBe(true);
  });

  it('leaves an output already there alone without --force (exit 1), and replaces it with --force', async ({ expect }) => {
    const out = path.join(tmp, 'again');
    expect((await run([path.join(DIR, 'minimal.json'), '--out', out])).status).toBe(0);
    const second = await run([path.join(DIR, 'minimal.json'), '--out', out]);
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('已存在，未覆盖');
    expect((await run([path.join(DIR, 'minimal.json'), '--out', out, '--force'])).status).toBe(0);
  });

  it('refuses to write where the inputs are, and a missing --out, in Chinese (exit 2)', async ({ expect }) => {
    const [same, none] = await Promise.all([run([path.join(DIR, 'minimal.json'), '--out', DIR]), run([path.join(DIR, 'minimal.json')])]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('输出目录不能是输入文件所在的目录');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('请用 --out 指定输出目录');
    expect(existsSync(path.join(DIR, '..', 'v2'))).toBe(false);
  });
});
