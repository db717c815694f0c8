/**
 * What wq-forms prints, word for word, for the sample cases (and for an invalid one beside
 * them): a reviewed snapshot of the command's stdout and stderr, run in a scratch directory so
 * every path it prints is relative, with a fixed date.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formsCommand } from './command.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function forms(args: string[]) {
  const r = await formsCommand(dir, args, { NO_COLOR: '1', SOURCE_DATE_EPOCH: '1780000000' });
  return `[exit ${r.code}]\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

describe('wq-forms’ output, as the clerk reads it', () => {
  it('for every sample case, with the unit files, and an invalid case that is refused', async () => {
    cpSync(path.join(ROOT, 'schemas/examples'), path.join(dir, 'cases'), { recursive: true });
    writeFileSync(path.join(dir, 'cases/bad.json'), '{\n  "id": 7\n}\n');
    const cases = readdirSync(path.join(dir, 'cases')).filter((f) => f.endsWith('.json')).sort().map((f) => `cases/${f}`);
    const units = readdirSync(path.join(dir, 'cases/units')).sort().flatMap((f) => ['--unit', `cases/units/${f}`]);
    const out = await forms([...cases, ...units, '--out', 'out', '--as-of', '2026-12-31']);
    await expect(out).toMatchFileSnapshot('__snapshots__/wq-forms.samples.txt');
  });

  it('for one case as both PDF and DOCX: each file listed, pages for the PDFs only, and a second run that overwrites nothing', async () => {
    const args = ['cases/false-accusation-name-clearing.json', '--unit', 'cases/units/hohhot.json', '--out', 'both', '--as-of', '2026-12-31', '--format', 'both'];
    const first = await forms(args);
    const again = await forms(args);
    await expect(`${first}\n$ (again)\n${again}`).toMatchFileSnapshot('__snapshots__/wq-forms.both.txt');
  });

  it('usage errors and help', async () => {
    const runs = [['--help'], [], ['x.json', '--form', 'memo'], ['x.json', '--date', '2026-02-30'], ['x.json', '--serial', '0'], ['x.json', '--format', 'pdf,docx'], ['x.json', '--date', '2026\u001b[2J']];
    // Each is a process of its own, and none writes anything: they run at the same time.
    const outputs = await Promise.all(runs.map((args) => forms(args)));
    const text = runs.map((args, i) => `$ wq-forms ${JSON.stringify(args.join(' ')).slice(1, -1)}\n${outputs[i]}`).join('\n');
    // What a file or an argument holds never reaches the terminal raw: the escape is shown escaped.
    expect(text).not.toContain('\u001b');
    await expect(text).toMatchFileSnapshot('__snapshots__/wq-forms.usage.txt');
  });
});
