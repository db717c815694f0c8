/**
 * Case data is text, never markup or template: a case whose fields hold <script>,
 * <img src=file:///etc/passwd> or {{…}} prints those characters and does nothing else.
 * And the page itself is locked: no script runs, and nothing but the font files loads.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_ORIGIN, buildFontPlan } from '../../scripts/lib/gbt9704/fonts.ts';
import { fontFileFor, preparePage } from '../../scripts/lib/gbt9704/page-setup.ts';
import { runForms } from '../../scripts/lib/documents/run.ts';
import { TEMPLATES_DIR } from '../../scripts/lib/gbt9704/templates.ts';
import { text } from '../gbt9704/pdf-tools.ts';
import { useBrowserContext } from '../support/browser.ts';
import { useRenderer } from '../support/renderer.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOSTILE = {
  name: '<script>document.title="pwned"</script>',
  unit: '<img src=file:///etc/passwd>分局',
  place: '{{people.0.name}}{{> banner}}',
  scope: '"><iframe src="http://example.com/"></iframe>',
};

let dir: string;
const renderer = useRenderer();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-safety-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('case data on a form', () => {
  it('prints <script>, <img src=file:///etc/passwd> and {{ as the characters they are', async () => {
    const source = JSON.parse(readFileSync(path.join(ROOT, 'schemas/examples/false-accusation-name-clearing.json'), 'utf8'));
    const officer = source.people.find((p: { id: string }) => p.id === source.nameClearing.person);
    officer.name = HOSTILE.name;
    officer.unit = HOSTILE.unit;
    source.incident.place = HOSTILE.place;
    source.nameClearing.scope = HOSTILE.scope;
    const file = path.join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(source));
    const result = await runForms({
      inputs: [file],
      forms: ['name-clearing-notice', 'application-register'],
      outDir: path.join(dir, 'out'),
      log: () => undefined,
      openRenderer: renderer(),
    });
    // The renderer stops a batch if the page tried to load anything it may not: it did not.
    expect(result.exitCode).toBe(0);
    expect(result.documents).toHaveLength(2);
    const printed = result.documents.map((d) => text(d.file).replace(/\s+/g, '')).join('\n');
    for (const value of Object.values(HOSTILE)) expect(printed).toContain(value.replace(/\s+/g, ''));
    expect(readdirSync(path.join(dir, 'out'))).toHaveLength(2);
  });

  it('never reaches the page through a triple-stash or an unescaped block', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (p.endsWith('.hbs')) files.push(p);
      }
    };
    walk(TEMPLATES_DIR);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\{\{\{|\{\{&|\{\{~?\s*&/);
    }
  });
});

describe('the page the forms print in', () => {
  const context = useBrowserContext();

  it('runs no script, even one written straight into it', async () => {
    const { page } = await preparePage(context(), buildFontPlan({}).fontDirs);
    await page.setContent('<title>t</title><script>document.title = "ran"</script><img src="x:" onerror="document.title = \'ran\'">');
    expect(await page.evaluate(() => document.title)).toBe('t');
    await page.close();
  });

  it('refuses every request but the font files: other file:// paths and the network', async () => {
    const plan = buildFontPlan({});
    const prepared = await preparePage(context(), plan.fontDirs);
    // A real image on disk, so "not loaded" means refused, not "not an image". No CSP here:
    // this checks the page's origin and the request interception on their own.
    const png = path.join(ROOT, 'test/fixtures/documents/pixel.png');
    await prepared.page.setContent(
      `<img id="a" src="file://${png}"><img id="b" src="http://example.com/a.png"><img id="c" src="${FONT_ORIGIN}/fonts/x/../../etc/passwd">` +
        `<link rel="stylesheet" href="https://example.com/x.css">`,
      { waitUntil: 'load' },
    );
    const blocked = prepared.takeBlocked();
    expect(blocked).toEqual(expect.arrayContaining(['http://example.com/a.png', 'https://example.com/x.css']));
    const widths = await prepared.page.evaluate(() => ['a', 'b', 'c'].map((id) => (document.getElementById(id) as HTMLImageElement).naturalWidth));
    expect(widths).toEqual([0, 0, 0]);
    await prepared.page.close();
  });

  it('serves a font file only from inside a font package, not beside it or above it', () => {
    const dirs = buildFontPlan({}).fontDirs;
    const route = encodeURIComponent('@fontsource/noto-serif-sc');
    const dir = dirs['@fontsource/noto-serif-sc']!;
    expect(fontFileFor(`${FONT_ORIGIN}/fonts/${route}/files/noto-serif-sc-4-400-normal.woff2`, dirs)).toBe(path.join(dir, 'files/noto-serif-sc-4-400-normal.woff2'));
    expect(fontFileFor(`${FONT_ORIGIN}/fonts/${route}/..%2F..%2F..%2F..%2Fetc%2Fpasswd`, dirs)).toBeUndefined();
    expect(fontFileFor(`${FONT_ORIGIN}/fonts/${route}/%2E%2E/x.woff2`, dirs)).toBeUndefined();
    expect(fontFileFor(`${FONT_ORIGIN}/fonts/${route}/package.json`, dirs)).toBeUndefined();
    expect(fontFileFor(`${FONT_ORIGIN}/fonts/__proto__/x.woff2`, dirs)).toBeUndefined();
    expect(fontFileFor('http://example.com/fonts/x/a.woff2', dirs)).toBeUndefined();
    expect(fontFileFor('file:///etc/passwd', dirs)).toBeUndefined();
    expect(fontFileFor('data:font/woff2;base64,AAAA', dirs)).toBeUndefined();
  });
});
