/**
 * The README's examples run as written: the commands block through npm itself, from a folder
 * of the user's own (paths relative to where npm was run, outputs written there), and the
 * library example as a module. An example that no longer works fails here, not in a newcomer's
 * first minute.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'wq-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The fenced blocks of a language, in order. */
const blocks = (lang: string) => [...README.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!);

function npm(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['--prefix', ROOT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('the README', () => {
  it('its command examples run from a folder of the user’s (exit 0), each writing where it says', async () => {
    const lines = blocks('sh')
      .flatMap((b) => b.split('\n'))
      .filter((l) => /^npm run (validate|forms|report) -- /.test(l));
    expect(lines.map((l) => l.split(' ')[2])).toEqual(['validate', 'forms', 'report']);
    // The user's folder: the examples where the README's paths find them.
    symlinkSync(path.join(ROOT, 'schemas'), path.join(scratch, 'schemas'));
    for (const line of lines) {
      expect(line, 'an example the test would split wrongly').not.toMatch(/["'\\$`]/);
      const r = await npm(line.split(' ').slice(1), scratch);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
    }
    expect(readdirSync(path.join(scratch, 'forms-out')).length).toBeGreaterThan(2);
    expect(readdirSync(path.join(scratch, 'report-out')).length).toBeGreaterThan(1);
  });

  it('its library example runs, and gives what its comments say', async () => {
    const [example] = blocks('ts');
    expect(example).toContain("from './scripts/lib/validate/index.ts'");
    const file = path.join(scratch, 'library-example.ts');
    const absolute = example!.replaceAll("from './scripts/", `from '${pathToFileURL(path.join(ROOT, 'scripts')).href}/`);
    writeFileSync(file, `${absolute}\nexport { result, review };\n`);
    const { result, review } = (await import(pathToFileURL(file).href)) as {
      result: { valid: boolean; data: { id: string }; issues: unknown[] };
      review: { args: { outcome: string } } | undefined;
    };
    expect(result.valid).toBe(true);
    expect(typeof result.data.id).toBe('string');
    expect(result.issues.length).toBeGreaterThan(0);
    expect(['免责', '不予免责', '待定']).toContain(review?.args.outcome);
  });
});
