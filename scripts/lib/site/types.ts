/**
 * The handbook's page data: what the Astro pages in site/ render. Computed from the
 * provision model and the published data of the other faces by buildHandbookData(),
 * written to site/.generated/handbook.json, read by the pages. Every href here is
 * relative to the handbook's base ("articles/art_17/#art_17__item_3"); the pages add
 * the base, so one data file serves any base path.
 */
import type { NoticeMeta, ReferenceKind } from '../policy/model.ts';

export const HANDBOOK_DATA_VERSION = 1;

/** A provision's text cut into runs: plain words, or words that link somewhere. */
export interface Segment {
  text: string;
  link?: SegmentLink;
  /** The defining occurrence of a term (近亲属 in Art. 32): rendered as <dfn>. */
  defines?: string;
}

export interface SegmentLink {
  kind: ReferenceKind;
  href: string;
  /** For a term: its id for the pop-up (unique on the page) and the definition it shows. */
  tip?: { id: string; term: string; fullName?: string; definition: string; citation: string };
  /** A short description for the link's title (law title, citation of the target). */
  title: string;
}

export interface LinkTo {
  /** 第十七条第（三）项, 《中华人民共和国人民警察法》, the rule's code… */
  label: string;
  href: string;
}

interface ItemView {
  eId: string;
  label: string;
  citation: string;
  segments: Segment[];
}

interface ParagraphView {
  eId: string;
  num: number;
  citation: string;
  segments: Segment[];
  items: ItemView[];
}

export interface ReferencedBy {
  /** The provision whose text makes the reference. */
  source: LinkTo;
  /** What it refers to here: a term's definition or the provision itself. */
  via: string;
}

export interface Implementations {
  rules: RuleView[];
  fields: FieldView[];
  forms: FormView[];
  tests: TestView[];
}

export interface ArticleView {
  eId: string;
  num: number;
  label: string;
  heading?: string;
  href: string;
  chapter: { eId: string; label: string; heading: string; href: string };
  source: { file: string; line: number };
  paragraphs: ParagraphView[];
  /** Terms this article defines. */
  defines: { term: string; eId: string; href: string }[];
  /** Outgoing references: terms used, laws and documents cited, provisions named. */
  references: { kind: ReferenceKind; label: string; href: string; from: string }[];
  referencedBy: ReferencedBy[];
  implementedBy: Implementations;
  prev?: LinkTo;
  next?: LinkTo;
}

export interface ChapterView {
  eId: string;
  num: number;
  label: string;
  heading: string;
  headingSupplied: boolean;
  href: string;
  /** 第八条至第十七条 */
  range: string;
  articles: string[];
}

export interface TermView {
  term: string;
  fullName?: string;
  definedIn: LinkTo;
  definition: string;
  /** Where the term is used, grouped by provision. */
  uses: LinkTo[];
  /** Closed lists written in the defining provision (近亲属: 夫、妻…). */
  members?: string[];
}

export interface WorkView {
  id: string;
  title: string;
  kind: string;
  kindLabel: string;
  issuer?: string;
  note?: string;
  citedBy: LinkTo[];
  /** Forms that produce this document, when the forms face publishes one. */
  forms: LinkTo[];
}

export interface RuleView {
  code: string;
  severity: 'error' | 'finding';
  title: string;
  articles: LinkTo[];
  tests: string[];
}

export interface FieldView {
  path: string;
  /** The field's id on the schema page. */
  anchor: string;
  pointer: string;
  title: string;
  description: string;
  articles: LinkTo[];
}

export interface FormView {
  id: string;
  title: string;
  description: string;
  usage: string;
  href: string;
  articles: LinkTo[];
  /** Paths of the sample files inside the handbook (copied from dist/), if they exist. */
  samplePdf?: { href: string; bytes: number };
  samplePng?: { href: string };
}

export interface TestView {
  file: string;
  /** Test titles that name one of the article's provisions (none for a file listed for a rule). */
  titles: string[];
}

/** Whether another face has published its data yet. */
export type PublishedState =
  | { state: 'published'; file: string; count: number }
  | { state: 'missing'; file: string }
  | { state: 'invalid'; file: string; errors: string[] };

export interface CoverageRow {
  article: LinkTo;
  chapter: string;
  rules: LinkTo[];
  fields: LinkTo[];
  forms: LinkTo[];
  /** Test files, relative to the project root. */
  tests: string[];
}

export interface HandbookData {
  dataVersion: typeof HANDBOOK_DATA_VERSION;
  /** The provision model's content hash: the pages say which text they show. */
  modelVersion: string;
  meta: NoticeMeta;
  notice: { addressees: string; paragraphs: string[] };
  closing: { eId: string; text: string };
  chapters: ChapterView[];
  articles: ArticleView[];
  terms: TermView[];
  laws: WorkView[];
  documents: WorkView[];
  rules: RuleView[];
  fields: FieldView[];
  forms: FormView[];
  schemaPath?: string;
  coverage: CoverageRow[];
  published: { rules: PublishedState; fields: PublishedState; forms: PublishedState };
  /** Published entries that cite a provision the model does not have. */
  problems: string[];
  /** Sample files the build must copy from dist/ into the site (paths relative to dist/). */
  assets: string[];
}
