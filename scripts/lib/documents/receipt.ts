/**
 * 送达回执: the slip served with a notice or a 函, signed by whoever receives it and returned
 * to the issuer. One per document served (正名通知书, 督促限期纠正通知书, 催办通知书, 移送函),
 * naming it by title and number; everything the recipient writes is left blank.
 */
import { plain, fill, keep, text, together } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel, TableRow, Text } from '../gbt9704/model/types.ts';

/** The forms whose documents are served on someone. */
export const SERVED = new Set(['name-clearing-notice', 'correction-notice', 'correction-reminder', 'transfer-letter']);

const row = (label: string, value: Text, minHeight?: number): TableRow => ({
  cells: [{ lines: [text(label)], label: true }, { lines: [value], ...(minHeight ? { minHeight } : {}) }],
});

/** The receipt's table; `served` is undefined for the blank form. */
export function receiptBlocks(served?: { title: string; number: string; recipient?: string; issuer: string }): Block[] {
  const dateLine = together(fill(3), '年', fill(2), '月', fill(2), '日');
  return [
    { kind: 'title', lines: ['送达回执'] },
    {
      kind: 'table',
      columns: [24, 76],
      rows: [
        row('送达文书', served ? text(`《${served.title}》`, served.number ? `（${served.number}）` : '') : text(fill(20))),
        row('发文机关', served ? text(served.issuer) : text(fill(20))),
        row('受送达单位（人）', served?.recipient ? text(served.recipient) : text(fill(20))),
        row('送达地点', text(fill(20))),
        row('送达方式', text(keep('☐直接送达'), '　', keep('☐邮寄送达'), '　', keep('☐委托送达'), '　', keep('☐其他：'), fill(6))),
        row('送达人', text('签名：', fill(8), '　　', dateLine), 14),
        row('受送达人签收', text('签名（盖章）：', fill(8), '　　', dateLine), 28),
        row('备注', text(''), 22),
      ],
    },
    { kind: 'paragraph', flush: true, text: text(served ? `本回执由受送达单位（人）签收后退回${served.issuer}。` : '本回执由受送达单位（人）签收后退回发文机关。') },
  ];
}

/** The receipt for one served document. */
export function receiptFor(doc: DocumentModel): DocumentModel {
  const banner = doc.blocks.find((b) => b.kind === 'banner');
  const addressee = doc.blocks.find((b) => b.kind === 'addressee');
  const number = banner?.kind === 'banner' && !banner.number.some((r) => r.blank) ? plain(banner.number) : '';
  const recipient = addressee?.kind === 'addressee' && !addressee.text.some((r) => r.blank) ? plain(addressee.text).replace(/：$/u, '') : undefined;
  return {
    formId: 'delivery-receipt',
    part: [doc.formId === 'transfer-letter' ? '移送函' : doc.title, doc.part].filter(Boolean).join('_'),
    layout: 'form',
    orientation: 'portrait',
    title: '送达回执',
    author: doc.author,
    articles: doc.articles,
    caseId: doc.caseId,
    ...(doc.unit ? { unit: doc.unit } : {}),
    provenance: doc.provenance,
    blocks: receiptBlocks({ title: doc.title, number, ...(recipient ? { recipient } : {}), issuer: doc.author }),
  };
}
