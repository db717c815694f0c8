/**
 * npm run build:forms: unpacks the fallback face for rare characters (fallback-font.ts), then
 * every form each sample case (schemas/examples/*.json) calls for, rendered into dist/forms,
 * the blank form of each (wq-forms --blank) into dist/forms/blank, a first-page preview PNG of
 * each (pdftoppm, when installed), and dist/published/forms.json for the handbook.
 *
 * Exit codes as the forms command; a form without any sample also fails the build (the
 * handbook would have nothing to show for it).
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadPolicyModel } from './lib/policy/index.ts';
import { cutFallbackMarks, installFallbackFont } from './lib/gbt9704/fallback-font.ts';
import { loadFormDefs } from './lib/documents/forms-file.ts';
import { runForms } from './lib/documents/run.ts';
import { writePublished, type PublishedForm } from './lib/published.ts';
import { ROOT_DIR } from './lib/root.ts';

const EXAMPLES = path.join(ROOT_DIR, 'schemas/examples');
const DIST = path.join(ROOT_DIR, 'dist');
const OUT = path.join(DIST, 'forms');
const PREVIEWS = path.join(OUT, 'previews');
const BLANK = path.join(OUT, 'blank');

const jsonIn = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));

/** A first-page PNG of a sample, if poppler's pdftoppm is there (it is cheap: ≈0.2 s). */
async function preview(pdf: string, name: string): Promise<string | undefined> {
  const target = path.join(PREVIEWS, name);
  try {
    await promisify(execFile)('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, target]);
    return `${target}.png`;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const model = await loadPolicyModel();
  const defs = loadFormDefs(model);
  process.stdout.write(`build:forms：${installFallbackFont()}\n`);
  const marks = await cutFallbackMarks();
  if (marks) process.stdout.write(`build:forms：${marks}\n`);
  await rm(OUT, { recursive: true, force: true });
  await mkdir(PREVIEWS, { recursive: true });
  const result = await runForms({
    inputs: await jsonIn(EXAMPLES),
    unitFiles: await jsonIn(path.join(EXAMPLES, 'units')),
    outDir: OUT,
    force: true,
    ...(process.env['FORMS_AS_OF'] ? { asOf: process.env['FORMS_AS_OF'] } : {}),
    log: () => undefined, // sample cases are known; their notes are not news in a build log
  });
  if (result.exitCode !== 0) {
    process.stderr.write(`build:forms：示例案件未能全部生成公文（退出码 ${result.exitCode}）：${result.refused.join('、')}\n`);
    return result.exitCode;
  }
  const blanks = await runForms({ inputs: [], blank: true, outDir: BLANK, force: true, log: (t) => process.stderr.write(t) });
  if (blanks.exitCode !== 0) {
    process.stderr.write(`build:forms：空白表单未能全部生成（退出码 ${blanks.exitCode}）\n`);
    return blanks.exitCode;
  }
  const forms: PublishedForm[] = [];
  const missing: string[] = [];
  for (const def of defs) {
    const sample = result.documents.find((d) => d.formId === def.id && d.outcome === 'written');
    if (!sample) {
      missing.push(def.id);
      continue;
    }
    const png = await preview(sample.file, def.id);
    const blank = blanks.documents.find((d) => d.formId === def.id && d.outcome === 'written');
    const blankPng = blank ? await preview(blank.file, `${def.id}-blank`) : undefined;
    forms.push({
      id: def.id,
      title: def.title,
      articles: def.articles,
      description: def.description,
      usage: `npm run forms -- <案件.json> --form ${def.id}`,
      samplePdf: path.relative(DIST, sample.file).split(path.sep).join('/'),
      ...(png ? { samplePng: path.relative(DIST, png).split(path.sep).join('/') } : {}),
      ...(blank ? { blankPdf: path.relative(DIST, blank.file).split(path.sep).join('/') } : {}),
      ...(blankPng ? { blankPng: path.relative(DIST, blankPng).split(path.sep).join('/') } : {}),
    });
  }
  if (missing.length > 0) {
    process.stderr.write(`build:forms：以下公文没有任何示例案件需要，无法提供样张：${missing.join('、')}\n`);
    return 1;
  }
  const published = await writePublished(DIST, 'forms', { forms });
  const pages = result.documents.reduce((n, d) => n + (d.pages ?? 0), 0);
  process.stdout.write(
    `build:forms：${result.documents.length} 份公文（${pages} 页）→ ${path.relative(ROOT_DIR, OUT)}，${forms.length} 种公文 → ${path.relative(ROOT_DIR, published)}（${((Date.now() - started) / 1000).toFixed(1)} 秒）\n  ${result.fonts.join('\n  ')}\n`,
  );
  return 0;
}

process.exitCode = await main();
