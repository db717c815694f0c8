/**
 * The forms: their metadata from templates/forms.json, and for each the function that
 * finds which documents a case calls for and builds their view models.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { citeAll } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { documentOf } from '../policy/query.ts';
import { TEMPLATES_DIR, type FormTemplates } from './templates.ts';
import type { RenderJob } from './types.ts';
import type { FormContext } from './views/context.ts';
import type { FormDocument } from './views/document.ts';
import {
  correctionNotices,
  escalationReport,
  exemptionOpinions,
  nameClearingNotice,
  reviewOpinions,
  transferLetters,
} from './views/letters.ts';
import { applicationRegister } from './views/tables.ts';

export interface FormDef {
  id: string;
  title: string;
  articles: string[];
  layout: 'letter' | 'form';
  orientation: 'portrait' | 'landscape';
  description: string;
  appliesWhen: string;
}

interface FormFile {
  forms: (FormDef & { titleFromDocument?: string })[];
}

const FORMS_FILE = path.join(TEMPLATES_DIR, 'forms.json');
export const LEDGER_ID = 'ledger';

/** The forms, with titles that the Measures name (正名通知书) taken from the model. */
export function loadFormDefs(model: PolicyModel): FormDef[] {
  const file = JSON.parse(readFileSync(FORMS_FILE, 'utf8')) as FormFile;
  return file.forms.map(({ titleFromDocument, ...def }) => {
    return titleFromDocument ? { ...def, title: documentOf(model, titleFromDocument).title } : def;
  });
}

type Builder = (ctx: FormContext, title: string) => FormDocument[];

/** Per-case forms (the ledger spans cases and is built separately). */
const BUILDERS: Record<string, Builder> = {
  'application-register': applicationRegister,
  'escalation-report': escalationReport,
  'name-clearing-notice': nameClearingNotice,
  'exemption-opinion': exemptionOpinions,
  'review-opinion': reviewOpinions,
  'correction-notice': correctionNotices,
  'transfer-letter': transferLetters,
};

/** The documents a case calls for, optionally only some forms. */
export function documentsForCase(ctx: FormContext, defs: readonly FormDef[], only?: ReadonlySet<string>): FormDocument[] {
  return defs
    .filter((def) => def.id !== LEDGER_ID && (!only || only.has(def.id)))
    .flatMap((def) => {
      const build = BUILDERS[def.id];
      if (!build) throw new Error(`表单 ${def.id} 没有视图模型`);
      return build(ctx, def.title);
    });
}

export function toRenderJob(doc: FormDocument, def: FormDef, templates: FormTemplates, created: Date, model: PolicyModel, caseHash: string): RenderJob {
  const view = doc.view as { title?: string };
  return {
    html: templates.render(def.id, doc.view),
    layout: def.layout,
    orientation: def.orientation,
    meta: {
      form: def.id,
      title: view.title ?? def.title,
      author: doc.author,
      subject: citeAll(doc.articles, model),
      created,
      provenance: { regulationVersion: model.version, caseHash, articles: doc.articles },
    },
  };
}
