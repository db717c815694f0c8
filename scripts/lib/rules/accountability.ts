/**
 * Art. 30: 有下列行为之一的，依照有关规定追究相关领导和责任人的责任 … （二）不按要求向上级公安机关
 * 报告有关情况的；（三）不及时采取善后救助措施的；…（六）对侵犯公安民警执法权威行为不处理或降格处理的.
 *
 * A case record shows three of the six failings once the case is closed (its ledger reached 处理):
 * no report up where Art. 17 asks for one; someone protected hurt or killed and no visit or medical
 * care recorded; an offence against someone protected and nothing done against the offender, or
 * only an administrative penalty for what the facts make a crime (a 轻伤 or worse, or a violent
 * attack on an officer on duty: 刑法第二百三十四条、第二百七十七条第五款). The finding says what the
 * record shows, for a person to judge; the failings（一）（四）（五） need facts a case file does not
 * hold (the coverage page says so).
 */
import type { CaseFacts } from '../case/facts/index.ts';
import { nextLevel } from '../case/levels.ts';
import { entries, isoDate, record, type Obj } from '../case/read.ts';
import { firstReportUp } from './escalation.ts';
import type { FailingEvidence, RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

const ADMINISTRATIVE = new Set(['治安警告', '罚款', '行政拘留']);
const CRIMINAL = new Set(['刑事拘留', '逮捕', '起诉', '判决']);
const CRIME_GRADE = new Set(['轻伤二级', '轻伤一级', '重伤二级', '重伤一级']);

/** What Art. 30 item each kind of evidence shows. */
const ITEM: Record<FailingEvidence, string> = {
  'no-report-up': 'art_30__item_2',
  'no-aftercare': 'art_30__item_3',
  'not-handled': 'art_30__item_6',
  downgraded: 'art_30__item_6',
};

const doneBy = (data: Obj, kinds: readonly string[], until: string) => entries(data.actions).some(([, a]) => kinds.includes(a.kind as string) && (isoDate(a.date) ?? '9999') <= until);

function criminalGrade(facts: CaseFacts): boolean {
  if (facts.harms.some((h) => h.kind === '死亡' || (h.degree !== undefined && CRIME_GRADE.has(h.degree)))) return true;
  return facts.acts.some((a) => a.kind === '暴力袭击' && a.targets.some((t) => t.coverage.covered && t.link === '在履职中' && facts.byId.get(t.person)?.category === '民警'));
}

export const accountabilityFailing: Rule<'accountability-failing'> = {
  code: 'accountability-failing',
  severity: 'finding',
  articles: ['art_30__item_2', 'art_30__item_3', 'art_30__item_6'],
  title: '已办结的案件，记录显示未按要求向上级报告、未及时采取善后救助措施、对侵害行为不处理或降格处理的，指出第三十条所列情形',
  module: 'accountability',
  check(data, { facts }) {
    const closedOn = facts.closedOn;
    if (!closedOn || !facts.applies) return [];
    const out: RuleIssue<'accountability-failing'>[] = [];
    const found = (evidence: FailingEvidence, path: string, detail?: string) =>
      out.push(issue(this, [ITEM[evidence]], path, { evidence, closedOn, ...(detail ? { detail } : {}) }));

    const level = record(data.unit).level;
    const report = firstReportUp(data, level);
    if (facts.art17.length && nextLevel(level) && (!report || (report.date ?? '9999') > closedOn)) found('no-report-up', '/actions');

    const hurt = facts.harms.some((h) => h.kind !== '财产损失' && facts.protectedCovered.some((p) => p.id === h.person));
    if (hurt && !doneBy(data, ['抚助慰问', '医疗救治'], closedOn)) found('no-aftercare', '/actions');

    if (facts.triggers.offence) {
      const against = entries(data.events).filter(([, e]) => e.subject === '侵权人' && (isoDate(e.date) ?? '9999') <= closedOn).map(([, e]) => String(e.kind));
      const transferred = isoDate(record(data.nameClearing).infringerTransferredOn) !== undefined || record(data.nameClearing).infringerTransferredTo !== undefined;
      if (against.length === 0 && !transferred) found('not-handled', '/events');
      else if (criminalGrade(facts) && against.every((k) => ADMINISTRATIVE.has(k)) && !against.some((k) => CRIMINAL.has(k))) found('downgraded', '/events', against.join('、'));
    }
    return out;
  },
};
