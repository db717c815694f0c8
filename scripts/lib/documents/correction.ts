/**
 * 督促限期纠正通知书 (Art. 28): issued by the 警务督察 department under its own name, with the
 * number the case records, on the day it ordered the correction; and, once the rules find the
 * deadline passed without a correction, the 催办通知书: a document of its own, dated when it is
 * issued (--date, or blank for the clerk), never the notice rewritten.
 */
import { cite } from '../citations/index.ts';
import { dateText, documentNumberText, formatDate, yearOf } from '../gbt9704/dates.ts';
import { keep, sentence, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel } from '../gbt9704/model/types.ts';
import { findingsOf, type FormContext } from './context.ts';
import { letterDocument, para } from './frame.ts';
import { inspectionIssuer } from './issuers.ts';
import { within } from './known.ts';
import { basisSentence, personPhrase } from './person.ts';
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
    const basis = basisSentence(ctx, m);
    const body: Block[] = [
      para(within(c.verifiedOn, c.orderedOn) ? text(dateText(c.verifiedOn), '，经') : '经', '核查，', personPhrase(ctx.data), `因依法履行职责、行使职权受到你单位不公正${treatment(c)}的情况属实。`),
    ];
    if (basis) body.push(para(basis.text));
    body.push(para(`依照${m}${cite('art_28__para_1', ctx.model)}的规定，现督促你单位对下列事项予以纠正：`, sentence(c.matter)));
    // The limit in days from the notice: a notice states no date after its own (the deadline is the case's record).
    const days = Math.round((Date.parse(c.deadline) - Date.parse(c.orderedOn)) / 86_400_000);
    body.push(para(`请你单位自本通知发出之日起${days}日内纠正完毕，并将纠正情况书面报送${issuer.signature}。`));
    return letterDocument(ctx, {
      formId: 'correction-notice',
      part: String(index + 1),
      title,
      issuer,
      number: text(keep(c.id)),
      date: c.orderedOn,
      addressee: departmentOf(ctx, c),
      body,
      closing: '特此通知。',
      articles: ['art_28__para_1', ...(basis ? [basis.article] : [])],
    });
  });
}

/** The series a recorded number belongs to (通公督纠〔2026〕1号 → 通公督纠), for the reminder's own number. */
const seriesOf = (id: string) => /^(.*?)〔\d{4}〕\d+号$/u.exec(id)?.[1] ?? '';

export function correctionReminders(ctx: FormContext, title: string): DocumentModel[] {
  const m = measures(ctx);
  return findingsOf(ctx, 'correction-overdue').flatMap((f) => {
    const index = f.args.index;
    const c = ctx.data.corrections?.[index];
    if (!c) return [];
    const issuer = issuerOf(ctx, c, index);
    const date = ctx.issue?.date;
    if (date && date <= c.deadline) {
      throw new DocumentProblem(`--date ${formatDate(date)} 不晚于纠正期限 ${formatDate(c.deadline)}，期限未过不能催办`, '--date');
    }
    const body: Block[] = [
      para(dateText(c.orderedOn), `，本部门向你单位发出《督促限期纠正通知书》（${c.id}），督促你单位于`, dateText(c.deadline), '前对下列事项予以纠正：', sentence(c.matter)),
      para('上述纠正期限已过，本部门未收到你单位的纠正情况。', `依照${m}${cite('art_28__para_1', ctx.model)}的规定，请你单位立即予以纠正，并将纠正情况和逾期未纠正的原因书面报送${issuer.signature}。`),
    ];
    return [
      letterDocument(ctx, {
        formId: 'correction-reminder',
        part: String(index + 1),
        title,
        issuer: { ...issuer, prefix: seriesOf(c.id) },
        number: documentNumberText(seriesOf(c.id), yearOf(date), ctx.issue?.serial),
        ...(date ? { date } : {}),
        addressee: departmentOf(ctx, c),
        body,
        closing: '特此通知。',
        articles: ['art_28__para_1'],
      }),
    ];
  });
}
