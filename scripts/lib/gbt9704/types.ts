/**
 * What the renderer takes: a job is one document (one PDF), with the HTML the form's
 * template made from its view model and the facts for the PDF's metadata.
 */
import type { PageGeometry } from './geometry.ts';

export interface Provenance {
  /** model.version: the policy/ sources the quoted words came from. */
  regulationVersion: string;
  /** SHA-256 of the case data (canonical JSON), hex; none for a blank form, which rests on no case. */
  caseHash?: string;
  /** eIds the document rests on. */
  articles: string[];
}

export interface DocumentMeta {
  /** Form id, e.g. name-clearing-notice. */
  form: string;
  /** PDF title, e.g. 正名通知书. */
  title: string;
  /** The issuer (PDF author). */
  author: string;
  /** Citations in Chinese, e.g. 第二十九条第（五）项 (PDF subject). */
  subject: string;
  /** When the PDF was made. */
  created: Date;
  /** The document's own date (成文日期, ISO), when it has one: nothing in it is dated later. */
  date?: string;
  /** 发文字号 as printed, a blank the clerk fills shown as full-width spaces (呼公维字〔2026〕　　号), when the document has one. */
  number?: string;
  /** The case id(s) the document was made from. */
  caseId: string;
  /** The organ whose case it is, when the document is one case's. */
  unit?: string;
  /** Dates after its own the document states on purpose (a notice's deadline), ISO. */
  deadlines?: string[];
  provenance: Provenance;
}

export interface RenderJob {
  /** The template's output for one document: the inside of its <article class="doc">. */
  html: string;
  /** 'letter' documents are laid on the line grid and carry a 版记 at the foot of their last page. */
  layout: 'letter' | 'form';
  orientation: PageGeometry['orientation'];
  /** 'letter': the 信函格式 (GB/T 9704 §10.1): double rules drawn on the first page, which has no page number. */
  format: 'file' | 'letter' | 'form';
  /** 信函格式: the top double rule's top, mm from the top of the sheet. */
  doubleRuleTop?: number;
  /** The provenance line printed in the bottom margin of a draft; a document to issue has none (it is no 公文 element). */
  trace?: string;
  meta: DocumentMeta;
}

export interface RenderedDocument {
  job: RenderJob;
  pdf: Uint8Array;
  pages: number;
  /** Notes for the clerk about the printed document (a face that is no TrueType …). */
  warnings: string[];
}

/** A document the renderer could not lay out: only it is lost, the batch prints. */
export interface LayoutProblem {
  job: RenderJob;
  message: string;
  /** The case or unit field whose text could not be laid out, when known. */
  field?: string;
  /** The text that could not be laid out, when the layout knows it. */
  text?: string;
}
