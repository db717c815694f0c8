/**
 * What the documents say of the acts beside the Art. 8 items the facts found them to fall under,
 * as known on a document's date: the items of the acts dated by then, and an item the facts
 * found in the discipline records (（九）: unfair discipline verified, or found improper on review)
 * once the record dates that finding by then. Art. 8（十） "其他情形" names no act, so the act it
 * stands for is said: the clerk's description, or the kind of act (尾随跟踪, 毁损财物) where the
 * record gives no description.
 */
import type { FormContext } from './context.ts';

const OTHER = 'art_8__item_10';

/** The first date the discipline records show unfair discipline: a verification, or a review that found it improper. */
function disciplineFoundOn(ctx: FormContext): string | undefined {
  const dates = [
    ...(ctx.data.corrections ?? []).map((c) => c.verifiedOn),
    ...(ctx.data.sanctions ?? []).flatMap((s) => (s.appeal?.outcome === '不当' && s.appeal.reviewedOn ? [s.appeal.reviewedOn] : [])),
  ];
  return dates.sort()[0];
}

/** The facts' Art. 8 items known by `until`, in the facts' order. */
export function art8Known(ctx: FormContext, until: string): string[] {
  const covered = ctx.facts.acts.filter((a) => a.covered);
  const byActs = new Set(covered.flatMap((a) => a.items));
  const byActsThen = new Set(covered.filter((a) => a.at.date <= until).flatMap((a) => a.items));
  const found = disciplineFoundOn(ctx);
  return ctx.facts.art8.filter((item) => byActsThen.has(item) || (!byActs.has(item) && (found === undefined || found <= until)));
}

/** Notes for the Art. 8 items the facts found, by item: only（十）gets one. */
export function art8Notes(ctx: FormContext): Record<string, string | undefined> {
  const words: string[] = [];
  for (const act of ctx.facts.acts) {
    if (!act.covered || !act.items.includes(OTHER)) continue;
    const description = ctx.data.acts[act.index]?.description;
    const note = description ?? (act.kind === '其他' ? undefined : act.kind);
    if (note && !words.includes(note)) words.push(note);
  }
  return words.length > 0 ? { [OTHER]: words.join('；') } : {};
}
