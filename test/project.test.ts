/**
 * The project's own hygiene: no unused files, dependencies or exports and no dependency used but
 * not listed (knip, configured in knip.jsonc), and no import cycle between modules (madge).
 * Dead code and tangles are found here, not by the next reader. And the unit project stays the
 * fast inner loop it is meant to be.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

it('knip finds nothing unused or unlisted', () => {
  const bin = path.join(import.meta.dirname, '../node_modules/.bin/knip');
  const r = spawnSync(bin, ['--no-progress', '--no-config-hints'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

it('no module imports itself through others: the layers have no import cycle', async () => {
  const { default: madge } = await import('madge');
  const graph = await madge(['scripts', 'bin'], { fileExtensions: ['ts', 'js'], tsConfig: path.join(import.meta.dirname, '../tsconfig.json') });
  expect(Object.keys(graph.obj()).length).toBeGreaterThan(100);
  expect(graph.circular()).toEqual([]);
});

it('keeps the unit project in-process: none of its files starts a browser, LibreOffice or a process', () => {
  const vitest = path.join(import.meta.dirname, '../node_modules/vitest/vitest.mjs');
  const r = spawnSync(process.execPath, [vitest, 'list', '--project', 'unit', '--filesOnly', '--json'], { encoding: 'utf8', cwd: path.join(import.meta.dirname, '..') });
  const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
  expect(files.length).toBeGreaterThan(40);
  // What only the integration project may use (vitest.config.ts lists its files).
  const heavy = /node:child_process|launchBrowser|puppeteer|runForms|runReport|FormRenderer|convertToPdf|useRenderer|useSharedBrowser|useBrowserContext|useSite|formsCommand/;
  expect(files.filter((f) => heavy.test(readFileSync(f, 'utf8'))).map((f) => path.relative(process.cwd(), f))).toEqual([]);
});
