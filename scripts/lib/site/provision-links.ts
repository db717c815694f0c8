/**
 * How the handbook names a provision wherever it links one: its citation (第八条第（六）项) and
 * the 条旨 of its article (维护范围), which the pages show after the citation as the editors'.
 * Headings, navigation and search results use the joined form, 第八条　维护范围 (an ideographic
 * space, as Chinese compilations set a caption beside the article number).
 */
import { articleOf, cite, handbookPath, type CitationContext } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { LinkTo } from './types.ts';

const CAPTION_SEPARATOR = '\u3000';

/** The caption of the article a provision belongs to, if the editors gave one. */
export function captionOf(model: Pick<PolicyModel, 'editorial'>, eId: string): string | undefined {
  const article = articleOf(eId);
  return article ? model.editorial.captions?.[article] : undefined;
}

/** 第八条 + 维护范围 → 第八条　维护范围. */
export function titled(label: string, caption: string | undefined): string {
  return caption ? `${label}${CAPTION_SEPARATOR}${caption}` : label;
}

/** A link to a provision, with its article's caption. */
export function provisionLink(eId: string, model: CitationContext & Partial<Pick<PolicyModel, 'editorial'>>): LinkTo {
  const caption = model.editorial ? captionOf(model as Pick<PolicyModel, 'editorial'>, eId) : undefined;
  return { label: cite(eId, model), href: handbookPath(eId), ...(caption ? { caption } : {}) };
}

/** Whether two provisions overlap: the same, or one inside the other (art_7 ⊃ art_7__item_2). */
export function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}__`) || b.startsWith(`${a}__`);
}
