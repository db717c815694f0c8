/**
 * 复核意见书 (Art. 27): the 维权委 to the department that decided a sanction of 记大过 or
 * heavier, or 辞退, once it has heard the officer and reviewed the decision. An opinion, not a
 * letter: it ends by putting the opinion to the department. 辞退 is a 处理, the rest 处分.
 */
import { cite } from '../citations/index.ts';
import { provisionText } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { sentence, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel } from '../gbt9704/model/types.ts';
import { findingsOf, issueDate, type FormContext } from './context.ts';
import { letterDocument, para } from './frame.ts';
import { committeeIssuer } from './issuers.ts';
import { cutoffOf, within } from './known.ts';
import { basisSentences } from './coverage.ts';
import { comrade, personPhrase } from './person.ts';
import { measures } from './phrases.ts';

const DISCIPLINE = ['警告', '记过', '记大过', '降级', '撤职', '开除'];

export function reviewOpinions(ctx: FormContext, title: string): DocumentModel[] {
  return findingsOf(ctx, 'review-eligible').flatMap((f) => {
    const { index } = f.args;
    const sanction = ctx.data.sanctions?.[index];
    const appeal = sanction?.appeal;
    if (!sanction || !appeal?.outcome) return [];
    const date = issueDate(ctx, appeal.opinionSentOn ?? appeal.reviewedOn);
    const until = cutoffOf(ctx, date);
    const kind = DISCIPLINE.includes(sanction.measure) ? '处分' : '处理';
    const m = measures(ctx);
    const person = sanction.person;
    const body: Block[] = [
      para(dateText(sanction.date), '，你单位对', personPhrase(ctx, person), `作出${sanction.measure}${kind}决定（${sanction.id}）。`, comrade(ctx, person), '对该决定有异议，于', dateText(appeal.date), '提出申诉。'),
    ];
    const basis = basisSentences(ctx, [person], m);
    for (const t of basis.texts) body.push(para(t));
    body.push(para(`${m}${cite('art_27__para_1', ctx.model)}规定：“${provisionText(ctx.model, 'art_27__para_1')}”`));
    // The hearing is told only as the record gives it (Art. 27: the review follows the hearing).
    body.push(
      within(appeal.heardOn, until)
        ? para(text('本委于', dateText(appeal.heardOn), '听取了'), comrade(ctx, person), '的陈述，对该决定的事实、理由、依据和程序进行了全面复核。')
        : para('本委对该决定的事实、理由、依据和程序进行了全面复核。'),
    );
    if (appeal.outcome === '不当') {
      body.push(para(`经复核，本委认为该${kind}决定不当。`, appeal.opinion ? sentence(appeal.opinion) : '', appeal.revisedMeasure ? `建议变更为${appeal.revisedMeasure}。` : '', '请你单位依照规定重新研究处理，并将处理结果反馈本委。'));
    } else {
      body.push(para(`经复核，本委认为该${kind}决定并无不当。`, appeal.opinion ? sentence(appeal.opinion) : ''));
    }
    return [
      letterDocument(ctx, {
        formId: 'review-opinion',
        part: String(index + 1),
        title,
        issuer: committeeIssuer(ctx),
        ...(date ? { date } : {}),
        addressee: sanction.decidedBy,
        body,
        closing: appeal.outcome === '不当' ? '以上复核意见，请研究处理。' : '以上复核意见，请知悉。',
        articles: ['art_27__para_1', ...basis.articles],
      }),
    ];
  });
}
