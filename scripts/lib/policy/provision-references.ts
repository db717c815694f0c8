/**
 * Explicit references between provisions, in every form Chinese regulations use:
 *
 *   第十条  本办法第十条  第二十六条第二款  第十七条第（三）项  第二十一条至第二十四条
 *   本条  本条第二款  前款  前款第（二）项  第二款  第（三）项
 *
 * Numbers may be Chinese numerals or Arabic digits; item brackets full-width or ASCII.
 * Relative forms (本条, 前款, 第二款 alone) resolve against the provision they stand in.
 */
import { fromChineseNumeral, NUMERAL_PATTERN } from '../citations/index.ts';

/** Where the reference stands: the article and paragraph of the citing provision. */
export interface ReferenceContext {
  article: number;
  paragraph: number;
}

export interface FoundReference {
  text: string;
  start: number;
  end: number;
  /** Target eId, or undefined when a relative form cannot resolve (前款 in a first paragraph). */
  target: string | undefined;
  targetEnd?: string;
}

const N = `(${NUMERAL_PATTERN}|\\d{1,2})`;
const ITEM = `第[（(]${N}[）)]项`;

interface Form {
  pattern: RegExp;
  resolve(m: RegExpExecArray, at: ReferenceContext): { target: string | undefined; targetEnd?: string };
}

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || s === '') return undefined;
  const n = /^\d+$/.test(s) ? Number.parseInt(s, 10) : fromChineseNumeral(s);
  return n !== undefined && n >= 1 ? n : undefined;
};

function provision(article: number | undefined, paragraph?: number, item?: number): string | undefined {
  if (article === undefined) return undefined;
  if (item !== undefined) return `art_${article}__item_${item}`;
  if (paragraph !== undefined) return `art_${article}__para_${paragraph}`;
  return `art_${article}`;
}

/** Longest forms first: at one position the longest match wins. */
const FORMS: Form[] = [
  {
    pattern: new RegExp(`(?:本办法)?第${N}条至第${N}条`, 'gu'),
    resolve: (m) => ({ target: provision(num(m[1])), targetEnd: provision(num(m[2])) }),
  },
  {
    pattern: new RegExp(`(?:本办法)?第${N}条(?:第${N}款)?(?:${ITEM})?`, 'gu'),
    resolve: (m) => {
      const article = num(m[1]);
      const item = num(m[3]);
      return { target: provision(article, item === undefined ? num(m[2]) : undefined, item) };
    },
  },
  {
    pattern: new RegExp(`本条(?:第${N}款)?(?:${ITEM})?`, 'gu'),
    resolve: (m, at) => {
      const item = num(m[2]);
      return { target: provision(at.article, item === undefined ? num(m[1]) : undefined, item) };
    },
  },
  {
    pattern: new RegExp(`前款(?:${ITEM})?`, 'gu'),
    resolve: (m, at) => {
      if (at.paragraph < 2) return { target: undefined };
      const item = num(m[1]);
      return { target: provision(at.article, item === undefined ? at.paragraph - 1 : undefined, item) };
    },
  },
  {
    pattern: new RegExp(`第${N}款(?:${ITEM})?`, 'gu'),
    resolve: (m, at) => {
      const item = num(m[2]);
      return { target: provision(at.article, item === undefined ? num(m[1]) : undefined, item) };
    },
  },
  {
    pattern: new RegExp(ITEM, 'gu'),
    resolve: (m, at) => ({ target: provision(at.article, undefined, num(m[1])) }),
  },
];

/** Every explicit reference in a provision's text, in order, without overlaps. */
export function findProvisionReferences(text: string, at: ReferenceContext): FoundReference[] {
  const candidates: FoundReference[] = [];
  for (const form of FORMS) {
    for (const m of text.matchAll(form.pattern)) {
      const start = m.index;
      candidates.push({ text: m[0], start, end: start + m[0].length, ...form.resolve(m as RegExpExecArray, at) });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: FoundReference[] = [];
  for (const c of candidates) {
    if (found.length > 0 && c.start < found.at(-1)!.end) continue;
    found.push(c);
  }
  return found;
}
