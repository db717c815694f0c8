/**
 * The case workbench (site/src/pages/workbench/, site/src/workbench/), built after Astro into the
 * staging site: its script bundled by esbuild for Chromium 83 with what it needs built in — the
 * validators' standalone code exactly as build:validate wrote it (dist/validate/validators.mjs),
 * the provision model, the schema files, the form read from the case schema (workbench-spec.ts),
 * the forms' definitions, their templates precompiled (workbench-templates.ts) and the GB/T 9704
 * stylesheet — then its page given the script and a Content-Security-Policy without 'unsafe-eval'
 * (every inline script of the page allowed by its hash), and the print view's own page.
 *
 * The files go to workbench/ under the site: outside the offline copy's list (scripts/lib/site/
 * offline.ts), so they cost the copy nothing; the service worker keeps them once the page is
 * opened (and the page fetches its print and DOCX parts then, so that they are kept too).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { withoutEditorHints } from '../build/editor-hints.ts';
import { loadFormDefs } from '../documents/forms-file.ts';
import { FONT_ROLES, OFFICIAL_CANDIDATES, type FontRole } from '../gbt9704/font-roles.ts';
import { geometryCss } from '../gbt9704/geometry.ts';
import { STYLESHEET } from '../gbt9704/templates.ts';
import { loadPolicyModel } from '../policy/load.ts';
import { STANDALONE_PATH } from '../validate/compiled.ts';
import { readSchemaFiles, schemaHash, type JsonSchema } from '../validate/schema-files.ts';
import { precompiledTemplates } from './workbench-templates.ts';
import { formSpec } from './workbench-spec.ts';
import { sheetCss } from '../../../site/src/workbench/sheet-css.ts';

const SOURCE_DIR = fileURLToPath(new URL('../../../site/src/workbench/', import.meta.url));
/** Where the workbench lives under the site. */
const WORKBENCH_DIR = 'workbench';
const ASSETS = 'assets';
/** The oldest engine the handbook is held to (test/site/old-browser.test.ts). */
const TARGET = 'chrome83';

class WorkbenchBuildError extends Error {}

export interface WorkbenchBuild {
  /** Files written under workbench/, relative to it, with their sizes (bytes, gzip bytes). */
  files: { file: string; bytes: number; gzip: number }[];
  /** The script the page loads, and the parts it loads later (print, DOCX). */
  entry: string;
  /** The scripts loaded as the page opens: the entry, the chunks it imports, the polyfills. */
  atOpen: string[];
}

/** The standalone validators as build:validate wrote them, for a bundler: its createRequire prelude removed (esbuild resolves require()). */
async function standaloneForBrowser(schemaHashNow: string): Promise<string> {
  const source = await readFile(STANDALONE_PATH, 'utf8').catch(() => {
    throw new WorkbenchBuildError(`找不到编译好的校验代码 ${path.relative(process.cwd(), STANDALONE_PATH)}：请先运行 npm run build:validate`);
  });
  const built = /export const SCHEMA_HASH = "([0-9a-f]+)";/.exec(source)?.[1];
  if (built !== schemaHashNow) throw new WorkbenchBuildError('编译好的校验代码与 schemas/ 中的架构不一致：请先运行 npm run build:validate');
  const prelude = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
  if (!source.includes(prelude)) throw new WorkbenchBuildError('编译好的校验代码的开头与预期不同（scripts/lib/build/standalone.ts 改过？），工作台无法打包');
  return source.replace(prelude, '');
}

/** The font families of each role, the official faces first: the print view uses what the PC has. */
function roleCss(): string {
  const generic: Record<FontRole, string> = { fang: 'serif', xbs: 'serif', hei: 'sans-serif', kai: 'serif', song: 'serif' };
  return `:root{${FONT_ROLES.map((role) => `--font-${role}:${OFFICIAL_CANDIDATES[role].map((n) => `"${n}"`).join(',')},${generic[role]}`).join(';')}}`;
}

const asJson = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/** What the bundle imports as wq:data, wq:validators and wq:templates, and the print view's stylesheet, wq:print-style. */
async function virtualModules(): Promise<Record<string, string>> {
  const files = readSchemaFiles();
  const [model, validators] = await Promise.all([loadPolicyModel(), standaloneForBrowser(schemaHash(files))]);
  // The validator reads titles, provisions and lists from the schemas, never the editors' hints.
  const schemaFiles = files.map((f) => ({ file: f.file, id: f.id, schema: withoutEditorHints(f.schema) as JsonSchema, source: '' }));
  const stylesheet = await readFile(STYLESHEET, 'utf8');
  return {
    'wq:data': [
      `export const model = ${asJson(model)};`,
      `export const schemaFiles = ${asJson(schemaFiles)};`,
      `export const spec = ${asJson(formSpec(files))};`,
      `export const formDefs = ${asJson(loadFormDefs(model))};`,
    ].join('\n'),
    'wq:validators': validators,
    'wq:templates': precompiledTemplates(),
    // The print view's stylesheet: the grid as the commands set it, the PC's official faces, GB/T 9704, the sheets.
    'wq:print-style': [geometryCss(), roleCss(), stylesheet, sheetCss(), await readFile(path.join(SOURCE_DIR, 'print-frame.css'), 'utf8')].join('\n'),
  };
}

function virtualPlugin(modules: Record<string, string>): Plugin {
  return {
    name: 'wq-virtual',
    setup(b) {
      b.onResolve({ filter: /^wq:/ }, (args) => ({ path: args.path, namespace: 'wq' }));
      // The validators' require() calls resolve from the project, like the file they came from.
      b.onLoad({ filter: /.*/, namespace: 'wq' }, (args) => ({ contents: modules[args.path], loader: args.path === 'wq:print-style' ? 'css' : 'js', resolveDir: path.dirname(STANDALONE_PATH) }));
    },
  };
}

const sha256Base64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * The page's policy: its own scripts and those inline in it (by their hashes), nothing evaluated
 * from a string; requests only to its own origin; no plug-ins, no <base>, no form posted anywhere.
 * WebAssembly may compile ('wasm-unsafe-eval', which allows no JavaScript eval): the handbook's
 * search in the page header runs on Pagefind's WebAssembly.
 */
function workbenchCsp(html: string): string {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim() !== '');
  const hashes = [...new Set(inline.map((s) => `'sha256-${sha256Base64(s)}'`))];
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The workbench page with its policy first in <head>, its stylesheet last in it, its script last,
 * and where the print view's script and stylesheet are (relative to the page, so that they are
 * found from a copy opened from disk too).
 */
function finishPage(html: string, script: string, polyfills: string, style: string | undefined, frame: { script: string; style: string }): string {
  const head = html.indexOf('<head>');
  const mount = '<div id="wb-app" ';
  if (head < 0 || !html.includes(mount)) throw new WorkbenchBuildError('工作台页面（workbench/index.html）的结构与预期不同，无法加入脚本');
  const withFrame = html.replace(mount, `${mount}data-print-script="${attr(frame.script)}" data-print-style="${attr(frame.style)}" `);
  const styled = style ? withFrame.replace('</head>', `<link rel="stylesheet" href="${attr(style)}"></head>`) : withFrame;
  // The polyfills as a classic script: it runs as it is parsed, before any module (which waits for the page).
  const withScript = styled.replace('</body>', `<script src="${attr(polyfills)}"></script><script type="module" src="${attr(script)}"></script></body>`);
  const csp = `<meta http-equiv="Content-Security-Policy" content="${attr(workbenchCsp(withScript))}">`;
  const at = head + '<head>'.length;
  return `${withScript.slice(0, at)}${csp}${withScript.slice(at)}`;
}

function gzipSize(bytes: Uint8Array): Promise<number> {
  return import('node:zlib').then(({ gzipSync }) => gzipSync(bytes, { level: 9 }).byteLength);
}

/** Builds the workbench into a built site (the staging directory of build.ts). */
export async function writeWorkbench(siteDir: string, base: string): Promise<WorkbenchBuild> {
  const dir = path.join(siteDir, WORKBENCH_DIR);
  const outdir = path.join(dir, ASSETS);
  const modules = await virtualModules();
  const common = {
    bundle: true,
    target: TARGET,
    minify: true,
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
    // The documents' provenance hashes the case with node:crypto; in the browser, the same SHA-256 in JavaScript.
    alias: { 'node:crypto': path.join(SOURCE_DIR, 'sha256.ts') },
    plugins: [virtualPlugin(modules)],
  };
  const failed = (error: { errors?: { text: string; location?: { file: string; line: number } | null }[] }): never => {
    const why = (error.errors ?? []).map((e) => `${e.location ? `${e.location.file}:${e.location.line}  ` : ''}${e.text}`).join('\n');
    throw new WorkbenchBuildError(`工作台脚本打包失败：\n${why || String(error)}`);
  };
  const result = await build({ ...common, entryPoints: { workbench: path.join(SOURCE_DIR, 'main.ts'), 'print-style': 'wq:print-style' }, splitting: true, format: 'esm', metafile: true, write: false }).catch(failed);
  if (process.env['WQ_WORKBENCH_METAFILE']) await writeFile(process.env['WQ_WORKBENCH_METAFILE'], JSON.stringify(result.metafile));
  await mkdir(outdir, { recursive: true });
  const files: WorkbenchBuild['files'] = [];
  const keep = async (out: { path: string; contents: Uint8Array }) => {
    await writeFile(out.path, out.contents);
    // Browsers without cascade layers switch every stylesheet to its .legacy.css (legacy-styles.ts):
    // the workbench's has no layers, so its flattened copy is itself.
    if (out.path.endsWith('.css')) await writeFile(out.path.replace(/\.css$/, '.legacy.css'), out.contents);
    files.push({ file: path.relative(dir, out.path).split(path.sep).join('/'), bytes: out.contents.byteLength, gzip: await gzipSize(out.contents) });
  };
  for (const out of result.outputFiles) await keep(out);
  const outputOf = (entry: string, ext: '.js' | '.css' = '.js') => {
    const found = Object.entries((result.metafile as Metafile).outputs).find(([file, o]) => o.entryPoint !== undefined && o.entryPoint.endsWith(entry) && file.endsWith(ext));
    if (!found) throw new WorkbenchBuildError(`工作台打包结果中没有 ${entry}`);
    return path.relative(dir, path.resolve(found[0])).split(path.sep).join('/');
  };
  const entry = outputOf('main.ts');
  const css = (result.metafile as Metafile).outputs[path.relative(process.cwd(), path.join(dir, entry))]?.cssBundle;
  // Addressed from the site's base, as Astro addresses its own (the offline package rewrites them all alike).
  const url = (file: string) => `${base}${WORKBENCH_DIR}/${file}`;
  // The print view's script: a classic one, so that it also runs in a page opened from disk (the offline package).
  const print = await build({ ...common, entryPoints: { print: path.join(SOURCE_DIR, 'print-frame.ts') }, splitting: false, format: 'iife', write: false }).catch(failed);
  for (const out of print.outputFiles) await keep(out);
  const printScript = path.basename(print.outputFiles[0]!.path);
  // What Chromium 83–92 lack, for the page's scripts (polyfills.ts).
  const shims = await build({ ...common, entryPoints: { polyfills: path.join(SOURCE_DIR, 'polyfills.ts') }, splitting: false, format: 'iife', write: false }).catch(failed);
  for (const out of shims.outputFiles) await keep(out);
  const polyfills = url(`${ASSETS}/${path.basename(shims.outputFiles[0]!.path)}`);
  const page = path.join(dir, 'index.html');
  const frame = { script: `${ASSETS}/${printScript}`, style: outputOf('wq:print-style', '.css') };
  await writeFile(page, finishPage(await readFile(page, 'utf8'), url(entry), polyfills, css ? url(path.relative(dir, path.resolve(css)).split(path.sep).join('/')) : undefined, frame));
  // The chunks the entry imports (not those it imports later with import()), and theirs.
  const outputs = (result.metafile as Metafile).outputs;
  const atOpen = new Set<string>([`${ASSETS}/${path.basename(shims.outputFiles[0]!.path)}`]);
  const visit = (file: string) => {
    const rel = path.relative(dir, path.resolve(file)).split(path.sep).join('/');
    if (atOpen.has(rel)) return;
    atOpen.add(rel);
    for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(path.relative(process.cwd(), path.join(dir, entry)));
  return { files: files.sort((a, b) => a.file.localeCompare(b.file)), entry, atOpen: [...atOpen].sort() };
}
