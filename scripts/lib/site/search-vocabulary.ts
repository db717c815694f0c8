/**
 * What the search in the browser is given besides Pagefind's index (types.ts SearchVocabulary):
 * every provision's words from the model, the officers' words the editors' thesaurus leads to it,
 * and the guides with the words of their situation. The browser ranks Pagefind's results with it
 * (site/src/search/rank.js), lands each on the provision holding the words, and offers the
 * nearest words and the guides when nothing is found.
 */
import { cite, handbookPath } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { allArticles } from '../policy/query.ts';
import { homophones } from './homophones.ts';
import { captionOf, titled } from './provision-links.ts';
import type { GuideView, SearchProvision, SearchVocabulary } from './types.ts';

export function searchVocabulary(model: PolicyModel, guides: GuideView[]): SearchVocabulary {
  const defines = new Map(model.terms.map((t) => [t.definedIn, t.term]));
  const words = new Map<string, string[]>();
  const reviewed = new Map<string, string[]>();
  for (const entry of model.editorial.thesaurus ?? []) {
    words.set(entry.target, [...(words.get(entry.target) ?? []), ...entry.words]);
    reviewed.set(entry.target, [...(reviewed.get(entry.target) ?? []), ...entry.reviewed]);
  }
  const articles = allArticles(model).map((article) => {
      const caption = captionOf(model, article.eId);
      const provision = (eId: string, label: string, text: string, first: boolean): SearchProvision => ({
        eId,
        // The article's first paragraph is where its page opens: land on the article's own anchor.
        href: first ? handbookPath(article.eId) : handbookPath(eId),
        label,
        citation: cite(eId, model),
        text,
        words: [...(words.get(eId) ?? [])],
        reviewed: [...(reviewed.get(eId) ?? [])],
        ...(defines.has(eId) ? { defines: defines.get(eId)! } : {}),
      });
      const provisions = article.paragraphs.flatMap((p, index) => [
        provision(p.eId, '', (index === 0 && article.heading ? article.heading : '') + p.text, index === 0),
        ...p.items.map((i) => provision(i.eId, i.label, i.text, false)),
      ]);
      // Words the editors give for the whole article belong to its first provision.
      provisions[0]!.words.push(...(words.get(article.eId) ?? []));
      provisions[0]!.reviewed.push(...(reviewed.get(article.eId) ?? []));
      return { eId: article.eId, title: titled(article.label, caption), ...(caption ? { caption } : {}), href: `articles/${article.eId}/`, provisions };
    });
  const searchGuides = guides.map((g) => ({ id: g.id, title: g.title, summary: g.summary, href: g.href, words: g.words, provisions: g.situation }));
  const everything = [...articles.flatMap((a) => [a.title, ...a.provisions.flatMap((p) => [p.text, ...p.words])]), ...searchGuides.flatMap((g) => [g.title, ...g.words])].join('');
  return { modelVersion: model.version, articles, guides: searchGuides, homophones: homophones(everything) };
}
