/**
 * The one reading of a case record: deriveFacts(data, model) turns what the record says happened
 * into what the Measures make of it. Rules, duties, documents, the report and the workbench read
 * the result; none of them re-derives a trigger. Safe on any parsed value: a record the schema
 * rejects is read as far as it can be (the rules show every problem at once).
 */
import type { PolicyModel } from '../../policy/model.ts';
import { entries, isoDate, record, text, type Obj } from '../read.ts';
import { byItem, readActs } from './acts.ts';
import { indexById, readPeople } from './people.ts';
import type { ActFacts, CaseFacts, Circumstances, Degree, Harm, Moment, PersonFacts, Triggers } from './types.ts';

export type * from './types.ts';

const DEGREES: readonly Degree[] = ['轻微伤', '轻伤二级', '轻伤一级', '重伤二级', '重伤一级', '尚未鉴定'];
/** 重伤 (一级、二级): with a death, what makes an injury case a 重大案事件 (Art. 29（一）). */
const GRAVE: ReadonlySet<Degree> = new Set(['重伤二级', '重伤一级']);
/** Art. 7（二）'s 重大医疗救治: an injury of 轻伤 or worse, or one not yet assessed; not a 轻微伤. */
const NEEDS_CARE: ReadonlySet<Degree> = new Set(['轻伤二级', '轻伤一级', '重伤二级', '重伤一级', '尚未鉴定']);
/** Links in the course of work, for injury insurance (工伤保险条例 第十四条、第十五条). */
const AT_WORK = new Set(['在履职中', '非工作时间先期处置', '协助民警']);

/** Whether `a` is known to be before `b`: an earlier date, or the same date with both times recorded and earlier. */
export const surelyBefore = (a: Moment, b: Moment) => a.date < b.date || (a.date === b.date && a.time !== undefined && b.time !== undefined && a.time < b.time);

/** For ordering moments: an untimed moment counts as the end of its day. */
const earlier = (a: Moment, b: Moment) => a.date < b.date || (a.date === b.date && (a.time ?? '99:99') < (b.time ?? '99:99'));

function readHarms(data: Obj, byId: ReadonlyMap<string, PersonFacts>): Harm[] {
  const harms: Harm[] = [];
  for (const [index, c] of entries(data.consequences)) {
    const person = text(c.person);
    if ((c.kind !== '受伤' && c.kind !== '死亡' && c.kind !== '财产损失') || !person || !byId.get(person)?.covered) continue;
    const harm: Harm = { person, kind: c.kind, index };
    if (DEGREES.includes(c.degree as Degree)) harm.degree = c.degree as Degree;
    if (typeof c.amount === 'number') harm.amount = c.amount;
    const date = isoDate(c.date);
    if (date) harm.date = date;
    harms.push(harm);
  }
  return harms;
}

function readCircumstances(data: Obj): Circumstances {
  const kinds = new Set(entries(data.consequences).map(([, c]) => c.kind));
  return {
    adverseImpact: kinds.has('恶劣影响'),
    publicOpinion: kinds.has('负面舆情'),
    massIncident: kinds.has('群体性事件'),
    suddenSensitive: kinds.has('突发敏感'),
    crossRegion: kinds.has('跨区域'),
  };
}

/** Art. 8（九） from the discipline records: the first date unfair discipline was verified (Art. 28) or found improper on review (Art. 27). */
function wronglyDisciplinedOn(data: Obj): string | undefined {
  const dates = [
    ...entries(data.corrections).map(([, c]) => isoDate(c.verifiedOn)),
    ...entries(data.sanctions).filter(([, s]) => record(s.appeal).outcome === '不当').map(([, s]) => isoDate(record(s.appeal).reviewedOn) ?? isoDate(record(s.appeal).date)),
  ].filter((d): d is string => d !== undefined);
  return dates.sort()[0];
}

const unique = (ids: Iterable<string>) => [...new Set(ids)];

/**
 * When the case became a 重大案事件 (Art. 29（一）), the moment its 第一时间 report runs from: the
 * first death (the day of death; the act's time when it was that day), 重伤 (the act that caused
 * it: the injury was grave from then, whenever it was assessed), or attack on a police organ.
 */
function majorSince(data: Obj, acts: readonly ActFacts[], casualties: readonly Harm[], circumstances: Circumstances): Moment | undefined {
  const actOf = (id: unknown) => acts.find((a) => a.id === id);
  const moments: Moment[] = [];
  for (const h of casualties) {
    const act = actOf(record(Array.isArray(data.consequences) ? data.consequences[h.index] : undefined).act);
    if (h.kind === '死亡') moments.push(act && (!h.date || act.at.date === h.date) ? act.at : { date: h.date ?? act?.at.date ?? '' });
    else if (h.degree !== undefined && GRAVE.has(h.degree)) moments.push(act?.at ?? { date: h.date ?? '' });
  }
  for (const act of acts) if (act.covered && act.engages.has('art_17__item_2')) moments.push(act.at);
  if (circumstances.massIncident) {
    for (const [, c] of entries(data.consequences)) if (c.kind === '群体性事件' && isoDate(c.date)) moments.push({ date: isoDate(c.date)! });
  }
  return moments.filter((m) => m.date !== '').reduce<Moment | undefined>((first, m) => (!first || earlier(m, first) ? m : first), undefined);
}

/**
 * Art. 29（五）: a complaint against an officer proved 诬告、陷害 or 诽谤 is itself an act against
 * them — 诬告陷害 or 诽谤 (acts.yaml) — whatever kind the clerk recorded the complaint as: it falls
 * under Art. 8（七）or（六）, and it is an offence (治安管理处罚法第四十二条，刑法第二百四十三条、第二百四十六条).
 */
const PROVED_AS: Record<string, string> = { 诬告: '诬告陷害', 陷害: '诬告陷害', 诽谤: '诽谤' };

function provedComplaint(data: Obj, byId: ReadonlyMap<string, PersonFacts>, model: PolicyModel): { person: string; engages: ReadonlySet<string>; items: string[] } | undefined {
  const clearing = record(data.nameClearing);
  const kind = PROVED_AS[String(clearing.finding)];
  const person = text(clearing.person);
  const officer = person === undefined ? undefined : byId.get(person);
  if (!isoDate(clearing.provedOn) || !kind || !officer || officer.category === '亲属') return undefined;
  const provisions = model.editorial.acts?.[kind]?.provisions ?? {};
  return { person: officer.id, engages: new Set(Object.keys(provisions)), items: Object.keys(provisions).filter((e) => e.startsWith('art_8__item_')) };
}

function triggersOf(
  data: Obj,
  acts: readonly ActFacts[],
  people: readonly PersonFacts[],
  byId: ReadonlyMap<string, PersonFacts>,
  harms: readonly Harm[],
  circumstances: Circumstances,
  proved: ReturnType<typeof provedComplaint>,
): Triggers {
  const isProtected = (id: string) => {
    const p = byId.get(id);
    return p !== undefined && p.category !== '亲属';
  };
  // One pass over the covered acts: the provisions they engage, who they harm at work, who Art. 11 and 13 reach.
  const engaged = new Set<string>();
  const atWork = new Set<string>();
  const art11: string[] = [];
  let online = false;
  let defamed = proved?.engages.has('art_13__para_1') ?? false;
  for (const act of acts) {
    if (!act.covered) continue;
    for (const e of act.engages) engaged.add(e);
    if (act.online) online = true;
    for (const t of act.targets) {
      if (!t.coverage.covered) continue;
      if (AT_WORK.has(t.link)) atWork.add(t.person);
      if (act.engages.has('art_11__para_1')) art11.push(t.person);
      if (act.engages.has('art_13__para_1') && isProtected(t.person)) defamed = true;
    }
  }
  const hurt = harms.filter((h) => h.kind !== '财产损失');
  // An officer who handled it alone on the scene needs no first response from the command centre (Art. 14 ¶1).
  const handledAlone = record(data.scene).selfHandled === true;
  return {
    comfortVisit: people.filter((p) => p.covered && p.category !== '亲属').map((p) => p.id),
    medicalCare: unique(hurt.filter((h) => h.kind === '受伤' && h.degree && NEEDS_CARE.has(h.degree) && isProtected(h.person)).map((h) => h.person)),
    crisisSupport: unique(hurt.filter((h) => h.kind === '受伤' && h.degree && NEEDS_CARE.has(h.degree) && isProtected(h.person) && !hurt.some((d) => d.kind === '死亡' && d.person === h.person)).map((h) => h.person)),
    injuryInsurance: unique(hurt.filter((h) => isProtected(h.person) && atWork.has(h.person)).map((h) => h.person)),
    opinion: engaged.has('art_7__item_3') || online || circumstances.publicOpinion,
    sudden: (engaged.has('art_7__item_4') && !handledAlone) || circumstances.suddenSensitive || circumstances.massIncident,
    offence: engaged.has('art_10__para_1') || (proved?.engages.has('art_10__para_1') ?? false),
    online: online || circumstances.publicOpinion,
    // Art. 9 names 公安民警 (and by Art. 33 the others it protects): a relative's own loss is not its subject.
    litigation: unique(harms.filter((h) => isProtected(h.person)).map((h) => h.person)),
    // Protection is for the living: an officer who died is owed care for the family, not a guard.
    protection: unique([...art11, ...harms.map((h) => h.person)]).filter((p) => !harms.some((h) => h.kind === '死亡' && h.person === p)),
    // The offender answers for it whether or not the person lived (Art. 11's 追究行为人的法律责任).
    offenderAccountable: art11.length > 0 || harms.length > 0,
    media: engaged.has('art_12__para_1'),
    defamation: defamed && circumstances.adverseImpact,
    sceneReport: record(data.scene).selfHandled === false,
  };
}

export function deriveFacts(data: Obj, model: PolicyModel): CaseFacts {
  const people = readPeople(data, model);
  const byId = indexById(people);
  const acts = readActs(data, byId, model);
  for (const act of acts) for (const t of act.targets) if (t.coverage.covered) {
    const person = byId.get(t.person)!;
    if (!person.covered) {
      person.covered = true;
      if (t.coverage.basis) person.basis = t.coverage.basis;
    }
  }
  const harms = readHarms(data, byId);
  const circumstances = readCircumstances(data);
  const proved = provedComplaint(data, byId, model);
  if (proved && !byId.get(proved.person)!.covered) {
    byId.get(proved.person)!.covered = true;
    byId.get(proved.person)!.basis = '适用';
  }
  const art8Since = new Map<string, string>();
  const seen = (item: string, date: string) => {
    const known = art8Since.get(item);
    if (known === undefined || date < known) art8Since.set(item, date);
  };
  for (const act of acts) for (const item of act.items) seen(item, act.at.date);
  const provedOn = isoDate(record(data.nameClearing).provedOn);
  for (const item of proved?.items ?? []) seen(item, provedOn!);
  const disciplinedOn = wronglyDisciplinedOn(data);
  if (disciplinedOn) seen('art_8__item_9', disciplinedOn);
  const art8 = new Set(art8Since.keys());
  const firstHarmed = new Map<string, Moment>();
  for (const act of acts) {
    for (const t of act.targets) {
      const known = firstHarmed.get(t.person);
      if (t.coverage.covered && (!known || earlier(act.at, known))) firstHarmed.set(t.person, act.at);
    }
  }

  const protectedCovered = people.filter((p) => p.covered && p.category !== '亲属');
  const isProtected = (id: string) => protectedCovered.some((p) => p.id === id);
  const casualties = harms.filter((h) => h.kind !== '财产损失' && isProtected(h.person));
  const organAttacked = acts.some((a) => a.covered && a.engages.has('art_17__item_2')) || circumstances.massIncident;
  const decided = entries(data.actions).some(([, a]) => a.kind === '决定上报');
  // Art. 17's items describe the case; whether an office must report it up depends on its level (rules/escalation.ts).
  const art17 = [
    ...(casualties.length ? ['art_17__item_1'] : []),
    ...(organAttacked ? ['art_17__item_2'] : []),
    ...(circumstances.crossRegion ? ['art_17__item_3'] : []),
    ...(decided ? ['art_17__item_4'] : []),
  ];
  const officerCasualty = casualties.some((h) => byId.get(h.person)?.category === '民警');
  const art17Basis = casualties.length && !officerCasualty ? byId.get(casualties[0]!.person)?.basis : undefined;

  const major = casualties.some((h) => h.kind === '死亡' || (h.degree !== undefined && GRAVE.has(h.degree))) || organAttacked;
  const incident = record(data.incident);
  const incidentDate = isoDate(incident.date);
  let incidentAt: Moment | undefined = incidentDate ? { date: incidentDate, ...(text(incident.time) ? { time: text(incident.time)! } : {}) } : undefined;
  for (const act of acts) if (!incidentAt || earlier(act.at, incidentAt)) incidentAt = act.at;
  const opened = record(data.opened);
  const learnedOn = isoDate(opened.learnedOn);
  const closedOn = entries(data.ledger)
    .filter(([, e]) => e.stage === '处理')
    .map(([, e]) => isoDate(e.date))
    .filter((d): d is string => d !== undefined)
    .sort()[0];

  return {
    people,
    byId,
    acts,
    applies: protectedCovered.length > 0 || people.some((p) => p.covered),
    protectedCovered,
    art8: [...art8].sort(byItem),
    art8Since,
    firstHarmed,
    harms,
    circumstances,
    art17,
    ...(art17Basis === '遵照' || art17Basis === '参照' ? { art17Basis } : {}),
    major,
    ...(major ? { majorSince: majorSince(data, acts, casualties, circumstances) ?? incidentAt ?? { date: isoDate(opened.date) ?? '' } } : {}),
    incidentAt: incidentAt ?? { date: isoDate(opened.date) ?? '' },
    ...(learnedOn ? { learnedAt: text(opened.learnedAt) ? { date: learnedOn, time: text(opened.learnedAt)! } : { date: learnedOn } } : {}),
    ...(closedOn ? { closedOn } : {}),
    triggers: triggersOf(data, acts, people, byId, harms, circumstances, proved),
  };
}

/** How a duty names the person it is owed to: their category (民警, 警务辅助人员 …), or 民警的近亲属 for a relative. */
export function personWords(facts: CaseFacts, id: string): string {
  const person = facts.byId.get(id);
  if (person?.category !== '亲属') return categoryOf(facts, id);
  return `${categoryOf(facts, person.of)}的${person.near ? '近亲属' : '亲属'}`;
}

/** How the Measures name a person of the record (民警, 警务辅助人员 …); 民警 for an id the record lacks. */
export function categoryOf(facts: CaseFacts, id: unknown): string {
  const person = typeof id === 'string' ? facts.byId.get(id) : undefined;
  return person && person.category !== '亲属' ? person.category : '民警';
}
