/**
 * Art. 17: banner (旗县) and league (盟市) offices report these cases level by level up to the
 * 公安厅维权办: (一) an officer injured or killed; (二) a police organ attacked or a mass
 * incident; (三) cross-region; (四) the office decides so. Art. 29 (一): major ones at once.
 * A case handled by the 公安厅 itself (自治区) has no level above to report to.
 */
import { entries, record, text } from './access.ts';
import { issue, type Rule } from './types.ts';

export const reportUpRequired: Rule<'report-up-required'> = {
  code: 'report-up-required',
  severity: 'finding',
  articles: ['art_17__item_1', 'art_17__item_2', 'art_17__item_3', 'art_17__item_4'],
  title: '造成民警伤亡、机关被冲击或形成群体性事件、跨区域或维权办认为需要的案件，旗县、盟市维权办应逐级报告公安厅维权办',
  module: 'report-up',
  check(data) {
    const level = record(data.unit).level;
    if (level !== '盟市' && level !== '旗县') return [];
    const escalation = record(data.escalation);
    const facts = record(escalation.facts);
    const harm = record(data.harm);
    const items: string[] = [];
    if (facts.casualties === true || harm.injured === true || harm.killed === true) items.push('art_17__item_1');
    if (facts.organAttackedOrMassIncident === true) items.push('art_17__item_2');
    if (facts.crossRegion === true) items.push('art_17__item_3');
    if (facts.officeDecided === true) items.push('art_17__item_4');
    if (items.length === 0) return [];
    const reported = entries(escalation.reports).some(([, r]) => text(r.to)?.includes('公安厅') ?? false);
    return [issue(this, items, data.escalation === undefined ? '' : '/escalation', { items, level, reported })];
  },
};
