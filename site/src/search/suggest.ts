// What the search offers beside its results: the situation guides whose words the query uses, and,
// when nothing is found, the editors' words nearest to what was typed (sharing most of its
// characters), so a reader who typed 老公公 or 被开枪 sees 老公, 公公, 开枪 to try.
import type { QueryAnalysis } from './query.ts';
import { squash, type VocabularyIndex } from './vocabulary.ts';

export interface GuideHint {
  title: string;
  href: string;
  summary: string;
}

/**
 * The guides for a query: those whose situation the first results land in (被人打 → 第八条第（一）项
 * → the guide on violence), and those whose title, summary or words hold one of its content words.
 */
export function guidesFor(analysis: QueryAnalysis, index: VocabularyIndex, landed: string[] = []): GuideHint[] {
  const terms = analysis.terms.filter((t) => t.weight >= 1).map((t) => t.text);
  const lands = (g: VocabularyIndex['guides'][number]) =>
    landed.some((eId) => g.provisions.some((p) => p === eId || eId.startsWith(`${p}__`) || p.startsWith(`${eId}__`)));
  const says = (g: VocabularyIndex['guides'][number]) => {
    const words = [g.title, g.summary, ...g.words].map(squash);
    return terms.some((t) => words.some((w) => w.includes(t) || (w.length >= 2 && t.includes(w))));
  };
  return [...index.guides.filter(lands), ...index.guides.filter((g) => !lands(g) && says(g))].map((g) => ({ title: g.title, href: g.href, summary: g.summary }));
}

/** Up to `count` editors' words sharing the most characters with the query (Dice on characters). */
export function nearestWords(query: string, index: VocabularyIndex, count = 6): string[] {
  const typed = new Set([...squash(query)].filter((c) => /\p{Script=Han}|[a-z0-9]/u.test(c)));
  if (typed.size === 0) return [];
  const scored: { word: string; score: number }[] = [];
  for (const word of index.words) {
    const chars = new Set(word);
    let shared = 0;
    for (const c of chars) if (typed.has(c)) shared++;
    if (shared === 0 || word === squash(query)) continue;
    scored.push({ word, score: (2 * shared) / (chars.size + typed.size) });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.word.length - b.word.length || a.word.localeCompare(b.word, 'zh'))
    .slice(0, count)
    .map((s) => s.word);
}

/** Every guide, those matching the query first (when nothing was found, the reader may recognise their situation). */
export function allGuides(analysis: QueryAnalysis, index: VocabularyIndex): GuideHint[] {
  const matching = guidesFor(analysis, index);
  const rest = index.guides.filter((g) => !matching.some((m) => m.href === g.href)).map((g) => ({ title: g.title, href: g.href, summary: g.summary }));
  return [...matching, ...rest];
}
