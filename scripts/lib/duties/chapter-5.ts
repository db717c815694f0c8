/**
 * Chapter 5, 工作制度 (Art. 29), as far as it concerns one case: the special study of a serious
 * case （三）, the name clearing （五）, and the ledger that follows every case from 立案 through
 * 调查 to 处理 （六）. The reports （一） are the report-up duty (chapter-3.ts); the regular
 * reports, meetings and studies are duties of the organ (unit.ts).
 */
import { actionsOf, doneBy, promptFrom } from './records.ts';
import { statusOf, type Duty } from './types.ts';
import type { Case } from '../case/index.ts';

const MODULE = 'chapter-5';

/**
 * Art. 29（三）: 对严重侵害公安民警执法权威的案(事)件及时进行专题研究. Read as the 重大案事件 of
 * Art. 29（一） (a death, a 重伤, an attack on a police organ or a mass incident): the worst the
 * Measures name; the office may study others too, and a study recorded is shown whatever the case.
 */
const specialStudy: Duty = {
  code: 'special-study',
  articles: ['art_29__item_3'],
  holder: '{unit}维权办',
  title: '对严重侵害执法权威的案（事）件及时进行专题研究，提出建议和对策',
  timing: '及时',
  field: 'actions[].kind=专题研究',
  module: MODULE,
  check(data, context) {
    const done = doneBy(actionsOf(data, '专题研究')[0]?.action);
    if (!context.facts.major) return done ? [statusOf(this, { path: '/actions', done }, context)] : [];
    const major = context.facts.majorSince;
    const clock = promptFrom(context.facts, data.opened.date, major ? { at: major, what: '成为重大案事件' } : undefined);
    return [statusOf(this, { path: '/actions', since: clock.from.date, clock, done }, context)];
  },
};

type Clearing = NonNullable<Case['nameClearing']>;

/**
 * Art. 29（五）: once a complaint is proved 诬告、陷害、诽谤, the receiving department hands the
 * materials to the office, which reviews them and issues the 《正名通知书》, and hands the infringer
 * over. Each step follows the one before: a notice dated before the proof or before the materials
 * reached the office is 需核实.
 */
function onceProvedFalse(code: string, holder: (c: Clearing) => string, title: string, field: keyof Clearing, done: (c: Clearing) => ReturnType<typeof doneBy>, timing?: '及时'): Duty {
  return {
    code,
    articles: ['art_29__item_5'],
    holder: '维权办',
    title,
    ...(timing ? { timing } : {}),
    field: `nameClearing.${field}`,
    module: MODULE,
    check(data, context) {
      const clearing = data.nameClearing;
      if (!clearing?.provedOn) return [];
      const finished = done(clearing);
      const on = finished?.date;
      const before =
        field === 'noticeIssuedOn' && on
          ? on < clearing.provedOn
            ? { trigger: clearing.provedOn, triggerWhat: '核查证实' }
            : clearing.materialsReceivedOn && on < clearing.materialsReceivedOn
              ? { trigger: clearing.materialsReceivedOn, triggerWhat: '调查材料移交维权办' }
              : undefined
          : undefined;
      return [
        statusOf(
          this,
          {
            path: `/nameClearing/${field}`,
            person: clearing.person,
            since: clearing.provedOn,
            done: finished,
            holder: holder(clearing),
            concern: before && on ? { kind: 'before-trigger', on, ...before } : undefined,
            clock: timing ? { from: { date: clearing.provedOn }, what: '核查证实' } : undefined,
          },
          context,
        ),
      ];
    },
  };
}

const nameClearingMaterials = onceProvedFalse(
  'name-clearing-materials', (c) => c.complaintReceivedBy ?? '受理部门', '及时将有关调查材料移交维权办', 'materialsReceivedOn',
  (c) => (c.materialsReceivedOn ? { date: c.materialsReceivedOn } : undefined), '及时',
);
const nameClearingNotice = onceProvedFalse(
  'name-clearing-notice', () => '维权办', '审查后发《正名通知书》，通过公开的形式在一定范围内澄清事实、消除影响，予以正名', 'noticeIssuedOn',
  (c) => (c.noticeIssuedOn ? { date: c.noticeIssuedOn } : undefined),
);
const infringerTransfer = onceProvedFalse(
  'infringer-transfer', () => '维权办', '移交有关部门追究侵权违法行为人的相关责任', 'infringerTransferredOn',
  (c) => (c.infringerTransferredTo ? { ...(c.infringerTransferredOn ? { date: c.infringerTransferredOn } : {}), to: c.infringerTransferredTo } : undefined),
);

/** Art. 29（六）: every case is followed to its 处理. */
const ledgerTracking: Duty = {
  code: 'ledger-tracking',
  articles: ['art_29__item_6'],
  holder: '{unit}维权办',
  title: '在工作台账中对立案、调查、处理全程跟踪、督办，直至处理完毕',
  field: 'ledger',
  module: MODULE,
  check(data, context) {
    const filed = data.ledger.find((s) => s.stage === '立案');
    const handled = context.facts.closedOn;
    return [statusOf(this, { path: '/ledger', since: filed?.date ?? data.opened.date, done: handled ? { date: handled } : undefined }, context)];
  },
};

export const CHAPTER_5: readonly Duty[] = [specialStudy, nameClearingMaterials, nameClearingNotice, infringerTransfer, ledgerTracking];
