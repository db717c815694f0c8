/**
 * The harm the record shows, in words: injuries (with the degree assessed, or that it is not yet
 * assessed), deaths, worded as deaths, and property losses, person by person, of the persons the
 * facts cover (case/facts' harms). A consequence dated after a document's own date is not told in
 * it.
 */
import type { Harm } from '../case/facts/index.ts';
import { formatDate } from '../gbt9704/dates.ts';
import { clause, keep, text } from '../gbt9704/model/text.ts';
import type { Text } from '../gbt9704/model/types.ts';
import type { FormContext } from './context.ts';
import { comrade, nameOf, officerOf, titleOf } from './person.ts';

type Consequence = NonNullable<FormContext['data']['consequences']>[number];

/** The harms known by `until`, grouped by person in the order they were recorded. */
function harmsBy(ctx: FormContext, until: string): Map<string, Harm[]> {
  const out = new Map<string, Harm[]>();
  for (const h of ctx.facts.harms) {
    if (h.date !== undefined && h.date > until) continue;
    out.set(h.person, [...(out.get(h.person) ?? []), h]);
  }
  return out;
}

const described = (ctx: FormContext, h: Harm): string | undefined => {
  const c: Consequence | undefined = ctx.data.consequences?.[h.index];
  return c?.description ? clause(c.description) : undefined;
};

/**
 * Words of a death inside a clerk's description of an injury (经抢救无效牺牲): the death is told by
 * the document's own words, once, and 牺牲 (or 殉职) is a finding the record does not hold — it is
 * never printed on the strength of a free-text note.
 */
const DEATH_WORDS = /牺牲|殉职|死亡|身亡|去世|遇难|抢救无效/u;

/** A description without the clauses that tell of a death. */
function withoutDeath(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const kept = description.split(/[，；,;]/u).filter((c) => c.trim() !== '' && !DEATH_WORDS.test(c));
  return kept.length > 0 ? kept.join('，') : undefined;
}

/**
 * One injury as a clause of its own, the degree (伤情鉴定: the appraisal's conclusion, or 尚未鉴定)
 * after what the record describes: 伤情为头皮裂伤，缝合六针，经鉴定为轻微伤 / 伤情经鉴定为轻伤二级 /
 * 伤情为双腿擦伤，损伤程度尚未鉴定 / 伤情尚未鉴定. Never 伤情为经鉴定为: the degree is not a description.
 */
function injuryWords(ctx: FormContext, h: Harm): string {
  const description = withoutDeath(described(ctx, h));
  const degree = h.degree === undefined || description?.includes(h.degree) ? undefined : h.degree;
  if (description === undefined) return degree === undefined ? '' : degree === '尚未鉴定' ? '伤情尚未鉴定' : `伤情经鉴定为${degree}`;
  const assessed = degree === undefined ? '' : degree === '尚未鉴定' ? '，损伤程度尚未鉴定' : `，经鉴定为${degree}`;
  return `伤情为${description}${assessed}`;
}

/** How a relative is named in a sentence of harm: 王建国同志的近亲属刘芳. */
function who(ctx: FormContext, id: string): Text {
  const of = officerOf(ctx, id);
  return of !== undefined && ctx.facts.byId.get(id)?.category === '亲属' ? text(comrade(ctx, of), '的近亲属', comrade(ctx, id)) : comrade(ctx, id);
}

/**
 * A death, in the order it came: 受伤，伤情为胸腹部多处刀伤，经鉴定为重伤一级，于2026年10月16日死亡; or
 * 在此次侵害中死亡 where it came with the harm itself. Never 牺牲: the record holds no such finding.
 */
function deathWords(ctx: FormContext, person: string, death: Harm, injuries: readonly string[]): string {
  const harmedOn = ctx.facts.firstHarmed.get(person)?.date;
  const later = death.date !== undefined && harmedOn !== undefined && death.date > harmedOn;
  const when = later ? `于${formatDate(death.date)}` : '在此次侵害中';
  return injuries.length > 0 ? `受伤，${injuries.join('；')}，${when}死亡` : `${when}死亡`;
}

/**
 * 王建国同志受伤，伤情为头皮裂伤，缝合六针，轻微伤；个人财产损失约860元。 One clause per person,
 * undefined when the record shows no harm known by `until`.
 */
export function harmSentence(ctx: FormContext, until: string): Text | undefined {
  const clauses: Text[] = [];
  for (const [person, harms] of harmsBy(ctx, until)) {
    const death = harms.find((h) => h.kind === '死亡');
    const injuries = harms.filter((h) => h.kind === '受伤').map((h) => injuryWords(ctx, h)).filter(Boolean);
    const loss = harms.filter((h) => h.kind === '财产损失').reduce((t, h) => t + (h.amount ?? 0), 0);
    const hurt = harms.some((h) => h.kind === '受伤');
    const parts: string[] = [];
    if (death) parts.push(deathWords(ctx, person, death, injuries));
    else if (hurt) parts.push(`受伤${injuries.length ? `，${injuries.join('；')}` : ''}`);
    if (loss > 0) parts.push(`个人财产损失约${loss}元`);
    else if (harms.some((h) => h.kind === '财产损失')) parts.push('个人财产受到损失');
    if (parts.length > 0) clauses.push(text(who(ctx, person), parts.join('；')));
  }
  if (clauses.length === 0) return undefined;
  return text(...clauses.flatMap((c, i) => (i === 0 ? [c] : ['；', c])), '。');
}

/**
 * The register's 损害情况: 民警受伤；头皮裂伤，缝合六针，轻微伤；财产损失约860元. The person by
 * category, and by name too (kept whole) when the case records harm to more than one.
 */
export function harmLine(ctx: FormContext, until: string): Text | undefined {
  const byPerson = harmsBy(ctx, until);
  const several = byPerson.size > 1;
  const lines: Text[] = [];
  for (const [person, harms] of byPerson) {
    const relative = ctx.facts.byId.get(person)?.category === '亲属';
    // A category is kept whole like a name (警务辅助人员 never breaks after 辅助).
    const label = relative ? text('近亲属', keep(nameOf(ctx, person))) : text(keep(titleOf(ctx, person)), several ? keep(nameOf(ctx, person)) : '');
    const death = harms.some((h) => h.kind === '死亡');
    const hurt = harms.some((h) => h.kind === '受伤');
    // The cell is terse: 头皮裂伤，轻微伤 after 民警受伤, without the sentence's 伤情为 (伤情经鉴定为 and 伤情尚未鉴定 stay whole).
    const injuries = harms.filter((h) => h.kind === '受伤').map((h) => injuryWords(ctx, h).replace(/^伤情为/u, '')).filter(Boolean);
    const loss = harms.filter((h) => h.kind === '财产损失').reduce((t, h) => t + (h.amount ?? 0), 0);
    const parts: Text[] = [
      death ? text(label, `${hurt ? '受伤后' : ''}死亡`) : hurt ? text(label, '受伤') : [],
      ...injuries.map((i) => text(i)),
      loss > 0 ? text(death || hurt || (!several && !relative) ? '' : label, `财产损失约${loss}元`) : [],
    ].filter((p) => p.length > 0);
    lines.push(text(...parts.flatMap((p, i) => (i === 0 ? [p] : ['；', p]))));
  }
  return lines.length > 0 ? text(...lines.flatMap((l, i) => (i === 0 ? [l] : ['；', l]))) : undefined;
}
