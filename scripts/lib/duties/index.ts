/**
 * The duties the Measures give the office, case by case: for a valid case the Measures apply to,
 * every duty its facts set off, each 已履行, 待履行, 逾期 or 需核实, with its holder and provisions.
 * The duties read the facts (case/facts) and the record's work; they never re-derive a trigger.
 * Unit duties and the provisions no case can track are listed for the periodic report and the
 * coverage page.
 */
import type { Case } from '../case/index.ts';
import type { CaseFacts } from '../case/facts/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { EId, RuleIssue } from '../rules/issues.ts';
import { CHAPTER_2 } from './chapter-2.ts';
import { CHAPTER_3 } from './chapter-3.ts';
import { CHAPTER_4 } from './chapter-4.ts';
import { CHAPTER_5 } from './chapter-5.ts';
import type { Duty, DutyStatus } from './types.ts';

export type { Concern, Duty, DutyState, DutyStatus } from './types.ts';
export { daysBetween, minutesOf, type TimingWord } from './timing.ts';
export { UNIT_DUTIES, UNTRACKED } from './unit.ts';

/** Every case duty, in the order of the Measures. */
export const DUTIES: readonly Duty[] = [...CHAPTER_2, ...CHAPTER_3, ...CHAPTER_4, ...CHAPTER_5];

/** A holder or title written for no case in particular: 维权办, 公安机关, 民警 (as the Measures say). */
export const inGeneral = (text: string) => text.replaceAll('{person}', '民警').replaceAll('{unit}', '') || '公安机关';

const GENERAL_HOLDER = new Map(DUTIES.map((d) => [d.code, inGeneral(d.holder)]));

/** Who holds a duty as the Measures name them, whichever organ or department holds it in a case. */
export const generalHolder = (code: string) => GENERAL_HOLDER.get(code) ?? code;

const TITLE_TEMPLATE = new Map(DUTIES.map((d) => [d.code, d.title]));

/** A duty's title as the duty writes it, {person} and {unit} still to be worded for a case. */
export const titleTemplate = (code: string): string | undefined => TITLE_TEMPLATE.get(code);

const ART_33 = 'art_33__para_1';
const EXTENDED = new WeakMap<readonly EId[], readonly EId[]>();

/** A duty's provisions and Art. 33; one list per duty, so a report cites each list once. */
function withArt33(articles: readonly EId[]): readonly EId[] {
  if (articles.includes(ART_33)) return articles;
  let extended = EXTENDED.get(articles);
  if (!extended) EXTENDED.set(articles, (extended = [...articles, ART_33]));
  return extended;
}

/**
 * The duty checklist of a valid case: none when the Measures apply to no one in it. Art. 33
 * extends every duty to an auxiliary officer or a seconded student (遵照) and to other staff
 * (参照): a duty owed to one of them cites it too.
 */
export function evaluateDuties(data: Case, issues: readonly RuleIssue[], options: { model: PolicyModel; asOf: string; facts: CaseFacts }): DutyStatus[] {
  const { facts } = options;
  if (!facts.applies) return [];
  const context = { ...options, issues, unit: data.unit.name };
  const byArt33 = (p: { basis?: string } | undefined) => p?.basis === '遵照' || p?.basis === '参照';
  // A duty of the whole case rests on Art. 33 only when everyone it protects stands on it.
  const extended = (person: string | undefined) => (person === undefined ? facts.protectedCovered.length > 0 && facts.protectedCovered.every(byArt33) : byArt33(facts.byId.get(person)));
  const out: DutyStatus[] = [];
  for (const duty of DUTIES) {
    for (const status of duty.check(data, context)) {
      if (extended(status.person)) status.articles = withArt33(status.articles);
      out.push(status);
    }
  }
  return out;
}
