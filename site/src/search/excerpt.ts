// A search result's excerpt: the provision (or the page's passage) that holds the words, from the
// start of its clause — never from a stray "；" or "、" — with every word searched marked whole
// (近亲属, not 近亲). Where the words are the officers' and not the text's, the excerpt says which
// word led here and marks the words of the text the editors reviewed it against.

/** Where a clause ends: an excerpt starts after one (、 only lists within a clause). */
const CLAUSE_END = /[。；：，！？]/u;
const PUNCTUATION = /[。；：，、！？]/u;
/** Longest excerpt, in characters. */
const LENGTH = 110;
/** How far back from the first word searched an excerpt may start, looking for a clause's start. */
const BACK = 36;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The span of text to show around the first of `words` found in it (code points, not UTF-16 units). */
export function window(text: string, words: string[]): { start: number; end: number } {
  const chars = [...text];
  if (chars.length <= LENGTH) return { start: 0, end: chars.length };
  const joined = chars.join('');
  const hits = words.map((w) => joined.indexOf(w)).filter((i) => i >= 0);
  const firstUnit = hits.length ? Math.min(...hits) : 0;
  const first = [...joined.slice(0, firstUnit)].length;
  let start = 0;
  if (first > BACK) {
    start = first - BACK;
    for (let i = first - 1; i >= first - BACK && i > 0; i--) {
      if (CLAUSE_END.test(chars[i - 1]!)) {
        start = i;
        break;
      }
    }
  }
  // Never open on punctuation.
  while (start < first && PUNCTUATION.test(chars[start]!)) start++;
  return { start, end: Math.min(chars.length, start + LENGTH) };
}

/** HTML of `text` with each of `words` marked (longest first, no overlaps). */
function mark(text: string, words: string[]): string {
  const sorted = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length);
  const marks: { from: number; to: number }[] = [];
  for (const word of sorted) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const to = at + word.length;
      if (!marks.some((m) => at < m.to && to > m.from)) marks.push({ from: at, to });
    }
  }
  marks.sort((a, b) => a.from - b.from);
  let html = '';
  let at = 0;
  for (const m of marks) {
    html += `${escapeHtml(text.slice(at, m.from))}<mark>${escapeHtml(text.slice(m.from, m.to))}</mark>`;
    at = m.to;
  }
  return html + escapeHtml(text.slice(at));
}

/** An excerpt of `text`, marked: the clause holding the first word, cut to length with "……". */
export function excerpt(text: string, words: string[], marked = words): string {
  const chars = [...text];
  const { start, end } = window(text, words);
  const shown = chars.slice(start, end).join('');
  return `${start > 0 ? '……' : ''}${mark(shown, marked)}${end < chars.length ? '……' : ''}`;
}
