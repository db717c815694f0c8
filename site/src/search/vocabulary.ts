// The handbook's search vocabulary as the browser uses it (built from pagefind/handbook-words.json,
// written by integration.ts from the page data: scripts/lib/site/search-vocabulary.ts): each
// article's provisions with their text and officers' words, the text to find content words in,
// and which Pagefind page is which article.
import type { SearchProvision, SearchVocabulary } from '../../../scripts/lib/site/types.ts';

/** What integration.ts writes: the page data's vocabulary, plus Pagefind's page ids of the articles. */
export interface VocabularyFile extends SearchVocabulary {
  /** Pagefind's id of each article page (its fragment's name) → the article's eId. */
  pagefindArticles: Record<string, string>;
}

export interface IndexedProvision extends SearchProvision {
  /** The text as compared (no spaces; NFKC). */
  plain: string;
  /** The officers' words, joined, as compared. */
  wordsPlain: string;
}

export interface IndexedArticle {
  eId: string;
  title: string;
  href: string;
  caption: string;
  provisions: IndexedProvision[];
  /** All provisions' text, joined. */
  plain: string;
  /** The caption and every provision's officers' words, joined. */
  wordsPlain: string;
}

export interface VocabularyIndex {
  articles: IndexedArticle[];
  byEId: Map<string, IndexedArticle>;
  pagefindArticles: Map<string, string>;
  guides: SearchVocabulary['guides'];
  /** Every word an editor wrote down: officers' words, captions, the guides' words. */
  words: Set<string>;
  /** An officers' word → the term its provision defines (老婆 → 近亲属): a query naming a relative also asks about 近亲属. */
  concepts: Map<string, string>;
  /** Everything a content word may be found in: the text and every editor's word, one per line. */
  corpus: string;
  /** The characters that sound like a character (its homophones, itself included): the search's "did you mean". */
  soundsLike(character: string): string[];
}

/** Text as compared: NFKC, lower case, no whitespace (Pagefind puts zero-width spaces between Chinese words). */
export function squash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/gu, '');
}

export function indexVocabulary(file: VocabularyFile): VocabularyIndex {
  const words = new Set<string>();
  const concepts = new Map<string, string>();
  const articles = file.articles.map((a): IndexedArticle => {
    const provisions = a.provisions.map((p) => {
      for (const w of p.words) {
        words.add(squash(w));
        if (p.defines) concepts.set(squash(w), squash(p.defines));
      }
      return { ...p, plain: squash(p.text), wordsPlain: p.words.map(squash).join('\n') };
    });
    const caption = a.caption ?? '';
    if (caption) words.add(squash(caption));
    return {
      eId: a.eId,
      title: a.title,
      href: a.href,
      caption,
      provisions,
      plain: provisions.map((p) => p.plain).join('\n'),
      wordsPlain: [squash(caption), ...provisions.map((p) => p.wordsPlain)].join('\n'),
    };
  });
  for (const g of file.guides) for (const w of g.words) words.add(squash(w));
  const bySound = new Map(Object.entries(file.homophones ?? {}));
  const sounds = new Map<string, string[]>();
  for (const [sound, characters] of bySound) for (const c of characters) sounds.set(c, [...(sounds.get(c) ?? []), sound]);
  return {
    articles,
    byEId: new Map(articles.map((a) => [a.eId, a])),
    pagefindArticles: new Map(Object.entries(file.pagefindArticles ?? {})),
    guides: file.guides,
    words,
    concepts,
    corpus: [...articles.map((a) => `${a.plain}\n${a.wordsPlain}`), ...[...words]].join('\n'),
    soundsLike: (character) => [...new Set((sounds.get(character) ?? []).flatMap((sound) => [...(bySound.get(sound) ?? '')]))],
  };
}
