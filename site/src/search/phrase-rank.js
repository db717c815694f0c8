// Re-ranks Pagefind's results so that a page containing the whole phrase typed comes
// before pages that only share its words. Pagefind matches words, not phrases: for
// "全区公安机关" it scores 第四条 (全区各级公安机关) like 第二条 (全区公安机关及…).
// Plain JavaScript: it runs in the browser as is, next to Pagefind's own bundle.

/** How many of Pagefind's top results are checked for the phrase (each costs one small fragment). */
const RERANK_DEPTH = 20;

/**
 * The phrase to look for, or null when the query is not one phrase: a query with
 * spaces is several words on purpose, and one character matches nearly everything.
 * @param {string} term
 * @returns {string | null}
 */
export function phraseOf(term) {
  const phrase = term.normalize('NFKC').trim();
  if (/\s/u.test(phrase) || [...phrase].length < 2) return null;
  return phrase;
}

/**
 * Text as compared: NFKC, no whitespace (Pagefind puts spaces between elements; Chinese
 * has none of its own).
 * @param {string} text
 */
function squash(text) {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Moves the results whose page contains the phrase ahead of the others among the first
 * `depth` results, keeping Pagefind's order within each group. Loads each checked
 * result's data once and keeps it, so the dialog does not fetch it again.
 * @template {{ results: { data: () => Promise<{ content: string }> }[] }} R
 * @param {string} term
 * @param {R | null} response
 * @param {number} [depth]
 * @returns {Promise<R | null>}
 */
export async function rerankByPhrase(term, response, depth = RERANK_DEPTH) {
  const phrase = phraseOf(term);
  if (!response || !phrase || response.results.length < 2) return response;
  const head = response.results.slice(0, depth);
  for (const result of head) {
    const loaded = result.data();
    result.data = () => loaded;
  }
  const data = await Promise.all(head.map((result) => result.data()));
  const needle = squash(phrase);
  const contains = data.map((d) => squash(d.content ?? '').includes(needle));
  const reordered = [...head.filter((_, i) => contains[i]), ...head.filter((_, i) => !contains[i])];
  response.results = [...reordered, ...response.results.slice(depth)];
  return response;
}
