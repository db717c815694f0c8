/**
 * 督促限期纠正通知书 (Art. 28): issued by the 警务督察 department under its own name, with the
 * number the case records, on the day it ordered the correction (one not yet ordered: the notice
 * to issue, dated --date or blank, its number and limit blank to fill); and, once the duty
 * checklist shows the limit passed without a correction (逾期), the 催办通知书: a document of its
 * own, dated when it is issued (--date, or blank for the clerk), never the notice rewritten.
 */
import { treatmentOf } from '../case/sanctions.ts';
import { cite } from '../citations/index.ts';
import { provisionText } from '../policy/query.ts';
import { dateText, documentNumberText, formatDate, yearOf } from '../gbt9704/dates.ts';
import { blank, keep, sentence, text, together } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel, Text } from '../gbt9704/model/types.ts';
import { issueDate, type FormContext } from './context.ts';
import { basisSentences } from './coverage.ts';
import { letterDocument, para, type Issuer } from './frame.ts';
import { fullName, inspectionIssuer } from './issuers.ts';
import { datedIn } from './known.ts';
import { personPhrase } from './person.ts';
import { measures } from './phrases.ts';
import { DocumentProblem } from './problem.ts';

type Correction = NonNullable<FormContext['data']['corrections']>[number];

/** Art. 28's own words for what is corrected (处分、处理), read from the provision. */
const art28Words = (ctx: FormContext) => /不公正([^，,。]+)/u.exec(provisionText(ctx.model, 'art_28__para_1'))?.[1] ?? '';

/**
 * 处分 or 处理, named: from the sanction the correction concerns, else as the matter says; where
 * neither tells, Art. 28's words (处分、处理) — never an unmarked blank in a sentence, nor the hedge
 * 处分或者处理.
 */
function treatment(ctx: FormContext, c: Correction): Text {
  const measure = c.sanction === undefined ? undefined : ctx.data.sanctions?.[c.sanction]?.measure;
  if (measure) return text(treatmentOf(measure));
  const says = [/处分/u.test(c.matter) ? '处分' : '', /处理/u.test(c.matter) ? '处理' : ''].filter(Boolean);
  return text(says.length === 1 ? says[0]! : art28Words(ctx));
}

/** The department ordered to correct, by its full name. */
const departmentOf = (ctx: FormContext, c: Correction) => fullName(ctx, c.department);

function issuerOf(ctx: FormContext, c: Correction, index: number): Issuer | DocumentProblem {
  return (
    inspectionIssuer(ctx, c.orderedBy) ??
    new DocumentProblem('督促限期纠正由警务督察部门以其名义发出（第二十八条），案件和单位设置文件都没有写明该部门的全称', `corrections[${index}].orderedBy（或单位设置文件的 office.department）`)
  );
}

/**
 * One 督促限期纠正通知书 per correction recorded; one that cannot be issued (no 警务督察 department
 * named) is refused alone, the others are made. The limit is written as the date the record sets
 * (于2026年8月5日前): a deadline is the one date a notice states that lies after its own.
 */
export function correctionNotices(ctx: FormContext, title: string): (DocumentModel | DocumentProblem)[] {
  const m = measures(ctx);
  return (ctx.data.corrections ?? []).map((c, index) => {
    const issuer = issuerOf(ctx, c, index);
    if (issuer instanceof DocumentProblem) return issuer;
    const date = issueDate(ctx, c.orderedOn);
    const basis = basisSentences(ctx, [c.person], m);
    const body: Block[] = [
      para(datedIn(c.verifiedOn, date ?? ctx.asOf) ? text(dateText(c.verifiedOn), '，经') : '经', '核查，', personPhrase(ctx, c.person), '因依法履行职责、行使职权受到你单位不公正', treatment(ctx, c), '的情况属实。'),
    ];
    for (const t of basis.texts) body.push(para(t));
    body.push(para(`依照${m}${cite('art_28__para_1', ctx.model)}的规定，现督促你单位对下列事项予以纠正：`, sentence(c.matter)));
    body.push(para('请你单位于', c.deadline ? dateText(c.deadline) : together(blank(2), '年', blank(1), '月', blank(1), '日'), `前纠正完毕，并将纠正情况书面报送${issuer.signature}。`));
    return letterDocument(ctx, {
      formId: 'correction-notice',
      part: String(index + 1),
      title,
      issuer,
      ...(c.id ? { number: text(keep(c.id)) } : {}),
      ...(date ? { date } : {}),
      addressee: departmentOf(ctx, c),
      body,
      closing: '特此通知。',
      articles: ['art_28__para_1', ...basis.articles],
      deadlines: c.deadline ? [c.deadline] : [],
    });
  });
}

/** The series a recorded number belongs to (通公督纠〔2026〕1号 → 通公督纠), for the reminder's own number. */
const seriesOf = (id: string) => /^(.*?)〔\d{4}〕\d+号$/u.exec(id)?.[1] ?? '';

/**
 * The corrections the checklist shows 逾期 and not corrected: a correction made late needs no
 * reminder (it is 逾期 all the same, for the ledger and the report).
 */
function overdue(ctx: FormContext): number[] {
  return ctx.duties
    .filter((d) => d.duty === 'correction-made' && d.status === 'overdue' && d.index !== undefined && d.done === undefined)
    .map((d) => d.index!);
}

/**
 * The 催办通知书 for a correction overdue: it names the person the correction is for (by
 * category and name: the matter it quotes may say only 该工作人员) and what was to be corrected.
 */
export function correctionReminders(ctx: FormContext, title: string): (DocumentModel | DocumentProblem)[] {
  const m = measures(ctx);
  return overdue(ctx).flatMap((index): (DocumentModel | DocumentProblem)[] => {
    const c = ctx.data.corrections?.[index];
    if (!c?.orderedOn || !c.deadline) return [];
    const issuer = issuerOf(ctx, c, index);
    if (issuer instanceof DocumentProblem) return [issuer];
    const date = ctx.issue?.date;
    if (date && date <= c.deadline) {
      return [new DocumentProblem(`--date ${formatDate(date)} 不晚于纠正期限 ${formatDate(c.deadline)}，期限未过不能催办`, '--date')];
    }
    const body: Block[] = [
      para(
        dateText(c.orderedOn),
        `，本部门向你单位发出《督促限期纠正通知书》${c.id ? `（${c.id}）` : ''}，督促你单位于`,
        dateText(c.deadline),
        '前对',
        personPhrase(ctx, c.person),
        '受到的不公正',
        treatment(ctx, c),
        '予以纠正：',
        sentence(c.matter),
      ),
      para('上述纠正期限已过，本部门未收到你单位的纠正情况。', `依照${m}${cite('art_28__para_1', ctx.model)}的规定，请你单位立即予以纠正，并将纠正情况和逾期未纠正的原因书面报送${issuer.signature}。`),
    ];
    return [
      letterDocument(ctx, {
        formId: 'correction-reminder',
        part: String(index + 1),
        title,
        issuer: { ...issuer, prefix: seriesOf(c.id ?? '') },
        number: documentNumberText(seriesOf(c.id ?? ''), yearOf(date), ctx.issue?.serial),
        ...(date ? { date } : {}),
        addressee: departmentOf(ctx, c),
        body,
        closing: '特此通知。',
        articles: ['art_28__para_1'],
      }),
    ];
  });
}
