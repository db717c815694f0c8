/**
 * One printToPDF call costs ≈130 ms however small the page, while each further page in
 * the same call costs ≈20 ms, so many documents are printed together and the result is
 * cut into one PDF per document here.
 *
 * Where each document starts is read from the PDF's outline, which Chromium builds from
 * the headings: every document has exactly one <h1> (its title) on its first page, and
 * nothing else is an <h1>. The count is checked, so a template that broke the rule would
 * stop the batch rather than cut it in the wrong place.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** Start page (0-based) of each top-level outline entry, in order. */
function outlineStarts(doc: PDFDocument): number[] {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return [];
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const starts: number[] = [];
  let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict);
  const seen = new Set<PDFDict>();
  while (item && !seen.has(item)) {
    seen.add(item);
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const target = dest?.get(0);
    const index = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (index === undefined) throw new Error('PDF 目录项没有指向页面');
    starts.push(index);
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return starts;
}

/** Page ranges [first, last] of each document in a batch print. */
export function documentRanges(doc: PDFDocument, expected: number): [number, number][] {
  const starts = outlineStarts(doc);
  const total = doc.getPageCount();
  if (starts.length !== expected || starts[0] !== 0 || starts.some((s, i) => i > 0 && s <= starts[i - 1]!)) {
    throw new Error(`批量打印的分页无法识别：应有 ${expected} 份公文，PDF 目录中有 ${starts.length} 项`);
  }
  return starts.map((s, i) => [s, (i + 1 < starts.length ? starts[i + 1]! : total) - 1]);
}

/** A new PDF with the given pages of the batch (fonts and other resources copied along). */
export async function extractPages(source: PDFDocument, first: number, last: number): Promise<PDFDocument> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const indices = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const pages = await out.copyPages(source, indices);
  for (const page of pages) out.addPage(page);
  return out;
}
