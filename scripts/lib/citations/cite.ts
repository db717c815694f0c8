/**
 * Citations as Chinese legal writing makes them, for every face (messages, forms, handbook):
 *
 *   cite('art_32__para_1', model)           第三十二条      (an article's only paragraph is the article)
 *   citeAll(['art_17__item_1', 'art_17__item_3'])  第十七条第（一）项、第（三）项
 *   citeAll(['art_24', 'art_24__item_2'])  第二十四条      (the article stands for its own items)
 *   citeWithinArticle('art_24__item_2')    第（二）项      (inside a sentence that has named the article)
 *
 * A batch cites the same few provisions thousands of times, so results are kept per model.
 */
import { formatCitation, itemLabel, parseEId, type CitationContext, type ProvisionRef } from './eid.ts';
import { toChineseNumeral } from './numerals.ts';

const NO_MODEL: CitationContext = { chapters: [] };
const cache = new WeakMap<CitationContext, Map<string, string>>();

function remembered(context: CitationContext, key: string, make: () => string): string {
  let known = cache.get(context);
  if (!known) cache.set(context, (known = new Map()));
  let value = known.get(key);
  if (value === undefined) {
    if (known.size > 10_000) known.clear();
    known.set(key, (value = make()));
  }
  return value;
}

/** 第十七条第（三）项; given the model, an article's only paragraph is cited as the article. */
export function cite(eId: string, model?: CitationContext): string {
  return remembered(model ?? NO_MODEL, eId, () => formatCitation(eId, model));
}

const articleNumberOf = (ref: ProvisionRef | undefined) => (ref && ref.kind !== 'chapter' ? ref.article : undefined);

/**
 * Several provisions in one citation, in the order given: items of one article share its
 * name (第十七条第（一）项、第（三）项); an article or paragraph listed with the article's
 * items stands for them (第七条, not 第七条、第（一）项…); the same provision is cited once.
 */
export function citeAll(eIds: readonly string[], model?: CitationContext): string {
  return remembered(model ?? NO_MODEL, `\0${eIds.join(' ')}`, () => {
    const refs = [...new Set(eIds)].map((eId) => ({ eId, ref: parseEId(eId) }));
    const wholeArticles = new Set(refs.filter((r) => r.ref?.kind === 'article' || r.ref?.kind === 'paragraph').map((r) => articleNumberOf(r.ref)));
    let lastArticle: number | undefined;
    const parts: string[] = [];
    for (const { eId, ref } of refs) {
      const article = articleNumberOf(ref);
      if (ref?.kind === 'item' && wholeArticles.has(ref.article)) continue;
      const within = (ref?.kind === 'item' || ref?.kind === 'paragraph') && article === lastArticle;
      parts.push(within ? citeWithinArticle(eId) : cite(eId, model));
      lastArticle = article;
    }
    return parts.join('、');
  });
}

/** A provision named inside a sentence about its article: 第（二）项, 第二款; an article or chapter as itself. */
export function citeWithinArticle(eId: string): string {
  const ref = parseEId(eId);
  if (ref?.kind === 'item') return `第${itemLabel(ref.item)}项`;
  if (ref?.kind === 'paragraph') return `第${toChineseNumeral(ref.paragraph)}款`;
  return formatCitation(eId);
}
