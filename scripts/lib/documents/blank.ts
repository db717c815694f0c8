/**
 * Blank forms to fill in by hand (wq-forms --blank): each form's frame and fixed words with
 * lines to write on, the same blocks and layout as a generated document. Published with the
 * samples in the handbook.
 */
import type { Case } from '../case/index.ts';
import { deriveFacts } from '../case/facts/index.ts';
import { cite } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { documentOf } from '../policy/query.ts';
import { fill, text, together } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel } from '../gbt9704/model/types.ts';
import type { FormDef } from './registry.ts';
import { provenance } from '../gbt9704/provenance.ts';
import { committeeFullName, officeFullName, type FormContext } from './context.ts';
import { heading, letterDocument, para, type Issuer } from './frame.ts';
import { blankLedger } from './ledger.ts';
import { receiptBlocks } from './receipt.ts';
import { blankRegister } from './register.ts';

/** A date to write in running text: like a printed date, it may break after 年, nowhere else. */
const date = () => text(together(fill(3), '年'), together(fill(2), '月', fill(2), '日'));
const line = (n: number) => fill(n);
/** Whole lines to write an opinion or a matter on: a 版心's width each (27 characters of line and the margin of one). */
const writingLines = (n: number): Block[] => Array.from({ length: n }, () => ({ kind: 'paragraph' as const, flush: true as const, text: text(fill(27)) }));

/** A context with nothing in it but the model: the frame needs no case for a blank. */
function nothing(model: PolicyModel): FormContext {
  const office = officeFullName(model);
  return {
    data: { id: '空白' } as unknown as Case,
    issues: [],
    facts: deriveFacts({}, model),
    duties: [],
    model,
    unit: { name: '', level: '盟市', documentPrefix: '', office, issuerMark: office, derived: true },
    asOf: '',
  };
}

function letter(model: PolicyModel, input: { formId: string; title: string; issuer?: 'office' | 'committee' | 'inspection'; body: Block[]; closing: string; signer?: boolean; format?: 'letter'; attachments?: boolean; articles: string[] }): DocumentModel {
  const ctx = nothing(model);
  // The organ's own name is the clerk's to add (or the unit's printed letterhead paper carries it).
  // The 警务督察 department has no name of its own without its organ (警务督察部门 is no organ):
  // its mark and 署名 are left for the clerk.
  const unnamed = '\u3000'.repeat(10);
  const name = input.issuer === 'committee' ? committeeFullName(model) : input.issuer === 'inspection' ? unnamed : ctx.unit.office;
  const issuer: Issuer = { mark: name, signature: name, prefix: '', printer: '\u3000'.repeat(8) };
  const doc = letterDocument(ctx, {
    formId: input.formId,
    title: input.title,
    issuer,
    ...(input.format ? { format: input.format } : {}),
    ...(input.signer ? { signer: '' } : {}),
    body: input.body,
    closing: input.closing,
    ...(input.attachments ? { attachments: [text('1.', line(16)), text('2.', line(16))] } : {}),
    ...(input.signer ? { note: text('（联系人：', line(4), '；联系电话：', line(6), '）') } : {}),
    articles: input.articles,
  });
  return { ...doc, caseId: '空白', author: '', provenance: provenance(model.version, null, input.articles) };
}

function letters(model: PolicyModel, def: FormDef): DocumentModel | undefined {
  const m = `《${model.meta.measuresTitle}》`;
  const who = () => text(line(10), line(6));
  switch (def.id) {
    case 'escalation-report':
      return letter(model, {
        formId: def.id,
        title: '关于　　　　执法权威受到侵害的报告',
        signer: true,
        body: [
          para('现将', line(12), '执法权威受到侵害的有关情况报告如下：'),
          heading(1, '一、基本情况'),
          para(date(), '，', who(), '在', line(10), '受到不法侵害。', line(16)),
          para(`该事件属于${m}${cite('art_17__para_1', model)}第`, line(3), '项规定的情形，应当逐级报告。'),
          heading(1, '二、已开展的工作'),
          ...writingLines(3),
          heading(1, '三、下一步工作'),
          ...writingLines(3),
        ],
        closing: '特此报告。',
        articles: ['art_17__para_1', 'art_29__item_1'],
      });
    case 'name-clearing-notice':
      return letter(model, {
        formId: def.id,
        title: documentOf(model, 'name_clearing_notice').title,
        body: [
          para(date(), '，', line(8), '受理了检举控告', who(), '的案件。经核查，所检举控告的问题不属实，于', date(), '证实系☐诬告　☐陷害　☐诽谤。'),
          para(`依照${m}${cite('art_29__item_5', model)}的规定，经本办审查，现为`, line(4), '同志正名，澄清事实，消除影响。'),
          para('本通知在', line(10), '范围内公开。'),
          para('对侵权违法行为人，本办将移交', line(10), '追究其相关责任。'),
        ],
        closing: '特此通知。',
        articles: ['art_29__item_5'],
      });
    case 'exemption-opinion':
      return letter(model, {
        formId: def.id,
        title: def.title,
        body: [para('本办依照', m, '第', line(4), '条的规定，对', who(), '的免责主张进行了审查。现提出审查意见如下：'), ...writingLines(8)],
        closing: '以上意见，请研究处理。',
        articles: ['art_21', 'art_22', 'art_23', 'art_24', 'art_25'],
      });
    case 'review-opinion':
      return letter(model, {
        formId: def.id,
        title: def.title,
        issuer: 'committee',
        body: [
          para(date(), '，你单位对', who(), '作出', line(4), '决定（', line(8), '）。', line(4), '同志对该决定有异议，于', date(), '提出申诉。'),
          para('本委于', date(), '听取了', line(4), '同志的陈述，对该决定的事实、理由、依据和程序进行了全面复核。'),
          para('经复核，本委认为：'),
          ...writingLines(6),
        ],
        closing: '以上复核意见，请研究处理。',
        articles: ['art_27__para_1'],
      });
    case 'correction-notice':
      return letter(model, {
        formId: def.id,
        title: def.title,
        issuer: 'inspection',
        body: [
          para(date(), '，经核查，', who(), '因依法履行职责、行使职权受到你单位不公正☐处分☐处理的情况属实。'),
          para(`依照${m}${cite('art_28__para_1', model)}的规定，现督促你单位对下列事项予以纠正：`),
          ...writingLines(3),
          para('请你单位于', date(), '前纠正完毕，并将纠正情况书面报送', line(10), '。'),
        ],
        closing: '特此通知。',
        articles: ['art_28__para_1'],
      });
    case 'correction-reminder':
      return letter(model, {
        formId: def.id,
        title: def.title,
        issuer: 'inspection',
        body: [
          para(date(), '，本部门向你单位发出《督促限期纠正通知书》（', line(8), '），督促你单位于', date(), '前对', who(), '受到的不公正☐处分☐处理予以纠正：'),
          ...writingLines(3),
          para(`上述纠正期限已过，本部门未收到你单位的纠正情况。依照${m}${cite('art_28__para_1', model)}的规定，请你单位立即予以纠正，并将纠正情况和逾期未纠正的原因书面报送本部门。`),
        ],
        closing: '特此通知。',
        articles: ['art_28__para_1'],
      });
    case 'transfer-letter':
      return letter(model, {
        formId: def.id,
        title: '关于移送　　　　的函',
        format: 'letter',
        attachments: true,
        body: [
          para('本办在办理', who(), '执法权威受到侵害一案（案件编号：', line(8), '）过程中，发现以下情况：'),
          ...writingLines(3),
          para('依照', m, '第', line(4), '条的规定，现将有关材料移送你单位，请依法处理，并将处理结果告知本办。'),
        ],
        closing: '特此函告。',
        articles: ['art_16__para_1', 'art_29__item_5'],
      });
    default:
      return undefined;
  }
}

/** The blank version of every form (or of those named). */
export function blankDocuments(model: PolicyModel, defs: readonly FormDef[], only?: ReadonlySet<string>): { doc: DocumentModel; def: FormDef }[] {
  const out: { doc: DocumentModel; def: FormDef }[] = [];
  for (const def of defs) {
    if (only && !only.has(def.id)) continue;
    let doc: DocumentModel | undefined;
    if (def.id === 'application-register') doc = blankRegister(model, def.title);
    else if (def.id === 'ledger') doc = blankLedger(model, def.title);
    else if (def.id === 'delivery-receipt') {
      doc = { formId: def.id, layout: 'form', orientation: 'portrait', title: def.title, author: '', articles: def.articles, caseId: '空白', provenance: provenance(model.version, null, def.articles), blocks: receiptBlocks() };
    } else doc = letters(model, def);
    if (doc) out.push({ doc, def });
  }
  return out;
}

