/**
 * Art. 7: which member departments of the committee act in this case, from the facts' triggers
 * (case/facts): 警务督察 leads every case and visits（一）; 政工 when someone protected is hurt or
 * killed（二）; 新闻宣传 when there is public opinion（三）; 指挥中心 for a sudden or sensitive
 * incident（四）; 刑侦、治安 for an offence（七）; 网安 for infringement online（八）. 法制 steps in
 * 视情（五）, 警务保障 keeps the fund and equipment（六） and 警察协会 collects officers' views（九）:
 * none of them is owed by a case, so none is listed here.
 */
import { issue, type Rule } from './types.ts';

export const departmentsToInvolve: Rule<'departments-to-involve'> = {
  code: 'departments-to-involve',
  severity: 'finding',
  articles: ['art_7__para_1'],
  title: '按案件事实列出应参与的维权委成员部门',
  module: 'departments',
  check(_data, { facts }) {
    if (!facts.applies) return [];
    const { triggers } = facts;
    const hurt = facts.harms.some((h) => h.kind !== '财产损失' && facts.protectedCovered.some((p) => p.id === h.person));
    const involved: [number, boolean][] = [
      [1, true],
      [2, hurt],
      [3, triggers.opinion || triggers.media],
      [4, triggers.sudden],
      [7, triggers.offence],
      [8, triggers.online],
    ];
    const items = involved.filter(([, yes]) => yes).map(([n]) => `art_7__item_${n}`);
    return [issue(this, ['art_7__para_1', ...items], '', { items })];
  },
};
