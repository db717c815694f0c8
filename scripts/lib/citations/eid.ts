/**
 * Akoma Ntoso-style ids (eIds) for the provisions of the Measures, and their
 * Chinese citations:
 *
 *   chp_3            第三章
 *   art_17           第十七条
 *   art_26__para_2   第二十六条第二款
 *   art_17__item_3   第十七条第（三）项
 *
 * Items keep the source's own numbers (art_29 has item_5 and no item_4), and are
 * numbered within the article, as the Measures cite them.
 */
import { fromChineseNumeral, toChineseNumeral, NUMERAL_PATTERN } from './numerals.ts';

export type ProvisionRef =
  | { kind: 'chapter'; chapter: number }
  | { kind: 'article'; article: number }
  | { kind: 'paragraph'; article: number; paragraph: number }
  | { kind: 'item'; article: number; item: number };

const EID = /^(?:chp_(\d{1,2})|art_(\d{1,2})(?:__para_(\d{1,2})|__item_(\d{1,2}))?)$/;

/** Parses an eId; undefined when the string is not one. */
export function parseEId(eId: string): ProvisionRef | undefined {
  const m = EID.exec(eId);
  if (!m) return undefined;
  const [, chapter, article, paragraph, item] = m;
  const n = (s: string) => Number.parseInt(s, 10);
  if (chapter) return positive({ kind: 'chapter', chapter: n(chapter) });
  if (paragraph) return positive({ kind: 'paragraph', article: n(article!), paragraph: n(paragraph) });
  if (item) return positive({ kind: 'item', article: n(article!), item: n(item) });
  return positive({ kind: 'article', article: n(article!) });
}

function positive(ref: ProvisionRef): ProvisionRef | undefined {
  const numbers = Object.values(ref).filter((v): v is number => typeof v === 'number');
  return numbers.every((v) => v >= 1 && v <= 99) ? ref : undefined;
}

/** The eId of a provision. */
function toEId(ref: ProvisionRef): string {
  switch (ref.kind) {
    case 'chapter':
      return `chp_${ref.chapter}`;
    case 'article':
      return `art_${ref.article}`;
    case 'paragraph':
      return `art_${ref.article}__para_${ref.paragraph}`;
    case 'item':
      return `art_${ref.article}__item_${ref.item}`;
  }
}

/**
 * What a citation needs to know of the regulation's shape (the provision model fits it):
 * which articles have a single paragraph.
 */
export interface CitationContext {
  chapters: readonly { articles: readonly { num: number; paragraphs: readonly unknown[] }[] }[];
}

/**
 * 第三章, 第十七条, 第二十六条第二款, 第十七条第（三）项. Given the model, the only
 * paragraph of an article is cited as the article (第二十七条, not 第二十七条第一款),
 * as Chinese legal drafting does; the eId keeps para_1 for the anchor.
 */
export function formatCitation(eId: string, context?: CitationContext): string {
  const ref = parseEId(eId);
  if (!ref) throw new Error(`不是有效的条款标识（eId）：${eId}`);
  if (context && ref.kind === 'paragraph' && ref.paragraph === 1 && paragraphCount(context, ref.article) === 1) {
    return articleLabel(ref.article);
  }
  switch (ref.kind) {
    case 'chapter':
      return `第${toChineseNumeral(ref.chapter)}章`;
    case 'article':
      return articleLabel(ref.article);
    case 'paragraph':
      return `${articleLabel(ref.article)}第${toChineseNumeral(ref.paragraph)}款`;
    case 'item':
      return `${articleLabel(ref.article)}第${itemLabel(ref.item)}项`;
  }
}

function paragraphCount(context: CitationContext, article: number): number | undefined {
  for (const chapter of context.chapters) {
    const found = chapter.articles.find((a) => a.num === article);
    if (found) return found.paragraphs.length;
  }
  return undefined;
}

/** 第八条 */
export function articleLabel(article: number): string {
  return `第${toChineseNumeral(article)}条`;
}

/** （三）, with full-width brackets as Chinese typography wants. */
export function itemLabel(item: number): string {
  return `（${toChineseNumeral(item)}）`;
}

/** 第三章 */
export function chapterLabel(chapter: number): string {
  return `第${toChineseNumeral(chapter)}章`;
}

const N = `(${NUMERAL_PATTERN})`;
const CITATION = new RegExp(
  `^(?:第${N}章|(?:本办法)?第${N}条(?:第${N}款|第[（(]${N}[）)]项)?)$`,
  'u',
);

/**
 * The eId a full citation names, or undefined. Accepts ASCII or full-width
 * brackets around an item number (the source uses ASCII ones) and a leading 本办法.
 */
export function parseCitation(citation: string): string | undefined {
  const m = CITATION.exec(citation.trim());
  if (!m) return undefined;
  const [, chapter, article, paragraph, item] = m;
  const num = (s: string | undefined) => (s === undefined ? undefined : fromChineseNumeral(s));
  if (chapter !== undefined) {
    const c = num(chapter);
    return c === undefined ? undefined : toEId({ kind: 'chapter', chapter: c });
  }
  const a = num(article);
  if (a === undefined) return undefined;
  if (paragraph !== undefined) {
    const p = num(paragraph);
    return p === undefined ? undefined : toEId({ kind: 'paragraph', article: a, paragraph: p });
  }
  if (item !== undefined) {
    const i = num(item);
    return i === undefined ? undefined : toEId({ kind: 'item', article: a, item: i });
  }
  return toEId({ kind: 'article', article: a });
}

/** The eId of the article a provision belongs to (art_17__item_3 → art_17). */
export function articleOf(eId: string): string | undefined {
  const ref = parseEId(eId);
  if (!ref || ref.kind === 'chapter') return undefined;
  return `art_${ref.article}`;
}

/**
 * The handbook page and anchor of a provision, relative to the handbook's base:
 * one page per article (articles/art_17/), the provision's eId as the anchor.
 */
export function handbookPath(eId: string): string {
  const ref = parseEId(eId);
  if (!ref) throw new Error(`不是有效的条款标识（eId）：${eId}`);
  if (ref.kind === 'chapter') return `chapters/${eId}/`;
  return `articles/art_${ref.article}/#${eId}`;
}
