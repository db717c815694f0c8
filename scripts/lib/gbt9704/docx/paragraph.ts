/**
 * Paragraphs as the documents need them. docx writes no w:snapToGrid for a paragraph, and
 * LibreOffice snaps every line to the section's line grid (a 22 pt 发文机关标志 line, a 14 pt
 * 版记 line or a table row then takes a whole 29 pt grid line and the page runs long; Word
 * does not snap exact line spacing). A paragraph set off the grid says so, where CT_PPr puts
 * it: just before w:spacing. Every paragraph also turns off w:autoSpaceDE and w:autoSpaceDN (just
 * before that): Word, WPS and LibreOffice otherwise add a space between Chinese and digits or
 * Latin letters ("2026 年 3 月"), which the PDF does not, and lines and pages run longer.
 * (docx's autoSpaceEastAsianText writes w:autoSpaceDN only.) Widows and orphans are kept to two
 * lines or more, as in the PDF.
 */
import { OnOffElement, Paragraph, type IParagraphOptions } from 'docx';

interface Properties {
  root: { rootKey?: string }[];
}

/** What CT_PPr puts after w:autoSpaceDN, in its order. */
const AFTER_AUTOSPACE = ['w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment', 'w:outlineLvl', 'w:rPr'];

export function paragraph(options: IParagraphOptions, placement: { offGrid?: boolean } = {}): Paragraph {
  const p = new Paragraph({ widowControl: true, ...options });
  const properties = (p as unknown as { properties: Properties }).properties;
  const insert = (before: readonly string[], ...elements: OnOffElement[]) => {
    const at = properties.root.findIndex((e) => before.includes(e.rootKey ?? ''));
    properties.root.splice(at === -1 ? properties.root.length : at, 0, ...(elements as unknown as { rootKey?: string }[]));
  };
  if (placement.offGrid) insert(['w:spacing', ...AFTER_AUTOSPACE.slice(AFTER_AUTOSPACE.indexOf('w:spacing') + 1)], new OnOffElement('w:snapToGrid', false));
  insert(AFTER_AUTOSPACE, new OnOffElement('w:autoSpaceDE', false), new OnOffElement('w:autoSpaceDN', false));
  return p;
}
