// wq-forms' templates in the browser: the specs the build precompiled from templates/ (with the
// same tidying and options), made functions by Handlebars' runtime, with the same helpers. Nothing
// is compiled here, so the page's Content-Security-Policy forbids eval and new Function.
import Runtime from 'handlebars/runtime';
import { document as documentSpec, partials } from 'wq:templates';
import { registerHelpers } from '../../../scripts/lib/gbt9704/template-helpers.ts';
import type { DocumentModel } from '../../../scripts/lib/gbt9704/model/types.ts';

export function browserTemplates(): { render(doc: DocumentModel): string } {
  const hb = Runtime.create();
  registerHelpers(hb);
  for (const [name, spec] of Object.entries(partials)) hb.registerPartial(name, hb.template(spec as never));
  const render = hb.template(documentSpec as never) as (view: object) => string;
  return { render: (doc) => render(doc) };
}
