/**
 * PDF metadata. Chromium's printToPDF sets only a title (the page's) and dates, so the
 * document information and the language are written with pdf-lib: title, author (the
 * issuer), subject (the articles), keywords (eIds), creation date, /Lang zh-CN, and
 * custom entries with the regulation version and the case-data hash for tracing; and the
 * same again, with the 发文字号 and case id, as an XMP metadata stream (xmp.ts).
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { DocumentMeta } from './types.ts';
import { xmpPacket } from './xmp.ts';

const CREATOR = 'wq-forms（维护民警执法权威公文生成）';

export function applyMetadata(doc: PDFDocument, meta: DocumentMeta, producer: string): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([meta.form, ...meta.provenance.articles]);
  doc.setCreator(CREATOR);
  doc.setProducer(producer);
  doc.setCreationDate(meta.created);
  doc.setModificationDate(meta.created);
  doc.setLanguage('zh-CN');
  // The Info dictionary the setters above created (pdf-lib keeps its getter private).
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const custom: Record<string, string> = {
    WqForm: meta.form,
    WqRegulationVersion: meta.provenance.regulationVersion,
    ...(meta.provenance.caseHash ? { WqCaseSha256: meta.provenance.caseHash } : {}),
    WqArticles: meta.provenance.articles.join(' '),
    ...(meta.date ? { WqDocumentDate: meta.date } : {}),
    ...(meta.unit ? { WqUnit: meta.unit } : {}),
    ...(meta.deadlines && meta.deadlines.length > 0 ? { WqDeadlines: meta.deadlines.join(' ') } : {}),
  };
  // A literal string holds bytes, not text: a unit's Chinese name goes as UTF-16 (a hex string),
  // as pdf-lib's own setters write the title, or it reads back as mojibake and the issued-document
  // guard (documents/issued.ts) no longer knows its own unit's file.
  const ascii = (v: string) => /^[\x20-\x7e]*$/u.test(v);
  for (const [key, value] of Object.entries(custom)) info.set(PDFName.of(key), ascii(value) ? PDFString.of(value) : PDFHexString.fromText(value));
  // XMP, uncompressed (as archives expect a metadata stream to be readable as it is).
  const xmp = doc.context.stream(new TextEncoder().encode(xmpPacket(meta, { creator: CREATOR, producer })), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
}
