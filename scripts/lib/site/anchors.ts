/**
 * Ids of the handbook's non-provision anchors (terms on the glossary, fields on the
 * schema page, rules and articles' rows on the coverage page), shared by the page data and the pages.
 * Provisions use their eIds (handbookPath in scripts/lib/citations).
 */

/** 近亲属 → "term-e8bf91e4bab2e5b19e": ASCII, stable, unique per term. */
export function termAnchor(term: string): string {
  return `term-${[...new TextEncoder().encode(term)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** "victims[].relation" → "field-victims-items-relation" (page-data makes clashes unique). */
export function fieldAnchor(fieldPath: string): string {
  return `field-${fieldPath.replace(/\[\]/g, '-items').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')}`;
}

/** A validator rule's code is already kebab-case ASCII. */
export function ruleAnchor(code: string): string {
  return `rule-${code}`;
}

/** An article's row on the coverage page: "art_29" → "coverage-art_29" (the article's own eId anchors its text). */
export function coverageAnchor(eId: string): string {
  return `coverage-${eId}`;
}
