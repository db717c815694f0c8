/**
 * One document of the model as a DOCX, for clerks who finish a document in Word or WPS (the
 * 发文字号 serial, the date, a correction) before they sign and seal it. It reads exactly the
 * blocks the PDF's templates read, so the two say the same words; it is built, not converted
 * from HTML. The provenance the PDF carries (regulation version, eIds, case-data hash, the unit
 * whose case it is) is kept in the document properties; a draft prints its trace line where the
 * PDF's draft does, in the bottom margin.
 */
import { Document, Packer, type FileChild } from 'docx';
import { GRID } from '../geometry.ts';
import type { DocumentModel } from '../model/types.ts';
import { bannerParagraphs } from './banner.ts';
import { blockParagraphs, type Flow } from './blocks.ts';
import { fontTableXml, runFont } from './fonts.ts';
import { sectionProperties } from './page.ts';
import { formMeta, table, tableCaption } from './table.ts';
import { halfPoints } from './units.ts';

export interface DocxMeta {
  /** The articles in words (第二十九条第（五）项), as the PDF's subject. */
  subject: string;
  /** The trace line a draft prints in its bottom margin (forms/registry.ts); none on a document to issue. */
  trace?: string;
  /** Who made it (the core properties' creator); the issuer when not given. */
  creator?: string;
}

function body(doc: DocumentModel): FileChild[] {
  const flow: Flow = { layout: doc.layout, orientation: doc.orientation };
  const out: FileChild[] = [];
  let previous: DocumentModel['blocks'][number] | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'banner') out.push(...bannerParagraphs(block));
    else if (block.kind === 'table') out.push(...tableCaption(block, flow), table(block, doc.orientation));
    else if (block.kind === 'form-meta') out.push(...formMeta(block, doc.orientation));
    else out.push(...blockParagraphs(block, previous, flow));
    previous = block;
  }
  return out;
}

function docxDocument(doc: DocumentModel, meta: DocxMeta): Document {
  const p = doc.provenance;
  return new Document({
    title: doc.title,
    subject: meta.subject,
    creator: meta.creator ?? doc.author,
    keywords: [doc.formId, ...p.articles].join(' '),
    customProperties: [
      { name: 'WqForm', value: doc.formId },
      { name: 'WqRegulationVersion', value: p.regulationVersion },
      ...(p.caseHash ? [{ name: 'WqCaseSha256', value: p.caseHash }] : []),
      ...(doc.unit ? [{ name: 'WqUnit', value: doc.unit }] : []),
      { name: 'WqArticles', value: p.articles.join(' ') },
    ],
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { ...runFont('fang'), size: halfPoints(GRID.bodySize), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [{ ...sectionProperties(doc.orientation, doc.layout === 'letter', meta.trace), children: body(doc) }],
  });
}

export async function renderDocx(doc: DocumentModel, meta: DocxMeta): Promise<Uint8Array> {
  // docx writes an empty font table: ours names each face's alternates and class.
  // As bytes, not a Node Buffer: the handbook's case workbench makes the same DOCX in the browser.
  return Packer.pack(docxDocument(doc, meta), 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
