/**
 * Chapter 5, 工作制度 (Art. 29), as far as it concerns one case: the special study of a serious
 * case （三）, the name clearing （五）, and the ledger that follows every case from 立案 through
 * 调查 to 处理 （六）. The reports （一） are the report-up duty (chapter-3.ts); the regular
 * reports, meetings and studies are duties of the organ (unit.ts).
 */
import { found } from './facts.ts';
import { doneBy, statusOf, type Duty } from './types.ts';

const MODULE = 'chapter-5';

/**
 * Art. 29（三）: a case that seriously infringes officers' authority is studied promptly. Read as
 * a death, or an attack on a police organ or a mass incident (Art. 17（二））: the worst the
 * Measures name; the office may study others too.
 */
const specialStudy: Duty = {
  code: 'special-study',
  articles: ['art_29__item_3'],
  holder: '{unit}维权办',
  title: '对严重侵害执法权威的案（事）件及时进行专题研究，提出建议和对策',
  timing: '及时',
  field: 'specialStudy',
  module: MODULE,
  check(data, context) {
    const serious = data.harm?.killed === true || (found(context.issues, 'report-up-required')?.args.items.includes('art_17__item_2') ?? false);
    if (!serious) return [];
    return [statusOf(this, { path: '/specialStudy', since: data.opened.date, done: doneBy(data.specialStudy) }, context)];
  },
};

/** Art. 29（五）: a complaint proved 诬告、陷害、诽谤. */
function onceProvedFalse(code: string, holder: string, title: string, field: string, done: (clearing: NonNullable<Parameters<Duty['check']>[0]['nameClearing']>) => ReturnType<typeof doneBy>, timing?: '及时'): Duty {
  return {
    code,
    articles: ['art_29__item_5'],
    holder,
    title,
    ...(timing ? { timing } : {}),
    field: `nameClearing.${field}`,
    module: MODULE,
    check(data, context) {
      const clearing = data.nameClearing;
      if (!clearing?.provedOn) return [];
      return [statusOf(this, { path: `/nameClearing/${field}`, since: clearing.provedOn, done: done(clearing) }, context)];
    },
  };
}

const nameClearingMaterials = onceProvedFalse(
  'name-clearing-materials', '受理部门', '及时将有关调查材料移交维权办', 'materialsReceivedOn',
  (c) => (c.materialsReceivedOn ? { date: c.materialsReceivedOn } : undefined), '及时',
);
const nameClearingNotice = onceProvedFalse(
  'name-clearing-notice', '维权办', '审查后发《正名通知书》，通过公开的形式在一定范围内澄清事实、消除影响，予以正名', 'noticeIssuedOn',
  (c) => (c.noticeIssuedOn ? { date: c.noticeIssuedOn } : undefined),
);
const infringerTransfer = onceProvedFalse(
  'infringer-transfer', '维权办', '移交有关部门追究侵权违法行为人的相关责任', 'infringerTransferredOn',
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
    const handled = data.ledger.find((s) => s.stage === '处理');
    const filed = data.ledger.find((s) => s.stage === '立案');
    return [statusOf(this, { path: '/ledger', since: filed?.date ?? data.opened.date, done: handled ? { date: handled.date } : undefined }, context)];
  },
};

export const CHAPTER_5: readonly Duty[] = [specialStudy, nameClearingMaterials, nameClearingNotice, infringerTransfer, ledgerTracking];
