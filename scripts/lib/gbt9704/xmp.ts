/**
 * The PDF's XMP metadata (ISO 16684-1), beside its Info dictionary and saying the same: what
 * archives and document systems read. Dublin Core for the title, the issuer, the articles and
 * the 成文日期; xmp: and pdf: for the dates and tools; and this project's own schema for what
 * identifies the document and where it came from: form, 发文字号, case id, the regulation's
 * version, the case data's hash, the eIds. No conformance level (pdfaid, pdfuaid) is declared:
 * none has been checked by a validator (docs/forms.md).
 */
import type { DocumentMeta } from './types.ts';

/** This project's XMP namespace: the provenance of a document (no address to resolve). */
const WQ_NS = 'urn:nm-police-authority-measures:xmp:1.0/';

/** XML text: the five entities escaped, characters XML cannot hold dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li><rdf:li xml:lang="zh-CN">${xml(value)}</rdf:li></rdf:Alt>`;
const seq = (values: readonly string[]) => `<rdf:Seq>${values.map((v) => `<rdf:li>${xml(v)}</rdf:li>`).join('')}</rdf:Seq>`;
const bag = (values: readonly string[]) => `<rdf:Bag>${values.map((v) => `<rdf:li>${xml(v)}</rdf:li>`).join('')}</rdf:Bag>`;

/** ISO 8601 to the second, UTC, as the Info dictionary's dates are written. */
const isoDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function xmpPacket(meta: DocumentMeta, tools: { creator: string; producer: string }): string {
  const keywords = [meta.form, ...meta.provenance.articles];
  const wq = [
    ['form', meta.form],
    ...(meta.number ? [['documentNumber', meta.number]] : []),
    ['caseId', meta.caseId],
    ...(meta.unit ? [['unit', meta.unit]] : []),
    ...(meta.date ? [['documentDate', meta.date]] : []),
    ...(meta.deadlines && meta.deadlines.length > 0 ? [['deadlines', meta.deadlines.join(' ')]] : []),
    ['regulationVersion', meta.provenance.regulationVersion],
    ...(meta.provenance.caseHash ? [['caseSha256', meta.provenance.caseHash]] : []),
    ['articles', meta.provenance.articles.join(' ')],
  ]
    .map(([k, v]) => `<wq:${k}>${xml(v!)}</wq:${k}>`)
    .join('');
  const body = [
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ` xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:wq="${WQ_NS}">`,
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator>${seq([meta.author])}</dc:creator>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    `<dc:subject>${bag(keywords)}</dc:subject>`,
    `<dc:language>${bag(['zh-CN'])}</dc:language>`,
    ...(meta.date ? [`<dc:date>${seq([meta.date])}</dc:date>`] : []),
    `<xmp:CreateDate>${isoDate(meta.created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${isoDate(meta.created)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${isoDate(meta.created)}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(tools.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${xml(tools.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xml(keywords.join(' '))}</pdf:Keywords>`,
    wq,
    '</rdf:Description>',
  ].join('');
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${body}</rdf:RDF></x:xmpmeta>\n` +
    // Room for an editor to change the packet in place, as the XMP specification recommends.
    `${' '.repeat(99)}\n`.repeat(20) +
    '<?xpacket end="w"?>'
  );
}
