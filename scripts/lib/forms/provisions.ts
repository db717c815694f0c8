/**
 * The words of the Measures for quotation on a form, looked up by eId in the provision
 * model: an item, a paragraph (with its items), or a whole article.
 */
import type { Article, Item, Paragraph, PolicyModel } from '../policy/index.ts';

export function findArticle(model: PolicyModel, eId: string): Article | undefined {
  const articleId = eId.split('__')[0];
  for (const chapter of model.chapters) {
    const found = chapter.articles.find((a) => a.eId === articleId);
    if (found) return found;
  }
  return undefined;
}

export function findItem(model: PolicyModel, eId: string): Item | undefined {
  return findArticle(model, eId)?.paragraphs.flatMap((p) => p.items).find((i) => i.eId === eId);
}

function paragraphText(p: Paragraph): string {
  return p.text + p.items.map((i) => `${i.label}${i.text}`).join('');
}

/** The provision's text exactly as in the model; throws on an eId the model lacks. */
export function provisionText(model: PolicyModel, eId: string): string {
  const article = findArticle(model, eId);
  if (article) {
    if (eId === article.eId) return article.paragraphs.map(paragraphText).join('');
    const paragraph = article.paragraphs.find((p) => p.eId === eId);
    if (paragraph) return paragraphText(paragraph);
    const item = article.paragraphs.flatMap((p) => p.items).find((i) => i.eId === eId);
    if (item) return item.text;
  }
  throw new Error(`条文模型中没有条款 ${eId}`);
}

/** An item's text without its closing punctuation (；。), for use inside a sentence. */
export function itemPhrase(model: PolicyModel, eId: string): string {
  return provisionText(model, eId).replace(/[；;。，,]$/u, '');
}
