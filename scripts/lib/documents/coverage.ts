/**
 * How a document says that the Measures protect each person, from the facts' coverage of them
 * (case/facts: Arts. 8, 31, 32, 33): harmed while on duty (在履职中), because of it (因履职),
 * acting first off duty (Art. 31) or assisting an officer (Art. 33, 遵照 / 参照); and, where it is
 * not simply an officer on duty, the sentence that cites the provision. Nothing here reads an
 * item number or re-applies a rule: the coverage is the validator's.
 */
import type { Link, TargetFacts } from '../case/facts/index.ts';
import { cite } from '../citations/index.ts';
import { provisionText } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { text } from '../gbt9704/model/text.ts';
import type { Text } from '../gbt9704/model/types.ts';
import { coverageWords } from '../validate/messages.ts';
import type { FormContext } from './context.ts';
import { categoryWord, comrades, joined, officerOf, personPhrase, personsPhrase, recordOf, relationOf } from './person.ts';

/** The order links are told in: on duty first, then assisting, acting first off duty, afterwards. */
const LINKS: readonly Link[] = ['在履职中', '协助民警', '非工作时间先期处置', '因履职'];

/** The acts' targets by which the facts cover the person, in the order above. */
function coveringTargets(ctx: FormContext, id: string): TargetFacts[] {
  const targets = ctx.facts.acts.flatMap((a) => a.targets.filter((t) => t.person === id && t.coverage.covered));
  return targets.sort((a, b) => LINKS.indexOf(a.link) - LINKS.indexOf(b.link));
}

/** How the facts cover the person: the target of the first link above (an officer on duty before one harmed afterwards). */
export const coveringTarget = (ctx: FormContext, id: string): TargetFacts | undefined => coveringTargets(ctx, id)[0];

/** Every link to duty the record holds for the person, covered or not (与履职无关 too): what the register ticks. */
export const recordedLinks = (ctx: FormContext, id: string): Link[] => [...new Set(ctx.facts.acts.flatMap((a) => a.targets.filter((t) => t.person === id).map((t) => t.link)))];

/** Why the Measures do not reach the person, in the validator's words; undefined when the facts cover them. */
export function notCoveredWords(ctx: FormContext, id: string): string | undefined {
  if (coveringTarget(ctx, id)) return undefined;
  const target = ctx.facts.acts.flatMap((a) => a.targets).find((t) => t.person === id);
  return coverageWords(target?.coverage.reason ?? 'unlinked');
}

/** The persons by how they were linked to duty when harmed. */
function byLink(ctx: FormContext, ids: readonly string[]): [Link, string[]][] {
  const groups = new Map<Link, string[]>();
  for (const id of ids) {
    const link = coveringTarget(ctx, id)?.link;
    if (link) groups.set(link, [...(groups.get(link) ?? []), id]);
  }
  return LINKS.filter((l) => groups.has(l)).map((l) => [l, groups.get(l)!]);
}

/** One group's words, the place given before them (several groups) or within them (one). */
function clauseOf(link: Link, who: Text, place?: string): Text {
  const at = place ? `在${place}` : '';
  switch (link) {
    case '在履职中':
      return text(who, at, '依法履行职责时');
    case '协助民警':
      return text(who, at, '协助民警依法履行职责时');
    case '非工作时间先期处置':
      return text(who, '在非工作时间', place ? `于${place}` : '', '进行先期处置时');
    default:
      return text(who, '因依法履行职责', place ? `，${at}` : '');
  }
}

/**
 * Where and when the persons harmed because of their duty (因履职) were harmed: by the acts that
 * cover them (a smear online the day after a shooting is not harm suffered at the scene), the
 * earliest first; the place the act records, 网络上 for an act online that names none.
 */
function afterwards(ctx: FormContext, ids: readonly string[]): { date: string; place?: string } {
  const acts = ctx.facts.acts
    .filter((a) => a.targets.some((t) => ids.includes(t.person) && t.link === '因履职' && t.coverage.covered))
    .sort((a, b) => (a.at.date < b.at.date ? -1 : a.at.date > b.at.date ? 1 : 0));
  const first = acts[0];
  if (!first) return { date: ctx.data.incident.date, place: ctx.data.incident.place };
  const place = ctx.data.acts[first.index]?.place ?? (first.online ? '网络上' : undefined);
  return { date: first.at.date, ...(place ? { place } : {}) };
}

/**
 * The incident as it touched the persons protected, in words that follow each one's link to duty:
 * 2026年3月4日，某派出所民警王建国在某地依法履行职责时受到不法侵害。 Only those the facts cover as
 * harmed on duty are said to be harmed “依法履行职责时”, at the incident's place; those harmed because
 * of their duty are told where and when the acts against them took place: 2026年5月21日，民警张宏伟因
 * 依法履行职责，在多个短视频平台受到不法侵害. Near relatives the facts cover follow: 其近亲属刘芳（妻）
 * 也受到不法侵害, or, where the officer was not a target himself, 民警王建国的近亲属刘芳（妻）因其依法
 * 履行职责受到不法侵害.
 */
export function incidentSentence(ctx: FormContext, ids: readonly string[], relatives: readonly string[]): Text {
  const { incident } = ctx.data;
  const groups = byLink(ctx, ids);
  const scene = groups.filter(([link]) => link !== '因履职');
  const because = groups.find(([link]) => link === '因履职')?.[1];
  const parts: Text[] = [];
  if (scene.length === 1) parts.push(dateText(incident.date), text('，'), clauseOf(scene[0]![0], personsPhrase(ctx, scene[0]![1]), incident.place), text('受到不法侵害'));
  else if (scene.length > 1) {
    // Persons of the unit the sentence has named already are not given it again.
    let said: string | undefined;
    const clauses = scene.map(([link, who]) => {
      const phrase = personsPhrase(ctx, who, said);
      said = recordOf(ctx, who.at(-1)!)?.unit;
      return clauseOf(link, phrase);
    });
    parts.push(dateText(incident.date), text(`，在${incident.place}，`), joined(clauses), text('受到不法侵害'));
  }
  if (because) {
    const when = afterwards(ctx, because);
    const dated = scene.length === 0 || when.date !== incident.date;
    if (parts.length > 0) parts.push(text('；'));
    parts.push(dated ? text(dateText(when.date), '，') : text(''), clauseOf('因履职', personsPhrase(ctx, because), when.place), text('受到不法侵害'));
  }
  if (parts.length === 0) parts.push(dateText(incident.date), text('，'));
  const harmedThemselves = new Set(groups.flatMap(([, who]) => who));
  const byOfficer = new Map<string, string[]>();
  for (const r of relatives) {
    const of = officerOf(ctx, r);
    if (of !== undefined) byOfficer.set(of, [...(byOfficer.get(of) ?? []), r]);
  }
  const several = groups.length > 1;
  for (const [officer, rels] of byOfficer) {
    const named = joined(rels.map((r) => text(comrades(ctx, [r]), `（${relationOf(ctx, r) ?? '近亲属'}）`)));
    if (harmedThemselves.size > 0 || parts.length > 2) parts.push(text('；'));
    if (harmedThemselves.has(officer)) parts.push(text(several ? `${officerName(ctx, officer)}同志的近亲属` : '其近亲属', named, '也受到不法侵害'));
    else parts.push(text(personPhrase(ctx, officer), '的近亲属', named, `因${officerName(ctx, officer)}同志依法履行职责受到不法侵害`));
  }
  parts.push(text('。'));
  return text(...parts);
}

const officerName = (ctx: FormContext, id: string) => ctx.facts.byId.get(id)?.name ?? '';

/**
 * A category and the circumstance in which Art. 33 reaches it, in the provision's own words (from
 * the model, by persons.yaml's words for the category): 警务辅助人员，在协助民警依法履行职责、行使
 * 职权过程中受到不法侵害 / 其他公安机关工作人员，在协助执法时受到侵害.
 */
function assistingWords(ctx: FormContext, category: string): string {
  const person = ctx.model.editorial.persons?.[category];
  if (!person) return category;
  const clause = provisionText(ctx.model, person.provision)
    .split('；')
    .find((c) => c.includes(person.words));
  const circumstance = clause ? /(在[^，；。]*)的，/u.exec(clause)?.[1] : undefined;
  return circumstance ? `${person.words}，${circumstance}` : person.words;
}

/**
 * Why the Measures protect the persons, where it is not simply an officer on duty: Art. 31 for an
 * officer acting first off duty, Art. 33 for the other categories (遵照 or 参照). One sentence per
 * kind of coverage; none for officers on duty or harmed because of it (Art. 8 itself).
 */
export function basisSentences(ctx: FormContext, ids: readonly string[], measures: string): { texts: Text[]; articles: string[] } {
  const groups = new Map<string, { article: string; ids: string[]; words: (who: Text) => Text }>();
  for (const id of ids) {
    const coverage = coveringTarget(ctx, id)?.coverage;
    if (!coverage) continue;
    if (coverage.reason === 'off-duty') {
      const key = 'off-duty';
      const words = (who: Text) =>
        text(who, `系在非工作时间遇到职责范围内的紧急情形，表明身份后根据现场情况进行先期处置过程中受到不法侵害，依照${measures}${cite('art_31__para_1', ctx.model)}的规定，维护其执法权威。`);
      groups.set(key, { article: 'art_31__para_1', ids: [...(groups.get(key)?.ids ?? []), id], words });
    } else if (coverage.reason === 'assisting') {
      const category = categoryWord(ctx, id);
      const key = `assisting:${category}`;
      const who = assistingWords(ctx, category);
      const words = (names: Text) => text(names, `系${who}，依照${measures}${cite('art_33__para_1', ctx.model)}的规定，${coverage.basis}本办法执行。`);
      groups.set(key, { article: 'art_33__para_1', ids: [...(groups.get(key)?.ids ?? []), id], words });
    }
  }
  const list = [...groups.values()];
  return { texts: list.map((g) => g.words(comrades(ctx, g.ids))), articles: [...new Set(list.map((g) => g.article))] };
}

/**
 * Who a person is, where the Measures reach them through Art. 33 (遵照 / 参照): for documents not
 * about the harm (an exemption opinion, a review), without the words of harm suffered 在协助执法时
 * that belong to the incident. Only for persons the facts cover; nothing for officers.
 */
export function categorySentences(ctx: FormContext, ids: readonly string[], measures: string): { texts: Text[]; articles: string[] } {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const coverage = coveringTarget(ctx, id)?.coverage;
    if (coverage?.reason !== 'assisting' || !coverage.basis) continue;
    const key = `${categoryWord(ctx, id)}:${coverage.basis}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const texts = [...groups.entries()].map(([key, who]) => {
    const [category, basis] = key.split(':');
    return text(comrades(ctx, who), `系${category}，依照${measures}${cite('art_33__para_1', ctx.model)}的规定，${basis}本办法执行。`);
  });
  return { texts, articles: texts.length > 0 ? ['art_33__para_1'] : [] };
}
