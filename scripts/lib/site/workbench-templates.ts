/**
 * The forms' Handlebars templates for the case workbench, precompiled at build time: the same
 * sources as wq-forms (templates/document.hbs and templates/blocks/), tidied and compiled with the
 * same options (gbt9704/template-helpers.ts), as a module of template specs that Handlebars'
 * runtime turns into functions in the browser. The browser compiles nothing, so the page's
 * Content-Security-Policy can forbid eval and new Function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, tidy } from '../gbt9704/template-helpers.ts';
import { TEMPLATES_DIR } from '../gbt9704/templates.ts';

/** The partials the documents use (the page-number sheet is the command's, not the print view's). */
const UNUSED = new Set(['page-numbers']);

/** ES module source: `document`, and `partials` by name, each a precompiled template spec. */
export function precompiledTemplates(dir = TEMPLATES_DIR): string {
  const spec = (file: string) => Handlebars.precompile(tidy(readFileSync(file, 'utf8')), COMPILE_OPTIONS);
  const blocks = path.join(dir, 'blocks');
  const partials = readdirSync(blocks)
    .filter((f) => f.endsWith('.hbs') && !UNUSED.has(path.basename(f, '.hbs')))
    .sort()
    .map((f) => `  ${JSON.stringify(path.basename(f, '.hbs'))}: ${spec(path.join(blocks, f))},`);
  return [
    '// Precompiled from templates/ by scripts/lib/site/workbench-templates.ts.',
    `export const document = ${spec(path.join(dir, 'document.hbs'))};`,
    'export const partials = {',
    ...partials,
    '};',
    '',
  ].join('\n');
}
