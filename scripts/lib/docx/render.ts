/**
 * One document of the model as a DOCX, for clerks who finish a document in Word or WPS (the
 * 发文字号 serial, the date, a correction) before they sign and seal it. It reads exactly the
 * blocks the PDF's templates read, so the two say the same words; it is built, not converted
 * from HTML. The provenance the PDF carries (regulation version, eIds, case-data hash) is
 * printed the same way and kept in the document properties.
 */
import { Document, Packer, type FileChild, type Paragraph } from 'docx';
import { paragraph } from './paragraph.ts';
import { traceView } from '../forms/provenance.ts';
import type { DocumentModel } from '../forms/model/types.ts';
import { bannerParagraphs } from './banner.ts';
import { blockParagraphs, spacing, type Flow } from './blocks.ts';
import { runFont } from './fonts.ts';
import { sectionProperties } from './page.ts';
import { runs } from './runs.ts';
import { formMeta, table } from './table.ts';
import { halfPoints } from './units.ts';
import { GRID } from '../forms/geometry.ts';

export interface DocxMeta {
  /** The articles in words (第二十九条第（五）项), as the PDF's subject. */
  subject: string;
  /** Who made it (the core properties' creator). */
  creator?: string;
}

/** The trace line the PDF prints (templates/partials/trace.hbs), in 小五 before the 版记. */
function traceParagraph(doc: DocumentModel, flow: Flow): Paragraph {
  const t = traceView(doc.provenance);
  return paragraph(
    {
      spacing: {
        ...spacing(flow),
        line: Math.round(flow.layout === 'letter' ? spacing(flow)!.line! / 2 : 240 * 1.4),
        lineRule: 'exact',
        before: 0,
      },
      children: runs(
        [
          {
            t: `溯源：条文版本 ${t.version}；案件数据 SHA-256 ${t.caseHash}；依据 ${t.articles}`,
          },
        ],
        { role: 'fang', sizePt: 9 },
      ),
    },
    { offGrid: true },
  );
}

function body(doc: DocumentModel): FileChild[] {
  const flow: Flow = { layout: doc.layout, orientation: doc.orientation };
  const out: FileChild[] = [];
  let previous: DocumentModel['blocks'][number] | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'banji') out.push(traceParagraph(doc, flow));
    if (block.kind === 'banner') out.push(...bannerParagraphs(block));
    else if (block.kind === 'table') out.push(table(block, doc.orientation));
    else if (block.kind === 'form-meta') out.push(formMeta(block, doc.orientation));
    else out.push(...blockParagraphs(block, previous, flow));
    previous = block;
  }
  if (!doc.blocks.some((b) => b.kind === 'banji')) out.push(traceParagraph(doc, flow));
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
      { name: 'WqCaseSha256', value: p.caseHash },
      { name: 'WqArticles', value: p.articles.join(' ') },
    ],
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            ...runFont('fang'),
            size: halfPoints(GRID.bodySize),
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        ...sectionProperties(doc.orientation, doc.layout === 'letter'),
        children: body(doc),
      },
    ],
  });
}

export async function renderDocx(doc: DocumentModel, meta: DocxMeta): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(docxDocument(doc, meta)));
}
