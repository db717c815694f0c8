/**
 * How a document says that the Measures protect each person, from the facts' coverage of them
 * (case/facts: Arts. 8, 31, 32, 33): harmed while on duty (在履职中), because of it (因履职),
 * acting first off duty (Art. 31) or assisting an officer (Art. 33, 遵照 / 参照); and, where it is
 * not simply an officer on duty, the sentence that cites the provision. Nothing here reads an
 * item number or re-applies a rule: the coverage is the validator's.
 */
import type { Link, TargetFacts } from '../case/facts/index.ts';
import { cite } from '../citations/index.ts';
import { dateText } from '../gbt9704/dates.ts';
import { text } from '../gbt9704/model/text.ts';
import type { Text } from '../gbt9704/model/types.ts';
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

/** Every link to duty by which the facts cover the person. */
export const coveredLinks = (ctx: FormContext, id: string): Link[] => [...new Set(coveringTargets(ctx, id).map((t) => t.link))];

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
 * The incident as it touched the persons protected, in words that follow each one's link to duty:
 * 2026年3月4日，某派出所民警王建国在某地依法履行职责时受到不法侵害。 Near relatives the facts cover
 * follow: 其近亲属刘芳（妻）也受到不法侵害, or, where the officer was not a target himself, 民警王建国的
 * 近亲属刘芳（妻）因其依法履行职责受到不法侵害.
 */
export function incidentSentence(ctx: FormContext, ids: readonly string[], relatives: readonly string[]): Text {
  const { incident } = ctx.data;
  const groups = byLink(ctx, ids);
  const parts: Text[] = [dateText(incident.date), text('，')];
  if (groups.length === 1) parts.push(clauseOf(groups[0]![0], personsPhrase(ctx, groups[0]![1]), incident.place), text('受到不法侵害'));
  else if (groups.length > 1) {
    // Persons of the unit the sentence has named already are not given it again.
    let said: string | undefined;
    const clauses = groups.map(([link, who]) => {
      const phrase = personsPhrase(ctx, who, said);
      said = recordOf(ctx, who.at(-1)!)?.unit;
      return clauseOf(link, phrase);
    });
    parts.push(text(`在${incident.place}，`), joined(clauses), text('受到不法侵害'));
  }
  const harmedThemselves = new Set(groups.flatMap(([, who]) => who));
  const byOfficer = new Map<string, string[]>();
  for (const r of relatives) {
    const of = officerOf(ctx, r);
    if (of !== undefined) byOfficer.set(of, [...(byOfficer.get(of) ?? []), r]);
  }
  for (const [officer, rels] of byOfficer) {
    const named = joined(rels.map((r) => text(comrades(ctx, [r]), `（${relationOf(ctx, r) ?? '近亲属'}）`)));
    if (parts.length > 2) parts.push(text('；'));
    if (harmedThemselves.has(officer)) parts.push(text(groups.length > 1 ? `${officerName(ctx, officer)}同志的近亲属` : '其近亲属', named, '也受到不法侵害'));
    else parts.push(text(personPhrase(ctx, officer), '的近亲属', named, `因${officerName(ctx, officer)}同志依法履行职责受到不法侵害`));
  }
  parts.push(text('。'));
  return text(...parts);
}

const officerName = (ctx: FormContext, id: string) => ctx.facts.byId.get(id)?.name ?? '';

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
      const who =
        category === '其他公安机关工作人员'
          ? '其他公安机关工作人员，在协助执法时受到侵害'
          : `${category === '公安院校学员' ? '公安院校派遣配合公安机关执行警务活动的学员' : '警务辅助人员'}，在协助民警依法履行职责、行使职权过程中受到不法侵害`;
      const words = (names: Text) => text(names, `系${who}，依照${measures}${cite('art_33__para_1', ctx.model)}的规定，${coverage.basis}本办法执行。`);
      groups.set(key, { article: 'art_33__para_1', ids: [...(groups.get(key)?.ids ?? []), id], words });
    }
  }
  const list = [...groups.values()];
  return { texts: list.map((g) => g.words(comrades(ctx, g.ids))), articles: [...new Set(list.map((g) => g.article))] };
}
