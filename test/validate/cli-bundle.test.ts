/**
 * The command runs as a bundle built from the sources (fast start) only while the bundle is
 * current, and then says exactly what the sources say.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { currentBundle } from '../../bin/current-bundle.js';
import { buildCliBundle, CLI_BUNDLE_DIR } from '../../scripts/lib/build/cli-bundle.ts';
import { ROOT_DIR } from '../../scripts/lib/root.ts';

const dirUrl = (dir: string) => pathToFileURL(`${dir}${path.sep}`);
/** The stamp's hash, computed here as content-hash.js documents it: each name and its bytes, NUL after each. */
const stampOf = (files: Record<string, string>) => ({
  files: Object.keys(files),
  sha256: createHash('sha256').update(Object.entries(files).map(([name, text]) => `${name}\0${text}\0`).join('')).digest('hex'),
});
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a bundle is current only while every source it was built from is unchanged', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wq-bundle-'));
  made.push(root);
  const bundle = path.join(root, 'out');
  mkdirSync(bundle);
  mkdirSync(path.join(root, 'src'));
  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
  const setUp = () => {
    write('src/a.ts', 'export const a = 1;\n');
    write('src/b.ts', 'export const b = 2;\n');
    write('out/manifest.json', JSON.stringify({ entry: 'cli.mjs', sources: stampOf({ 'src/a.ts': 'export const a = 1;\n', 'src/b.ts': 'export const b = 2;\n' }) }));
  };
  const current = () => currentBundle(dirUrl(bundle), dirUrl(root));

  it('is current when every hash matches, and names its entry', () => {
    setUp();
    expect(current()).toBe(pathToFileURL(path.join(bundle, 'cli.mjs')).href);
  });

  it('is stale once a source is edited, even by one character', () => {
    setUp();
    write('src/b.ts', 'export const b = 3;\n');
    expect(current()).toBeUndefined();
  });

  it('is stale once a source is gone', () => {
    setUp();
    unlinkSync(path.join(root, 'src/a.ts'));
    expect(current()).toBeUndefined();
  });

  it('is absent without a manifest', () => {
    setUp();
    unlinkSync(path.join(bundle, 'manifest.json'));
    expect(current()).toBeUndefined();
  });
});

describe('build:validate bundles the command with a manifest of its sources', () => {
  it('stamps the command and the rules among its sources, with their current hash', async () => {
    const out = mkdtempSync(path.join(ROOT_DIR, 'dist', '.test-bundle-'));
    made.push(out);
    const manifest = await buildCliBundle(out);
    expect(manifest.sources.files).toEqual(expect.arrayContaining(['scripts/validate.ts', 'scripts/lib/validate/validator.ts', 'scripts/lib/rules/index.ts']));
    expect(manifest.sources.files.every((f) => f.startsWith('scripts/'))).toBe(true); // packages stay external
    expect(currentBundle(dirUrl(out), dirUrl(ROOT_DIR))).toBe(pathToFileURL(path.join(out, 'validate.mjs')).href);
  });
});

describe('the bundled command says exactly what the sources say', () => {
  const run = (args: string[], fromSource: boolean) =>
    spawnSync(process.execPath, ['bin/validate.js', '--as-of', '2026-11-28', ...args], {
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: process.cwd(), NO_COLOR: '1', WQ_HANDBOOK_URL: '', WQ_VALIDATE_FROM_SOURCE: fromSource ? '1' : '' },
      maxBuffer: 64 << 20,
    });

  it('has a current bundle to compare (npm run build:validate writes it)', () => {
    expect(currentBundle(dirUrl(CLI_BUNDLE_DIR), dirUrl(ROOT_DIR)), 'dist/validate/cli/ is missing or stale: run npm run build:validate').toBeDefined();
  });

  it.each([['human'], ['json'], ['sarif']])('in %s output, over every valid and invalid fixture', (format) => {
    const args = ['--format', format, 'test/fixtures/cases', 'schemas/examples'];
    const bundled = run(args, false);
    const source = run(args, true);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(1);
    expect(bundled.stdout.length).toBeGreaterThan(1000);
    expect({ status: bundled.status, stdout: bundled.stdout }).toEqual({ status: source.status, stdout: source.stdout });
  });
});
