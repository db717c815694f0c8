/**
 * The Handlebars environment of the forms: partials from templates/partials, one
 * template per form in templates/forms, and the helpers that bring the Measures' own
 * words in from the provision model (never retyped in a template).
 *
 * Case data only ever reaches the page through {{double-stash}}, which escapes HTML;
 * a test fails the build if any template uses {{{triple-stash}}}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { cite } from '../citations/index.ts';
import type { PolicyModel } from '../policy/index.ts';
import { ROOT_DIR } from '../root.ts';
import { formatDate } from './dates.ts';
import { itemPhrase, provisionText } from '../policy/query.ts';

export const TEMPLATES_DIR = path.join(ROOT_DIR, 'templates');
export const STYLESHEET = path.join(TEMPLATES_DIR, 'gbt9704.css');

type TemplateFn = (view: object) => string;

export interface FormTemplates {
  render(name: string, view: object): string;
  /** The Handlebars instance (for tests and the page-number sheet). */
  handlebars: typeof Handlebars;
}

export function createTemplates(model: PolicyModel, dir: string = TEMPLATES_DIR): FormTemplates {
  const hb = Handlebars.create();
  registerHelpers(hb, model);
  const partials = path.join(dir, 'partials');
  for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(path.basename(file, '.hbs'), readFileSync(path.join(partials, file), 'utf8'));
  }
  const compiled = new Map<string, TemplateFn>();
  const load = (name: string): TemplateFn => {
    let fn = compiled.get(name);
    if (!fn) {
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`模板名称无效：${name}`);
      const source = readFileSync(path.join(dir, 'forms', `${name}.hbs`), 'utf8');
      // strict: a field the template expects but the view model lacks is a bug, not a blank.
      fn = hb.compile(source, { strict: true, preventIndent: true }) as TemplateFn;
      compiled.set(name, fn);
    }
    return fn;
  };
  return {
    handlebars: hb,
    render: (name, view) => load(name)(view),
  };
}

function registerHelpers(hb: typeof Handlebars, model: PolicyModel): void {
  /** An item's words inside a sentence: without its closing ；or 。 */
  hb.registerHelper('phrase', (eId: unknown) => itemPhrase(model, String(eId)));
  /** 第二十九条第（五）项, from the eId. */
  hb.registerHelper('cite', (eId: unknown) => cite(String(eId), model));
  /** The words of a provision, from the model. */
  hb.registerHelper('quote', (eId: unknown) => provisionText(model, String(eId)));
  /** 《内蒙古自治区公安机关维护公安民警执法权威工作实施办法》 */
  hb.registerHelper('measures', () => `《${model.meta.measuresTitle}》`);
  /** The full name a defined term stands for (维权办 → 维护公安民警执法权威工作委员会办公室). */
  hb.registerHelper('termFull', (term: unknown) => {
    const found = model.terms.find((t) => t.term === term);
    if (!found?.fullName) throw new Error(`条文模型中没有术语“${String(term)}”的全称`);
    return found.fullName;
  });
  /** 2026年3月5日 (Arabic numerals, no zero padding), or a blank to fill in by hand. */
  hb.registerHelper('date', (iso: unknown) => formatDate(typeof iso === 'string' ? iso : undefined));
  /** Free text from a case as a sentence: a closing 。 added when it has no closing mark. */
  hb.registerHelper('sentence', (text: unknown) => {
    const s = String(text ?? '').trim();
    return /[。！？；…”）]$/u.test(s) ? s : `${s}。`;
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('inc', (n: unknown) => Number(n) + 1);
}
