/**
 * Every command parses its arguments and checks --out before anything heavy loads: what an
 * entry file imports statically (esbuild's own reading of the import graph, the dynamic
 * imports left out) holds none of the provision model, the validators, the renderer,
 * Chromium's driver, Handlebars or exceljs. A usage error then costs Node's start, not seconds.
 */
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRIES = ['validate', 'forms', 'report', 'migrate'];
const HEAVY = [/scripts\/lib\/policy\/load\.ts$/, /scripts\/lib\/validate\/validator\.ts$/, /scripts\/lib\/rules\/index\.ts$/, /scripts\/lib\/gbt9704\/renderer\.ts$/, /scripts\/lib\/documents\/registry\.ts$/, /^puppeteer-core/, /^handlebars/, /^exceljs/, /^ajv/];

/** The modules and packages an entry loads before its first dynamic import runs. */
async function staticImports(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [`scripts/${entry}.ts`],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const start = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === `scripts/${entry}.ts`)!;
  const seen = new Set<string>();
  const loaded: string[] = [];
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    loaded.push(...Object.keys(outputs[output]!.inputs));
    for (const i of outputs[output]!.imports) {
      if (i.kind !== 'import-statement') continue;
      if (i.external) loaded.push(i.path);
      else visit(i.path);
    }
  };
  visit(start);
  return loaded;
}

describe('what a command loads before it has read its arguments', () => {
  it.each(ENTRIES)('wq-%s: nothing heavy', async (entry) => {
    const loaded = await staticImports(entry);
    expect(loaded.length).toBeGreaterThan(3);
    expect(loaded.filter((m) => HEAVY.some((h) => h.test(m)))).toEqual([]);
    expect(loaded.some((m) => m.endsWith('scripts/lib/cli/command.ts'))).toBe(true);
  });
});
