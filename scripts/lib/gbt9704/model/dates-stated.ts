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

/**
 * The dates a text names, as ISO dates: 2026年8月9日 and 2026-08-09 always; a bare 8月9日 only
 * when `year` says which year it is in (a clerk's account of an incident in that year).
 */
export function datesIn(text: string, year?: number): string[] {
  const pad = (n: string) => n.padStart(2, '0');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日|(\d{4})-(\d{2})-(\d{2})/gu)) {
    if (m[4]) out.push(`${m[4]}-${m[5]}-${m[6]}`);
    else if (m[1] || year !== undefined) out.push(`${m[1] ?? year}-${pad(m[2]!)}-${pad(m[3]!)}`);
  }
  return out;
}

/** Dates stated in the document (ISO) that are later than its own date, but for the deadlines it sets. */
export function datesAfterOwn(doc: DocumentModel): string[] {
  if (!doc.date) return [];
  const own = doc.date;
  const set = new Set(doc.deadlines ?? []);
  return doc.blocks
    .flatMap(texts)
    .flatMap((t) => datesIn(plain(t)))
    .filter((d) => d > own && !set.has(d));
}
