/**
 * The one way to look things up in the provision model: provisions by eId, an article's
 * items, a provision's words, the closed lists and numbers marked in the text, terms and
 * cited documents. Rules, the schema generator, the forms and the handbook all ask here.
 *
 * The model is indexed once per model object (a WeakMap): the validator asks the same few
 * questions for every file of a batch and must not walk all 33 articles each time.
 */
import type { Article, CitedWork, Item, Paragraph, Parameter, PolicyModel, Term } from './model.ts';

/** Where a provision sits: its article, and its paragraph or item when it is one. */
export interface Located {
  article: Article;
  paragraph?: Paragraph;
  item?: Item;
}

interface ModelIndex {
  articles: Article[];
  /** Every chapter, article, paragraph and item eId → where it sits (chapters map to nothing). */
  provisions: Map<string, Located | undefined>;
}

const indexes = new WeakMap<PolicyModel, ModelIndex>();

function indexOf(model: PolicyModel): ModelIndex {
  let index = indexes.get(model);
  if (index) return index;
  const articles = model.chapters.flatMap((c) => c.articles);
  const provisions = new Map<string, Located | undefined>();
  for (const chapter of model.chapters) provisions.set(chapter.eId, undefined);
  for (const article of articles) {
    provisions.set(article.eId, { article });
    for (const paragraph of article.paragraphs) {
      provisions.set(paragraph.eId, { article, paragraph });
      for (const item of paragraph.items) provisions.set(item.eId, { article, paragraph, item });
    }
  }
  index = { articles, provisions };
  indexes.set(model, index);
  return index;
}

const missing = (what: string): never => {
  throw new Error(`条文模型中没有${what}：请检查 policy/`);
};

/** Every article, in order. */
export function allArticles(model: PolicyModel): readonly Article[] {
  return indexOf(model).articles;
}

export function hasProvision(model: PolicyModel, eId: string): boolean {
  return indexOf(model).provisions.has(eId);
}

/** The article, paragraph and item of a provision's eId; undefined for a chapter or an unknown eId. */
export function locate(model: PolicyModel, eId: string): Located | undefined {
  return indexOf(model).provisions.get(eId);
}

/** An article's items in the source's order (art_24 → its four conditions); throws for an unknown article. */
export function itemsOf(model: PolicyModel, articleEId: string): readonly Item[] {
  const found = locate(model, articleEId);
  if (!found || found.paragraph) return missing(`条 ${articleEId}`);
  return found.article.paragraphs.flatMap((p) => p.items);
}

/** The eIds of an article's items. */
export function itemIdsOf(model: PolicyModel, articleEId: string): string[] {
  return itemsOf(model, articleEId).map((i) => i.eId);
}

/** An item's words, or undefined when the eId is not an item. */
export function itemText(model: PolicyModel, eId: string): string | undefined {
  return locate(model, eId)?.item?.text;
}

function paragraphText(p: Paragraph): string {
  return p.text + p.items.map((i) => `${i.label}${i.text}`).join('');
}

/** A provision's words exactly as in the model: an item, a paragraph with its items, or a whole article. */
export function provisionText(model: PolicyModel, eId: string): string {
  const found = locate(model, eId) ?? missing(`条款 ${eId}`);
  if (found.item) return found.item.text;
  if (found.paragraph) return paragraphText(found.paragraph);
  return found.article.paragraphs.map(paragraphText).join('');
}

/** An item's words without their closing punctuation (；。), to stand inside a sentence. */
export function itemPhrase(model: PolicyModel, eId: string): string {
  return provisionText(model, eId).replace(/[；;。，,]$/u, '');
}

/** The first words of an article (its lead-in, before the items); "" for Art. 25, which has none. */
export function leadIn(model: PolicyModel, articleEId: string): string {
  const found = locate(model, articleEId) ?? missing(`条 ${articleEId}`);
  return found.article.paragraphs[0]?.text ?? '';
}

/** A closed list marked with <Enum name> (near_relatives, forbidden_grounds …). */
export function enumeration(model: PolicyModel, name: string): readonly string[] {
  return (model.enumerations[name] ?? missing(`列举项 ${name}（<Enum name="${name}">）`)).members;
}

/** A number marked with <Param name> (min_lawyers …). */
export function parameter(model: PolicyModel, name: string): Parameter {
  return model.parameters[name] ?? missing(`数值 ${name}（<Param name="${name}">）`);
}

function termOf(model: PolicyModel, term: string): Term {
  return model.terms.find((t) => t.term === term) ?? missing(`术语“${term}”`);
}

/** The name an abbreviation stands for (维权办 → 维护公安民警执法权威工作委员会办公室). */
export function termFullName(model: PolicyModel, term: string): string {
  return termOf(model, term).fullName ?? missing(`术语“${term}”的全称`);
}

/** A document the Measures name (正名通知书). */
export function documentOf(model: PolicyModel, id: string): CitedWork {
  return model.documents.find((d) => d.id === id) ?? missing(`文书 ${id}`);
}
