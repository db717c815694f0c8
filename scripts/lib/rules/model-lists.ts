/**
 * The model's closed lists, item lists and texts, indexed once per model: rules and messages
 * run for every file of a batch and must not walk the whole model each time. The rules never
 * retype these lists; they read them here.
 */
import type { PolicyModel } from '../policy/model.ts';

interface ModelIndex {
  /** Article eId → its items' eIds in the source's order. */
  items: Map<string, string[]>;
  /** Item eId → its text. */
  itemText: Map<string, string>;
}

const indexes = new WeakMap<PolicyModel, ModelIndex>();

function indexOf(model: PolicyModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    index = { items: new Map(), itemText: new Map() };
    for (const article of model.chapters.flatMap((c) => c.articles)) {
      const items = article.paragraphs.flatMap((p) => p.items);
      index.items.set(article.eId, items.map((i) => i.eId));
      for (const item of items) index.itemText.set(item.eId, item.text);
    }
    indexes.set(model, index);
  }
  return index;
}

export function enumeration(model: PolicyModel, name: string): string[] {
  const list = model.enumerations[name];
  if (!list) throw new Error(`条文模型缺少列举项 ${name}：请检查 policy/ 中的 <Enum name="${name}">`);
  return list.members;
}

/** The item eIds of an article, in the source's order (art_24 → art_24__item_1 … item_4). */
export function itemsOf(model: PolicyModel, articleEId: string): string[] {
  const items = indexOf(model).items.get(articleEId);
  if (!items) throw new Error(`条文模型中没有 ${articleEId}`);
  return items;
}

/** The text of an item, or undefined when the model has no such item. */
export function itemText(model: PolicyModel, eId: string): string | undefined {
  return indexOf(model).itemText.get(eId);
}
