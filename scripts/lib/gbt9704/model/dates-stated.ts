/**
 * The dates a document states, read back from its blocks: the check that it states none later
 * than its own date (a builder's slip is caught here, before anything is printed).
 */
import { plain } from './text.ts';
import type { Block, DocumentModel, Text } from './types.ts';

function texts(block: Block): Text[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
    case 'addressee':
    case 'note':
      return [block.text];
    case 'attachments':
      return block.items;
    case 'form-meta':
      return block.items;
    case 'table':
      return [...(block.header ?? []), ...block.rows].flatMap((r) => r.cells.flatMap((c) => c.lines));
    case 'banji':
      return block.cc ? [block.cc] : [];
    default:
      return [];
  }
}

const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/gu;

/** Dates stated in the document (ISO) that are later than its own date, but for the deadlines it sets. */
export function datesAfterOwn(doc: DocumentModel): string[] {
  if (!doc.date) return [];
  const own = doc.date;
  const set = new Set(doc.deadlines ?? []);
  return doc.blocks
    .flatMap(texts)
    .flatMap((t) => [...plain(t).matchAll(DATE)])
    .map((m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`)
    .filter((d) => d > own && !set.has(d));
}
