/**
 * The handbook's page data: what the Astro pages in site/ render. Computed from the
 * provision model and the published data of the other faces by buildHandbookData(),
 * written to site/.generated/handbook.json, read by the pages. Every href here is
 * relative to the handbook's base ("articles/art_17/#art_17__item_3"); the pages add
 * the base, so one data file serves any base path.
 */
import type { NoticeMeta, ReferenceKind } from '../policy/model.ts';

export const HANDBOOK_DATA_VERSION = 2;

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
  /** 第十七条第（三）项, 《中华人民共和国人民警察法》, a rule's title… */
  label: string;
  href: string;
  /** The 条旨 of the article a provision link points into, shown after the label as the editors'. */
  caption?: string;
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
  /** The editors' 条旨 (维护范围), when policy/editorial/captions.yaml gives one. */
  caption?: string;
  /** The label with its caption, as headings, navigation and search results show it: 第八条　维护范围. */
  title: string;
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
  /** The words officers use for this article's provisions (the editors' thesaurus), by provision. */
  everyday: { eId: string; citation: string; words: string[] }[];
  /** The situation guides that cite this article. */
  guides: LinkTo[];
  /** Short enough to print whole, never split across two pages. */
  printWhole: boolean;
  prev?: LinkTo;
  next?: LinkTo;
}

/** A provision quoted in a guide, cut into runs like the article pages (its term pop-ups get ids of their own). */
export interface QuoteView {
  eId: string;
  citation: string;
  caption?: string;
  href: string;
  blocks: { label?: string; segments: Segment[] }[];
}

/** One statement of a guide: the editors' words, the provisions it cites, the provisions it quotes. */
export interface GuidePointView {
  text: string;
  cites: LinkTo[];
  quotes: QuoteView[];
}

/** A duty of the Measures as the validator publishes it (dist/published/duties.json). */
export interface DutyView {
  code: string;
  kind: 'case' | 'unit';
  holder: string;
  title: string;
  timing?: string;
  field?: string;
  tests: string[];
  articles: LinkTo[];
}

export interface GuideView {
  id: string;
  title: string;
  summary: string;
  href: string;
  words: string[];
  sections: { id: string; heading: string; points: GuidePointView[] }[];
  /** What the office must do: the published duties of the provisions the guide names. */
  duties: { provisions: LinkTo[]; list: DutyView[]; notes: GuidePointView[] };
  /** The documents that result: the published forms the guide names. */
  documents: { forms: { id: string; title: string; href: string; description: string }[]; notes: GuidePointView[] };
  notes: GuidePointView[];
  /** Every article the guide cites (for the article pages' related guides). */
  articles: string[];
  /** The provisions its 这种情形 cites: the situation it is about. */
  situation: string[];
}

/** How the coverage page accounts for one obligation clause of the text. */
export interface ObligationRow {
  provision: LinkTo;
  /** case: a case duty the validator tracks; unit: a standing duty of the organ; rule: checked by a rule; untracked: not tracked, with the reason; none: nothing says. */
  status: 'case' | 'unit' | 'rule' | 'untracked' | 'none';
  duties: DutyView[];
  rules: LinkTo[];
  reason?: string;
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
  /** The blank form to print and fill by hand, and its preview, when the forms renderer publishes them. */
  blankPdf?: { href: string; bytes: number };
  blankPng?: { href: string };
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
  /** The row's id on the coverage page, which the article's page links to. */
  anchor: string;
  /** Where the article is written in policy/. */
  source: { file: string; line: number };
  chapter: string;
  /** Each rule by its Chinese title, linked to its entry (the code is on the entry). */
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
  /** The duties (dist/published/duties.json) and how every obligation clause of the text is accounted for. */
  duties: { list: DutyView[]; untracked: { articles: LinkTo[]; reason: string }[]; obligations: ObligationRow[] };
  guides: GuideView[];
  /** What the search in the browser knows besides Pagefind's index (site/src/search/). */
  search: SearchVocabulary;
  published: { rules: PublishedState; fields: PublishedState; forms: PublishedState; duties: PublishedState };
  /** Published entries that cite a provision the model does not have. */
  problems: string[];
  /** Sample files the build must copy from dist/ into the site (paths relative to dist/). */
  assets: string[];
}

/**
 * What the handbook's search knows besides Pagefind's index, written beside it
 * (pagefind/handbook-words.json): each article's provisions, with their text from the model and
 * the officers' words from the editors' thesaurus, so a result can be ranked by the words it
 * holds, land on the provision that holds them and show that provision; and the guides, offered
 * for the words of their situation.
 */
export interface SearchVocabulary {
  modelVersion: string;
  articles: {
    eId: string;
    /** 第八条　维护范围 */
    title: string;
    caption?: string;
    /** The article's page, relative to the base (articles/art_8/). */
    href: string;
    provisions: SearchProvision[];
  }[];
  /** The guides: their words, and the provisions their 这种情形 cites (a result landing there offers the guide). */
  guides: { id: string; title: string; summary: string; href: string; words: string[]; provisions: string[] }[];
  /** Toneless pinyin → the characters with that sound (scripts/lib/site/homophones.ts): the search's "did you mean". */
  homophones: Record<string, string>;
}

export interface SearchProvision {
  eId: string;
  /** Where a result lands (articles/art_8/#art_8__item_6; the article's anchor for its first paragraph). */
  href: string;
  /** （六） for an item, "" for a paragraph. */
  label: string;
  /** 第八条第（六）项 */
  citation: string;
  /** The provision's own words (a paragraph without its items). */
  text: string;
  /** The officers' words that lead here. */
  words: string[];
  /** The words of the text the editors reviewed those against (marked when a result comes by them). */
  reviewed: string[];
  /** The term this provision defines (近亲属 in Art. 32): the concept its officers' words stand for. */
  defines?: string;
}
