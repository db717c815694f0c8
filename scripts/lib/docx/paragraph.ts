/**
 * Paragraphs as the documents need them. docx writes no w:snapToGrid for a paragraph, and
 * LibreOffice snaps every line to the section's line grid (a 22 pt 发文机关标志 line, a 14 pt
 * 版记 line or a table row then takes a whole 29 pt grid line and the page runs long; Word
 * does not snap exact line spacing). A paragraph set off the grid says so, where CT_PPr puts
 * it: just before w:spacing (after w:autoSpaceDE and w:autoSpaceDN, which go there too). Widows
 * and orphans are kept to two lines or more, as in the PDF.
 */
import { OnOffElement, Paragraph, type IParagraphOptions } from 'docx';

interface Properties {
  root: { rootKey?: string }[];
}

export function paragraph(options: IParagraphOptions, placement: { offGrid?: boolean } = {}): Paragraph {
  const p = new Paragraph({ widowControl: true, ...options });
  if (placement.offGrid) {
    const properties = (p as unknown as { properties: Properties }).properties;
    const at = properties.root.findIndex((e) => e.rootKey === 'w:spacing');
    properties.root.splice(
      at === -1 ? properties.root.length : at,
      0,
      new OnOffElement('w:snapToGrid', false) as unknown as {
        rootKey?: string;
      },
    );
  }
  return p;
}
