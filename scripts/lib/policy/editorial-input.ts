/**
 * What every reader of an editors' file (policy/editorial/) is given: the parsed YAML, a way to
 * locate a value in the file for its message, and the text the file must agree with (the
 * chapters and the closed lists). Shared by the readers; no reader imports another.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { VFile } from 'vfile';
import type { Point } from 'unist';
import { report } from './diagnostics.ts';
import type { Article, Chapter, Enumeration } from './model.ts';

/** The text an editors' file is checked against. */
export interface EditorialContext {
  enumerations: Record<string, Enumeration>;
  chapters: Chapter[];
}

export interface EditorialInput {
  file: VFile;
  data: unknown;
  context: EditorialContext;
  /** Records an error at the value under `path` (["entries", 3, "words"]), or at the file's start. */
  fail(reason: string, path?: readonly (string | number)[]): void;
}

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const isWords = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && w.trim() !== '');
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Parses the file; undefined (with the message recorded) when it is not YAML. */
export function editorialInput(file: VFile, context: EditorialContext): EditorialInput | undefined {
  const lines = new LineCounter();
  const doc: Document = parseDocument(String(file.value), { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    const at = lines.linePos(error.pos[0]);
    report(file, `不是有效的 YAML：${error.message.split('\n')[0]}`, { line: at.line, column: at.col }, 'frontmatter');
    return undefined;
  }
  const fail = (reason: string, path: readonly (string | number)[] = []) => {
    report(file, reason, placeOf(doc, lines, path), 'frontmatter');
  };
  return { file, data: doc.toJS(), context, fail };
}

/** The line and column of the deepest node on the path that exists (a missing key points at its parent). */
function placeOf(doc: Document, lines: LineCounter, path: readonly (string | number)[]): Point | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
    if (offset !== undefined) {
      const at = lines.linePos(offset);
      return { line: at.line, column: at.col };
    }
  }
  return undefined;
}

/** Every provision of the text by eId (articles, paragraphs, items), with its words and article. */
export function provisionIndex(chapters: Chapter[]): Map<string, { article: Article; text: string; kind: 'article' | 'paragraph' | 'item' }> {
  const index = new Map<string, { article: Article; text: string; kind: 'article' | 'paragraph' | 'item' }>();
  for (const article of chapters.flatMap((c) => c.articles)) {
    const paragraphText = (p: Article['paragraphs'][number]) => p.text + p.items.map((i) => `${i.label}${i.text}`).join('');
    index.set(article.eId, { article, kind: 'article', text: (article.heading ?? '') + article.paragraphs.map(paragraphText).join('') });
    for (const paragraph of article.paragraphs) {
      index.set(paragraph.eId, { article, kind: 'paragraph', text: paragraphText(paragraph) });
      for (const item of paragraph.items) index.set(item.eId, { article, kind: 'item', text: item.text });
    }
  }
  return index;
}
