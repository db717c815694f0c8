/**
 * 移送函 (Art. 16: the officer's misconduct found while handling the case; Art. 29（五）: the
 * infringer of a complaint proved false). A 函, so in the 信函格式 (GB/T 9704 §10.1), with a 附件说明
 * listing what it encloses: the materials the case records, or numbered lines for the clerk.
 */
import { cite } from '../citations/index.ts';
import { documentOf } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { fill, keep, sentence, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel, Text } from '../gbt9704/model/types.ts';
import { findingsOf, issueDate, type FormContext } from './context.ts';
import { letterDocument, para } from './frame.ts';
import { officeIssuer } from './issuers.ts';
import { cutoffOf, datedIn } from './known.ts';
import { personPhrase, personsPhrase, subjects } from './person.ts';
import { measures } from './phrases.ts';

/** 附件说明 items: recorded materials, else two numbered lines to write on. */
function attachments(materials: readonly string[] | undefined): Text[] {
  const list = materials && materials.length > 0 ? materials.map((m) => text(m.replace(/[。；，、]+$/u, ''))) : [text(fill(16)), text(fill(16))];
  return list.map((item, i) => (list.length > 1 ? text(`${i + 1}.`, item) : item));
}

export function transferLetters(ctx: FormContext, title: string): DocumentModel[] {
  const m = measures(ctx);
  return findingsOf(ctx, 'transfer-due').flatMap((f) => {
    const { reason, to } = f.args;
    const caseNo = text(`（案件编号：${ctx.data.id}）`);
    if (reason === 'misconduct') {
      const t = ctx.data.misconductTransfer;
      if (!t) return [];
      const date = issueDate(ctx, t.date);
      const until = cutoffOf(ctx, date);
      const body: Block[] = [
        para('本办在办理', personsPhrase(ctx, subjects(ctx, until)), '执法权威受到侵害一案', caseNo, '过程中，', datedIn(t.foundOn, until) ? text('于', dateText(t.foundOn)) : '', '发现违法违纪问题线索，情况如下：'),
        para(sentence(t.summary)),
        para(`依照${m}${cite('art_16__para_1', ctx.model)}的规定，现将上述问题线索及有关材料移送你单位，请依法依规处理，并将处理结果告知本办。`),
      ];
      return [
        letterDocument(ctx, {
          formId: 'transfer-letter',
          part: '违法违纪问题',
          title: '关于移送违法违纪问题线索的函',
          issuer: officeIssuer(ctx),
          format: 'letter',
          ...(date ? { date } : {}),
          ...(to ? { addressee: to } : {}),
          body,
          closing: '特此函告。',
          attachments: attachments(t.materials),
          articles: ['art_16__para_1'],
        }),
      ];
    }
    const c = ctx.data.nameClearing;
    if (!c) return [];
    const date = issueDate(ctx, c.infringerTransferredOn);
    const until = cutoffOf(ctx, date);
    const notice = documentOf(ctx.model, 'name_clearing_notice').title;
    const body: Block[] = [
      para('检举控告', personPhrase(ctx, c.person), '的案件', caseNo, `，经核查证实系${c.finding}。`, datedIn(c.noticeIssuedOn, until) ? text('本办已于', dateText(c.noticeIssuedOn), `发出《${notice}》，为其正名。`) : ''),
      para(`依照${m}${cite('art_29__item_5', ctx.model)}的规定，现将侵权违法行为人的有关材料移送你单位，请依法追究其相关责任，并将处理结果告知本办。`),
    ];
    return [
      letterDocument(ctx, {
        formId: 'transfer-letter',
        part: '侵权违法行为人',
        title: '关于移送侵权违法行为人有关材料的函',
        issuer: officeIssuer(ctx),
        format: 'letter',
        ...(date ? { date } : {}),
        ...(to ? { addressee: to } : {}),
        body,
        closing: '特此函告。',
        attachments: attachments(c.infringerMaterials),
        articles: ['art_29__item_5'],
      }),
    ];
  });
}
