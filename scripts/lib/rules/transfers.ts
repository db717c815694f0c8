/**
 * What the office hands on: the officer's own misconduct found while handling the case goes to
 * the competent department (Art. 16); a complaint proved false, accusation, frame-up or
 * defamation, earns the officer a 《正名通知书》 and the infringer is transferred for
 * accountability (Art. 29 (五)).
 */
import { categoryOf } from '../case/facts/index.ts';
import { defined, isoDate, record, text } from '../case/read.ts';
import { issue, type Rule } from './types.ts';

export const misconductTransferDue: Rule<'transfer-due'> = {
  code: 'transfer-due',
  severity: 'finding',
  articles: ['art_16__para_1'],
  title: '办案中发现民警存在违法违纪问题的，应当移送相关部门',
  module: 'transfers',
  check(data, { facts }) {
    if (data.misconductTransfer === undefined) return [];
    const transfer = record(data.misconductTransfer);
    const to = text(transfer.to);
    return [issue(this, ['art_16__para_1'], '/misconductTransfer', { reason: 'misconduct', ...(to ? { to } : {}), person: categoryOf(facts, transfer.person) })];
  },
};

/** Art. 29 (五) applies once the complaint is proved false. */
function provedFalse(data: Record<string, unknown>) {
  const clearing = record(data.nameClearing);
  return typeof clearing.provedOn === 'string' ? clearing : undefined;
}

export const nameClearingNoticeDue: Rule<'name-clearing-notice-due'> = {
  code: 'name-clearing-notice-due',
  severity: 'finding',
  articles: ['art_29__item_5'],
  title: '检举控告经核查证实属诬告、陷害、诽谤的，维权办审查后发《正名通知书》，在一定范围内公开正名',
  module: 'transfers',
  check(data) {
    const clearing = provedFalse(data);
    if (!clearing) return [];
    return [
      issue(this, ['art_29__item_5'], '/nameClearing', defined({
        finding: text(clearing.finding),
        scope: text(clearing.scope),
        issuedOn: text(clearing.noticeIssuedOn),
      })),
    ];
  },
};

export const infringerTransferDue: Rule<'transfer-due'> = {
  code: 'transfer-due',
  severity: 'finding',
  articles: ['art_29__item_5'],
  title: '正名的同时，将侵权违法行为人移交有关部门追究责任',
  module: 'transfers',
  check(data, { facts }) {
    const clearing = provedFalse(data);
    if (!clearing) return [];
    const to = text(clearing.infringerTransferredTo);
    return [issue(this, ['art_29__item_5'], '/nameClearing', { reason: 'infringer', ...(to ? { to } : {}), person: categoryOf(facts, clearing.person) })];
  },
};

/**
 * Art. 29（五）'s order: the complaint is proved false, the receiving department hands the materials
 * to the office, the office reviews them and issues the notice. A notice dated before the proof or
 * before the materials reached the office was not issued on them.
 */
export const nameClearingOutOfOrder: Rule<'name-clearing-out-of-order'> = {
  code: 'name-clearing-out-of-order',
  severity: 'finding',
  articles: ['art_29__item_5'],
  title: '正名通知书应在检举控告经核查证实、调查材料移交维权办之后发出，材料应在证实之后移交',
  module: 'transfers',
  check(data) {
    const c = record(data.nameClearing);
    const proved = isoDate(c.provedOn);
    const materials = isoDate(c.materialsReceivedOn);
    const notice = isoDate(c.noticeIssuedOn);
    if (notice && proved && notice < proved) return [issue(this, ['art_29__item_5'], '/nameClearing/noticeIssuedOn', { step: 'notice-before-proved', date: notice, before: proved })];
    if (notice && materials && notice < materials) return [issue(this, ['art_29__item_5'], '/nameClearing/noticeIssuedOn', { step: 'notice-before-materials', date: notice, before: materials })];
    if (materials && proved && materials < proved) return [issue(this, ['art_29__item_5'], '/nameClearing/materialsReceivedOn', { step: 'materials-before-proved', date: materials, before: proved })];
    return [];
  },
};
