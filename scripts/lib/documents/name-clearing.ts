/**
 * 正名通知书 (Art. 29（五）): the 维权办, having reviewed the materials, clears the officer's name,
 * made public within the stated scope, and hands the infringer on for accountability. Dated
 * when issued; what happened after that date (the infringer's transfer) is said as intended.
 */
import { cite } from '../citations/index.ts';
import { dateText, formatDate } from '../gbt9704/dates.ts';
import { fill, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel } from '../gbt9704/model/types.ts';
import { findingsOf, issueDate, type FormContext } from './context.ts';
import { letterDocument, para } from './frame.ts';
import { officeIssuer } from './issuers.ts';
import { cutoffOf, datedIn } from './known.ts';
import { basisSentences } from './coverage.ts';
import { fullName } from './issuers.ts';
import { comrade, personPhrase, recordOf } from './person.ts';
import { measures } from './phrases.ts';
import { DocumentProblem } from './problem.ts';

export function nameClearingNotices(ctx: FormContext, title: string): DocumentModel[] {
  const due = findingsOf(ctx, 'name-clearing-notice-due')[0];
  const c = ctx.data.nameClearing;
  if (!due || !c) return [];
  const date = issueDate(ctx, c.noticeIssuedOn);
  const until = cutoffOf(ctx, date);
  if (c.provedOn && c.provedOn > until) {
    throw new DocumentProblem(`成文日期 ${formatDate(date)} 早于检举控告被证实不实的日期 ${formatDate(c.provedOn)}，正名通知书不能早于证实`, 'nameClearing.noticeIssuedOn');
  }
  const m = measures(ctx);
  const scope = due.args.scope ?? c.scope;
  const finding = due.args.finding ?? c.finding;
  // The organ that received the complaint is the one the record names: never the office's own organ by default.
  const receivedBy = c.complaintReceivedBy ? fullName(ctx, c.complaintReceivedBy) : undefined;
  const body: Block[] = [
    receivedBy
      ? para(dateText(c.complaintReceivedOn), `，${receivedBy}受理了检举控告`, personPhrase(ctx, c.person), '的案件。经核查，所检举控告的问题不属实，', datedIn(c.provedOn, until) ? text('于', dateText(c.provedOn)) : '', `证实系${finding}。`)
      : para('检举控告', personPhrase(ctx, c.person), '的案件于', dateText(c.complaintReceivedOn), '受理。经核查，所检举控告的问题不属实，', datedIn(c.provedOn, until) ? text('于', dateText(c.provedOn)) : '', `证实系${finding}。`),
  ];
  if (datedIn(c.materialsReceivedOn, until)) body.push(para(dateText(c.materialsReceivedOn), '，受理部门将有关调查材料移交本办。'));
  const basis = basisSentences(ctx, [c.person], m);
  for (const t of basis.texts) body.push(para(t));
  body.push(para(`依照${m}${cite('art_29__item_5', ctx.model)}的规定，经本办审查，现为`, comrade(ctx, c.person), '正名，澄清事实，消除影响。'));
  body.push(para('本通知在', scope ? scope : fill(10), '范围内公开。'));
  const to = c.infringerTransferredTo;
  body.push(
    datedIn(c.infringerTransferredOn, until) && to
      ? para('对侵权违法行为人，本办已于', dateText(c.infringerTransferredOn), `移交${to}追究相关责任。`)
      : para(`对侵权违法行为人，本办将移交${to ?? '有关部门'}追究其相关责任。`),
  );
  // 主送 the officer's unit, which receives the notice and makes it public within the scope the
  // body states; the scope is where it is published, not an organ (赤峰市公安局全局和某镇). The organ
  // that received the complaint gets a copy: it handed the materials over and closes its file.
  const unit = recordOf(ctx, c.person)?.unit;
  const cc = receivedBy && receivedBy !== unit ? [receivedBy] : [];
  return [
    letterDocument(ctx, {
      formId: 'name-clearing-notice',
      title,
      issuer: officeIssuer(ctx),
      ...(date ? { date } : {}),
      ...(unit ? { addressee: unit } : {}),
      body,
      closing: '特此通知。',
      cc,
      articles: ['art_29__item_5', ...basis.articles],
    }),
  ];
}
