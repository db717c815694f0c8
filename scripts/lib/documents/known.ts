/**
 * What was known on a document's own date. A document states only facts dated on or before
 * it: a report of 3 March cannot tell of the 立案 on 6 March. An undated document (the clerk
 * dates it on issue, which is today or later) may state what the case records up to --as-of;
 * --as-of itself is never printed.
 */
import { titleTemplate, type DutyStatus } from '../duties/index.ts';
import { personWords } from '../case/facts/index.ts';
import { datesIn } from '../gbt9704/model/dates-stated.ts';
import type { FormContext } from './context.ts';
import { coveredBy, died } from './person.ts';

/** The latest date a document may state: its own, or for an undated one the date the case was judged on. */
export const cutoffOf = (ctx: FormContext, date: string | undefined): string => date ?? ctx.asOf;

/** Whether a recorded date falls in (after, until]: known by a document of `until`, and new since one of `after`. (A report period, both ends in, is report/period.ts within.) */
export const datedIn = (date: string | undefined, until: string, after?: string): date is string =>
  date !== undefined && date <= until && (after === undefined || date > after);

/** Duties the report need not list: the report itself, and keeping the ledger. */
const NOT_REPORTED = new Set(['report-up', 'ledger-tracking']);

export interface DutiesAt {
  /** Done in (after, until], in date order. */
  done: DutyStatus[];
  /** Arisen by `until` and not done by then. */
  pending: DutyStatus[];
}

/**
 * The duty checklist as it stood on a date, from the validator's statuses (each with the date
 * it arose and the date it was done): nothing is re-judged, only read as of that day. A duty owed
 * to a person no act had yet harmed by then (a relative threatened the week after) was not yet
 * owed; care owed to a family on account of one who died is owed from the death, whenever the
 * family member was first harmed.
 */
export function dutiesAt(ctx: FormContext, until: string, after?: string): DutiesAt {
  const relevant = ctx.duties.filter((d) => !NOT_REPORTED.has(d.duty)).map((d) => beforeDeath(ctx, d, until));
  const covered = coveredBy(ctx, until);
  const ever = coveredBy(ctx);
  const owedBy = (person: string | undefined) => person === undefined || covered.has(person) || !ever.has(person);
  const done = relevant.filter((d) => datedIn(d.done?.date, until, after)).sort((a, b) => `${a.done!.date} ${a.done!.time ?? '24:00'}`.localeCompare(`${b.done!.date} ${b.done!.time ?? '24:00'}`));
  const pending = relevant.filter(
    (d) => d.since !== undefined && d.since <= until && owedBy(d.onAccountOf ?? d.person) && (d.done === undefined || (d.done.date !== undefined && d.done.date > until)),
  );
  return { done, pending };
}

/**
 * Care owed to a family on account of one who died was, before the death, owed to that person:
 * a report of the day of the stabbing asks for a visit to the injured officer, not to his widow.
 */
function beforeDeath(ctx: FormContext, d: DutyStatus, until: string): DutyStatus {
  if (d.onAccountOf === undefined) return d;
  if (died(ctx, d.onAccountOf, until)) return d;
  const template = titleTemplate(d.duty);
  const { onAccountOf, ...rest } = d;
  return { ...rest, person: onAccountOf, ...(template ? { title: template.replaceAll('{person}', personWords(ctx.facts, onAccountOf)) } : {}) };
}

/** The ledger entries dated in (after, until]. */
export function ledgerAt(ctx: FormContext, until: string, after?: string) {
  return ctx.data.ledger.filter((s) => datedIn(s.date, until, after));
}

/** Outside decisions (拘留, 判决 …) dated in (after, until]. */
export function eventsAt(ctx: FormContext, until: string, after?: string) {
  return (ctx.data.events ?? []).filter((e) => datedIn(e.date, until, after)).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The covered acts dated in (after, until]: harm done since an earlier report. */
export function actsAt(ctx: FormContext, until: string, after: string) {
  return ctx.facts.acts.filter((a) => a.covered && datedIn(a.at.date, until, after));
}

/**
 * The clerk's account of the incident as a document of `until` may print it: a clause that
 * names a later date (8月9日经抢救无效死亡, in a report of 3 August) tells what was not yet known,
 * and what follows it in its sentence, are left out; the later report tells it from the record.
 */
export function summaryAt(ctx: FormContext, until: string): string {
  const year = Number((ctx.data.incident.date ?? until).slice(0, 4));
  const later = (clause: string) => datesIn(clause, year).some((d) => d > until);
  const sentences = ctx.data.incident.summary.match(/[^。！？；]+[。！？；]?/gu) ?? [];
  const kept = sentences.map((sentence) => {
    // From the first clause that names a later date to the sentence's end: what followed is not yet known.
    const clauses = sentence.split('，');
    const cut = clauses.findIndex(later);
    if (cut < 0) return sentence;
    const end = /[。！？；]$/u.exec(sentence)?.[0] ?? '';
    return cut === 0 ? '' : `${clauses.slice(0, cut).join('，')}${end}`;
  });
  return kept.join('').trim() || ctx.data.incident.summary;
}

/** Deaths of the people protected dated in (after, until]: a 续报 tells the death that made the case 重大. */
export function deathsAt(ctx: FormContext, until: string, after: string) {
  return ctx.facts.harms.filter((h) => h.kind === '死亡' && datedIn(h.date, until, after));
}

/**
 * A report to the command centre the record holds though no duty tracks it (the scene was handled
 * on the spot, Art. 14 asks for none): still work done, dated in (after, until].
 */
export function untrackedSceneReportsAt(ctx: FormContext, until: string, after?: string) {
  if (ctx.duties.some((d) => d.duty === 'on-scene-report')) return [];
  return (ctx.data.actions ?? []).filter((a) => a.kind === '报告指挥中心' && datedIn(a.date, until, after)).slice(0, 1);
}
