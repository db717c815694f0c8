/**
 * What the renderer takes: a job is one document (one PDF), with the HTML the form's
 * template made from its view model and the facts for the PDF's metadata.
 */
import type { PageGeometry } from './geometry.ts';

export interface Provenance {
  /** model.version: the policy/ sources the quoted words came from. */
  regulationVersion: string;
  /** SHA-256 of the case data (canonical JSON), hex. */
  caseHash: string;
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
  provenance: Provenance;
}

export interface RenderJob {
  /** The template's output for one document: the inside of its <article class="doc">. */
  html: string;
  /** 'letter' documents are laid on the line grid and carry a 版记 at the foot of their last page. */
  layout: 'letter' | 'form';
  orientation: PageGeometry['orientation'];
  meta: DocumentMeta;
}

export interface RenderedDocument {
  job: RenderJob;
  pdf: Uint8Array;
  pages: number;
}
