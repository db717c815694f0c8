/**
 * The Handlebars side of the forms: templates/document.hbs renders a document model (see
 * model/types.ts) block by block with the partials in templates/blocks/. The words are the
 * model's; the templates only give them their HTML and the stylesheet's classes.
 *
 * Case data only ever reaches the page through {{double-stash}}, which escapes HTML;
 * a test fails the build if any template uses {{{triple-stash}}}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { ROOT_DIR } from '../root.ts';
import { COMPILE_OPTIONS, registerHelpers, tidy } from './template-helpers.ts';
import type { DocumentModel } from './model/types.ts';

export const TEMPLATES_DIR = path.join(ROOT_DIR, 'templates');
export const STYLESHEET = path.join(TEMPLATES_DIR, 'gbt9704.css');

type TemplateFn = (view: object) => string;

export interface FormTemplates {
  /** The HTML of one document: the inside of its <article class="doc">. */
  render(doc: DocumentModel): string;
  /** The Handlebars instance (for tests and the page-number sheet). */
  handlebars: typeof Handlebars;
}

// The model is not needed to render a document model; the parameter stays for callers that pass it.
export function createTemplates(dir: string = TEMPLATES_DIR): FormTemplates {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const blocks = path.join(dir, 'blocks');
  for (const file of readdirSync(blocks).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(path.basename(file, '.hbs'), tidy(readFileSync(path.join(blocks, file), 'utf8')));
  }
  // strict: a field the template expects but the model lacks is a bug, not a blank.
  const document = hb.compile(tidy(readFileSync(path.join(dir, 'document.hbs'), 'utf8')), COMPILE_OPTIONS) as TemplateFn;
  return { handlebars: hb, render: (doc) => document(doc) };
}
