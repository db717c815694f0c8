/**
 * The forms: their metadata (read from templates/forms.json by forms-file.ts), the Chinese names
 * --form accepts (form-list.ts), and for each the builder that finds which documents a case calls for and makes
 * their models. Nothing here reads a file: the handbook's case workbench runs it in the browser.
 */
import { citeAll } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { bannerGeometry } from '../gbt9704/banner-geometry.ts';
import type { FormContext } from './context.ts';
import { correctionNotices, correctionReminders } from './correction.ts';
import { escalationReports } from './escalation.ts';
import { exemptionOpinions } from './exemption.ts';
import { nameClearingNotices } from './name-clearing.ts';
import { receiptFor, SERVED } from './receipt.ts';
import { applicationRegister } from './register.ts';
import { reviewOpinions } from './review.ts';
import { transferLetters } from './transfer.ts';
import { DocumentProblem } from './problem.ts';
import { datesAfterOwn } from '../gbt9704/model/dates-stated.ts';
import { plain } from '../gbt9704/model/text.ts';
import type { DocumentModel } from '../gbt9704/model/types.ts';
import type { FormTemplates } from '../gbt9704/templates.ts';
import type { RenderJob } from '../gbt9704/types.ts';

export interface FormDef {
  id: string;
  title: string;
  /** Other Chinese names --form accepts (申请登记表, 催办通知 …). */
  aliases: string[];
  articles: string[];
  layout: 'letter' | 'form';
  orientation: 'portrait' | 'landscape';
  description: string;
  appliesWhen: string;
}

export const LEDGER_ID = 'ledger';
const RECEIPT_ID = 'delivery-receipt';

/** A form's documents for a case; one that cannot be made is its problem, and the others stand. */
type Builder = (ctx: FormContext, title: string) => (DocumentModel | DocumentProblem)[];

/** Per-case forms (the ledger spans cases, the receipts follow the documents served). */
const BUILDERS: Record<string, Builder> = {
  'application-register': applicationRegister,
  'escalation-report': (ctx) => escalationReports(ctx),
  'name-clearing-notice': nameClearingNotices,
  'exemption-opinion': exemptionOpinions,
  'review-opinion': reviewOpinions,
  'correction-notice': correctionNotices,
  'correction-reminder': correctionReminders,
  'transfer-letter': transferLetters,
};

export interface BuiltDocument {
  def: FormDef;
  doc?: DocumentModel;
  /** Why this document could not be made (its builder's DocumentProblem or error). */
  problem?: { message: string; field?: string };
}

/**
 * The documents a case calls for, optionally only some forms. Receipts come with the documents
 * they serve when no form is named, or when 送达回执 is named (then the documents themselves are
 * built but not kept). Each document stands alone: one its builder refuses (a DocumentProblem in
 * its list) or one that states a later date is reported by itself, its siblings and their receipts
 * are made; only a builder that fails outright loses its form's documents for this case.
 */
export function documentsForCase(ctx: FormContext, defs: readonly FormDef[], only?: ReadonlySet<string>): BuiltDocument[] {
  const wanted = (id: string) => !only || only.has(id);
  const receipts = wanted(RECEIPT_ID);
  const receiptDef = defs.find((d) => d.id === RECEIPT_ID);
  const out: BuiltDocument[] = [];
  for (const def of defs) {
    const build = BUILDERS[def.id];
    if (!build || (!wanted(def.id) && !(receipts && SERVED.has(def.id)))) continue;
    let docs: (DocumentModel | DocumentProblem)[];
    try {
      docs = build(ctx, def.title);
    } catch (error) {
      const e = error as Error & { field?: string };
      if (wanted(def.id)) out.push({ def, problem: { message: e.message, ...(e.field ? { field: e.field } : {}) } });
      continue;
    }
    for (const doc of docs) {
      if (doc instanceof DocumentProblem) {
        if (wanted(def.id)) out.push({ def, problem: { message: doc.message, ...(doc.field ? { field: doc.field } : {}) } });
        continue;
      }
      const later = datesAfterOwn(doc);
      if (later.length > 0) {
        // A document states only what was known on its own date (issue 10 point 1).
        if (wanted(def.id)) out.push({ def, problem: { message: `成文日期 ${doc.date} 之后的情况（${later.join('、')}）不能写入这份公文`, field: '成文日期（案件中记录的日期或 --date）' } });
        continue;
      }
      if (wanted(def.id)) out.push({ def, doc });
      if (receipts && receiptDef && SERVED.has(def.id)) out.push({ def: receiptDef, doc: receiptFor(doc) });
    }
  }
  return out;
}

/**
 * 溯源：条文sha256:…；案件sha256:…；依据第…条 — one line of the bottom margin, without spaces (a
 * reader's tools see one word), the citations cut with 等 where they would not fit; the full
 * provenance is in the metadata.
 */
function traceLine(doc: DocumentModel, model: PolicyModel): string {
  const p = doc.provenance;
  const cited = citeAll(p.articles, model).split('、');
  let basis = '';
  for (const [i, c] of cited.entries()) {
    if ((basis + c).length > 34) {
      basis += `等${cited.length - i}处`;
      break;
    }
    basis += (i > 0 ? '、' : '') + c;
  }
  return `溯源：条文${p.regulationVersion}；${p.caseHash ? `案件sha256:${p.caseHash.slice(0, 16)}；` : ''}依据${basis}`;
}

/**
 * What the renderer prints and files for a document. Its provenance always goes into the PDF's
 * metadata and XMP; on paper, only on a draft (`draft`: wq-forms --draft): the line is no 公文
 * element, and a clerk would not send a document with it.
 */
export function toRenderJob(doc: DocumentModel, templates: Pick<FormTemplates, 'render'>, created: Date, model: PolicyModel, options: { draft?: boolean } = {}): RenderJob {
  const banner = doc.blocks[0]?.kind === 'banner' ? doc.blocks[0] : undefined;
  const format = doc.layout === 'form' ? 'form' : banner?.format === 'letter' ? 'letter' : 'file';
  const rule = banner && format === 'letter' ? bannerGeometry(banner).doubleRuleTop : undefined;
  return {
    html: templates.render(doc),
    layout: doc.layout,
    orientation: doc.orientation,
    format,
    ...(rule !== undefined ? { doubleRuleTop: rule } : {}),
    ...(options.draft ? { trace: traceLine(doc, model) } : {}),
    meta: {
      form: doc.formId,
      title: doc.title,
      author: doc.author,
      subject: citeAll(doc.articles, model),
      created,
      ...(doc.date ? { date: doc.date } : {}),
      ...(banner && banner.number.some((r) => !r.blank) ? { number: plain(banner.number) } : {}),
      caseId: doc.caseId,
      ...(doc.unit ? { unit: doc.unit } : {}),
      ...(doc.deadlines ? { deadlines: doc.deadlines } : {}),
      provenance: doc.provenance,
    },
  };
}
