/**
 * 复核意见书: the 维权委's opinion on a sanction the officer appealed, to the department that
 * decided it, by its full name, once the committee has heard the officer and reviewed the
 * decision. Art. 27 for 记大过 or heavier, or 辞退; below that, the committee's review of liability
 * the officer contests (Art. 5 ¶2, the office taking up the request under Art. 6 ¶2). Any opinion
 * the record holds makes a document. An opinion, not a letter: it ends by putting the opinion to
 * the department. 辞退 and the other measures are 处理, the six 处分 are 处分.
 */
import { treatmentOf } from '../case/sanctions.ts';
import { cite } from '../citations/index.ts';
import { provisionText } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { sentence, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel } from '../gbt9704/model/types.ts';
import { findingsOf, issueDate, type FormContext } from './context.ts';
import { letterDocument, para } from './frame.ts';
import { committeeIssuer, fullName } from './issuers.ts';
import { cutoffOf, datedIn } from './known.ts';
import { categorySentences } from './coverage.ts';
import { comrade, personPhrase } from './person.ts';
import { measures } from './phrases.ts';

const ART_27 = 'art_27__para_1';
const ART_5 = 'art_5__para_2';
const ART_6 = 'art_6__para_2';

/** The clause of a provision that holds `word`, from the model (the committee's review in Art. 5 ¶2). */
function clauseWith(ctx: FormContext, eId: string, word: string): string {
  const whole = provisionText(ctx.model, eId);
  return whole.split(/[；。]/u).find((c) => c.includes(word)) ?? whole;
}

/** The sanctions the rules found open to review: Art. 27's, and below it the committee's under Art. 5 ¶2. */
function reviewable(ctx: FormContext): { index: number; art27: boolean }[] {
  return [
    ...findingsOf(ctx, 'review-eligible').map((f) => ({ index: f.args.index, art27: true })),
    ...findingsOf(ctx, 'review-not-under-art-27').map((f) => ({ index: f.args.index, art27: false })),
  ].sort((a, b) => a.index - b.index);
}

export function reviewOpinions(ctx: FormContext, title: string): DocumentModel[] {
  return reviewable(ctx).flatMap(({ index, art27 }) => {
    const sanction = ctx.data.sanctions?.[index];
    const appeal = sanction?.appeal;
    if (!sanction || !appeal?.outcome) return [];
    const date = issueDate(ctx, appeal.opinionSentOn ?? appeal.reviewedOn);
    const until = cutoffOf(ctx, date);
    const kind = treatmentOf(sanction.measure);
    const m = measures(ctx);
    const person = sanction.person;
    const body: Block[] = [
      para(dateText(sanction.date), '，你单位对', personPhrase(ctx, person), `作出${sanction.measure}${kind}决定（${sanction.id}）。`, comrade(ctx, person), '对该决定有异议，于', dateText(appeal.date), '提出申诉。'),
    ];
    const basis = categorySentences(ctx, [person], m);
    for (const t of basis.texts) body.push(para(t));
    if (art27) body.push(para(`${m}${cite(ART_27, ctx.model)}规定：“${provisionText(ctx.model, ART_27)}”`));
    // Below Art. 27, the committee reviews under Art. 5 ¶2, in that provision's own words.
    const basis5 = art27 ? '' : `依照${m}${cite(ART_5, ctx.model)}关于维权委“${clauseWith(ctx, ART_5, '异议')}”的规定，`;
    // The hearing is told only as the record gives it (Art. 27: the review follows the hearing).
    body.push(
      datedIn(appeal.heardOn, until)
        ? para(basis5, text('本委于', dateText(appeal.heardOn), '听取了'), comrade(ctx, person), '的陈述，对该决定的事实、理由、依据和程序进行了全面复核。')
        : para(basis5, '本委对该决定的事实、理由、依据和程序进行了全面复核。'),
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
        addressee: fullName(ctx, sanction.decidedBy),
        body,
        closing: appeal.outcome === '不当' ? '以上复核意见，请研究处理。' : '以上复核意见，请知悉。',
        articles: [...(art27 ? [ART_27] : [ART_5, ART_6, ART_27]), ...basis.articles],
      }),
    ];
  });
}
