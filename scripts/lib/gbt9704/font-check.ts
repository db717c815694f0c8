/**
 * Which fonts a finished PDF embeds that are not TrueType outlines: Chromium embeds a face it
 * cannot subset as TrueType (a CFF or bitmap face the system lent it) as a Type 3 font, which
 * prints poorly and does not search. Every face this tool ships is TrueType, so a Type 3 font
 * means a character fell to a system face: the clerk is told.
 */
import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

export function nonTrueTypeFonts(doc: PDFDocument): string[] {
  const found = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = object.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Type3') || subtype === PDFName.of('Type1') || subtype === PDFName.of('CIDFontType0')) {
      const name = object.get(PDFName.of('BaseFont')) ?? object.get(PDFName.of('Name'));
      found.add(`${subtype.toString().slice(1)} ${name?.toString().slice(1) ?? ''}`.trim());
    }
  }
  return [...found];
}
