/**
 * What wq-forms prints, word for word, for the sample cases (and for an invalid one beside
 * them): a reviewed snapshot of the command's stdout and stderr, paths relative to a scratch
 * directory. The runs are made in this process (runForms() with the shared renderer, the summary
 * the command prints from runSummary()); the usage errors and help as a process, where the exit
 * code and the streams are the point.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutputFormat } from '../../scripts/lib/documents/run.ts';
import { runSummary } from '../../scripts/lib/documents/summary.ts';
import { useRenderer } from '../support/renderer.ts';
import { formsCommand, runIn } from './command.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const renderer = useRenderer();
const AS_OF = '2026-12-31';

const shown = (code: number | null, stdout: string, stderr: string) => `[exit ${code}]\n--- stdout\n${stdout}--- stderr\n${stderr}`;

/** A run of the command, as it prints it: `inputs` and `units` relative to the scratch directory. */
async function forms(inputs: string[], units: string[], out: string, formats: OutputFormat[] = ['pdf']) {
  const r = await runIn(dir, out, { inputs, unitFiles: units, asOf: AS_OF, formats, openRenderer: renderer() });
  const summary = runSummary(r, formats, (file) => path.relative(dir, file));
  return shown(r.exitCode, summary.stdout, r.stderr + summary.stderr);
}

describe('wq-forms’ output, as the clerk reads it', () => {
  it('for every sample case, with the unit files, and an invalid case that is refused', async () => {
    cpSync(path.join(ROOT, 'schemas/examples'), path.join(dir, 'cases'), { recursive: true });
    writeFileSync(path.join(dir, 'cases/bad.json'), '{\n  "id": 7\n}\n');
    const cases = readdirSync(path.join(dir, 'cases')).filter((f) => f.endsWith('.json')).sort().map((f) => `cases/${f}`);
    const units = readdirSync(path.join(dir, 'cases/units')).sort().map((f) => `cases/units/${f}`);
    const out = await forms(cases, units, 'out');
    await expect(out).toMatchFileSnapshot('__snapshots__/wq-forms.samples.txt');
  });

  it('for one case as both PDF and DOCX: each file listed, pages for the PDFs only, and a second run that overwrites nothing', async () => {
    const run = () => forms(['cases/false-accusation-name-clearing.json'], ['cases/units/hohhot.json'], 'both', ['pdf', 'docx']);
    const first = await run();
    const again = await run();
    await expect(`${first}\n$ (again)\n${again}`).toMatchFileSnapshot('__snapshots__/wq-forms.both.txt');
  });

  it('usage errors and help', async () => {
    const runs = [['--help'], [], ['x.json', '--form', 'memo'], ['x.json', '--date', '2026-02-30'], ['x.json', '--serial', '0'], ['x.json', '--format', 'pdf,docx'], ['x.json', '--date', '2026\u001b[2J']];
    // Each is a process of its own, and none writes anything: they run at the same time.
    const outputs = await Promise.all(runs.map(async (args) => {
      const r = await formsCommand(dir, args, { NO_COLOR: '1' });
      return shown(r.code, r.stdout, r.stderr);
    }));
    const text = runs.map((args, i) => `$ wq-forms ${JSON.stringify(args.join(' ')).slice(1, -1)}\n${outputs[i]}`).join('\n');
    // What a file or an argument holds never reaches the terminal raw: the escape is shown escaped.
    expect(text).not.toContain('\u001b');
    await expect(text).toMatchFileSnapshot('__snapshots__/wq-forms.usage.txt');
  });
});
