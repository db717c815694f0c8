/**
 * 督促限期纠正通知书 (Art. 28): issued by the 警务督察 department under its own name, with the
 * number the case records, on the day it ordered the correction (one not yet ordered: the notice
 * to issue, dated --date or blank, its number and limit blank to fill); and, once the duty
 * checklist shows the limit passed without a correction (逾期), the 催办通知书: a document of its
 * own, dated when it is issued (--date, or blank for the clerk), never the notice rewritten.
 */
import { cite } from '../citations/index.ts';
import { daysBetween } from '../duties/index.ts';
import { dateText, documentNumberText, formatDate, yearOf } from '../gbt9704/dates.ts';
import { fill, keep, sentence, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel } from '../gbt9704/model/types.ts';
import { issueDate, type FormContext } from './context.ts';
import { basisSentences } from './coverage.ts';
import { letterDocument, para } from './frame.ts';
import { inspectionIssuer } from './issuers.ts';
import { within } from './known.ts';
import { personPhrase } from './person.ts';
import { measures } from './phrases.ts';
import { DocumentProblem } from './problem.ts';

type Correction = NonNullable<FormContext['data']['corrections']>[number];

/** 处分 or 处理, as the matter says; both when it does not say. */
const treatment = (c: Correction) => (/处分/.test(c.matter) ? '处分' : /处理/.test(c.matter) ? '处理' : '处分或者处理');

/** The department ordered to correct, by its full name within the organ. */
function departmentOf(ctx: FormContext, c: Correction): string {
  return /公安(厅|局|分局)|^内蒙古/.test(c.department) ? c.department : `${ctx.unit.name}${c.department}`;
}

function issuerOf(ctx: FormContext, c: Correction, index: number) {
  const issuer = inspectionIssuer(ctx, c.orderedBy);
  if (!issuer) {
    throw new DocumentProblem(
      '督促限期纠正由警务督察部门以其名义发出（第二十八条），案件和单位设置文件都没有写明该部门的全称',
      `corrections[${index}].orderedBy（或单位设置文件的 office.department）`,
    );
  }
  return issuer;
}

export function correctionNotices(ctx: FormContext, title: string): DocumentModel[] {
  const m = measures(ctx);
  return (ctx.data.corrections ?? []).map((c, index) => {
    const issuer = issuerOf(ctx, c, index);
    const date = issueDate(ctx, c.orderedOn);
    const basis = basisSentences(ctx, [c.person], m);
    const body: Block[] = [
      para(within(c.verifiedOn, date ?? ctx.asOf) ? text(dateText(c.verifiedOn), '，经') : '经', '核查，', personPhrase(ctx, c.person), `因依法履行职责、行使职权受到你单位不公正${treatment(c)}的情况属实。`),
    ];
    for (const t of basis.texts) body.push(para(t));
    body.push(para(`依照${m}${cite('art_28__para_1', ctx.model)}的规定，现督促你单位对下列事项予以纠正：`, sentence(c.matter)));
    // The limit in days from the notice: a notice states no date after its own (the deadline is the case's record).
    const days = c.deadline && date ? String(daysBetween(date, c.deadline)) : undefined;
    body.push(para('请你单位自本通知发出之日起', days ?? fill(2), `日内纠正完毕，并将纠正情况书面报送${issuer.signature}。`));
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

export function correctionReminders(ctx: FormContext, title: string): DocumentModel[] {
  const m = measures(ctx);
  return overdue(ctx).flatMap((index) => {
    const c = ctx.data.corrections?.[index];
    if (!c?.orderedOn || !c.deadline) return [];
    const issuer = issuerOf(ctx, c, index);
    const date = ctx.issue?.date;
    if (date && date <= c.deadline) {
      throw new DocumentProblem(`--date ${formatDate(date)} 不晚于纠正期限 ${formatDate(c.deadline)}，期限未过不能催办`, '--date');
    }
    const body: Block[] = [
      para(dateText(c.orderedOn), `，本部门向你单位发出《督促限期纠正通知书》${c.id ? `（${c.id}）` : ''}，督促你单位于`, dateText(c.deadline), '前对下列事项予以纠正：', sentence(c.matter)),
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
