/**
 * Art. 7: which member departments of the committee act on what. The facts of a case point
 * to them; 警务督察 (item 1) leads every case and visits the officer.
 */
import { hasEntry, record } from './access.ts';
import { issue, type Rule } from './types.ts';

const circumstance = (n: number) => `art_8__item_${n}`;
/** Art. 8 items that happen on the spot: violence, vehicles, mobs, detention and pulling. */
const ON_SITE = [1, 2, 3, 4].map(circumstance);
/** Art. 8 items that are offences to investigate (not the complaint and discipline items 5, 9). */
const OFFENCES = [1, 2, 3, 4, 6, 7, 8].map(circumstance);

export const departmentsToInvolve: Rule<'departments-to-involve'> = {
  code: 'departments-to-involve',
  severity: 'finding',
  articles: ['art_7__para_1'],
  title: '按案件事实列出应参与的维权委成员部门',
  module: 'departments',
  check(data) {
    const harm = record(data.harm);
    const incident = record(data.incident);
    const hurt = harm.injured === true || harm.killed === true;
    const lostProperty = typeof harm.propertyLoss === 'number' && harm.propertyLoss > 0;
    const offence = hasEntry(data.circumstances, 'item', OFFENCES);
    const discipline =
      hasEntry(data.circumstances, 'item', [circumstance(9)]) ||
      [data.sanctions, data.liabilityDecisions, data.corrections].some((l) => Array.isArray(l) && l.length > 0);
    const involved: [number, boolean][] = [
      [1, true], // 警务督察: leads and visits
      [2, hurt], // 政工: medical care, awards, injury insurance
      [3, incident.media === true || hasEntry(data.circumstances, 'item', [circumstance(5)])], // 新闻宣传
      [4, hasEntry(data.circumstances, 'item', ON_SITE)], // 指挥中心: on-site response
      [5, offence || Array.isArray(data.exemptionClaims)], // 法制: legal guidance
      [6, hurt || lostProperty], // 警务保障: the comfort fund
      [7, offence], // 刑侦、治安: investigate the offender
      [8, incident.online === true], // 网安: online infringement
      [9, discipline], // 警察协会: the officer's voice on how they were treated
    ];
    const items = involved.filter(([, yes]) => yes).map(([n]) => `art_7__item_${n}`);
    return [issue(this, ['art_7__para_1', ...items], '', { items })];
  },
};
