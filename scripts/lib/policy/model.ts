/**
 * The provision model: the Measures as plain data with stable ids, compiled from
 * policy/ into dist/policy.json. Every other part of the project (rules, schema
 * tests, handbook, forms) reads this shape; keep the names stable.
 */

export const MODEL_SCHEMA_VERSION = 1;

export interface PolicyModel {
  modelSchemaVersion: typeof MODEL_SCHEMA_VERSION;
  /** Content hash of policy/ sources: ties a rendered form or finding to the text it used. */
  version: string;
  meta: NoticeMeta;
  /** The covering notice's own body (addressees and paragraphs), verbatim. */
  notice: { addressees: string; paragraphs: string[] };
  chapters: Chapter[];
  /** 本办法自印发之日起施行。 — the unnumbered effective-date clause after Art. 33. */
  closing: Closing;
  terms: Term[];
  references: Reference[];
  laws: CitedWork[];
  documents: CitedWork[];
  /** Closed lists marked in the text with <Enum name>, e.g. near_relatives (Art. 32). */
  enumerations: Record<string, Enumeration>;
  /** Numbers marked in the text with <Param name value>, e.g. min_lawyers (Art. 26). */
  parameters: Record<string, Parameter>;
  /** The editors' additions (policy/editorial/), never part of the text. */
  editorial: Editorial;
}

/** What the editors add to the text, each part from its file in policy/editorial/. */
export interface Editorial {
  /**
   * Art. 18's forbidden grounds as decisions write them (forbidden-grounds.yaml): for each ground
   * of the text, and for "等" (grounds of the same kind), the phrasings that mean it; a phrasing
   * marked unlessEstablished only names the source of facts when the ground states them as
   * established (words in `established`).
   */
  forbiddenGrounds?: {
    phrasings: Record<string, { words: string[]; unlessEstablished: boolean }>;
    established: string[];
  };
  /**
   * 条旨 (captions.yaml): the editors' short title of every article, by the article's eId
   * (art_8 → 维护范围). Supplied, as the headings 总则 and 附则 are: the source has none.
   */
  captions?: Record<string, string>;
  /** The words officers use for what a provision covers (thesaurus.yaml), for the handbook's search. */
  thesaurus?: ThesaurusEntry[];
  /** 情形指引 (guides/*.yaml): reading aids, one per situation officers face; every point cites its provisions. */
  guides?: Guide[];
  /** The kinds of people a case records (persons.yaml), in order: the protected categories of Arts. 3 and 33, and 亲属. */
  persons?: Record<string, PersonCategory>;
  /** Relations of a relative to the protected person (relations.yaml), each read against Art. 32's closed list. */
  relations?: Record<string, Relation>;
  /** How the time words (立即, 第一时间, 及时, 限期, 定期) are read (timing.yaml). */
  timing?: Record<string, TimingReading>;
  /** Kinds of act a case records (acts.yaml), each with the provisions it engages and their words. */
  acts?: Record<string, ActKind>;
  /** How a harm is linked to duty (acts.yaml links): 在履职中, 因履职, 非工作时间先期处置, 协助民警, 与履职无关. */
  links?: Record<string, DutyLink>;
}

/** How a time word is read (timing.yaml). */
export interface TimingReading {
  /** The checklist's note on the word. */
  reading: string;
  /** 及时 only: a duty done more days than this after its clock started is shown 需核实. */
  reviewAfterDays?: number;
  /** 立即 only: done the same day but more minutes than this after, both times recorded, is shown 需核实. */
  reviewAfterMinutes?: number;
}

/** A kind of person a case records (persons.yaml). */
export interface PersonCategory {
  /** The text's words for them, in `provision`. */
  words: string;
  provision: string;
  /** Art. 33: 遵照 or 参照; 适用 for 民警, the Measures' own subject; 不适用 for relatives. */
  basis: '适用' | '遵照' | '参照' | '不适用';
  /** The word before a name in a document (Art. 33: never 民警 for the others). */
  title: string;
  summary: string;
}

/** A relation (relations.yaml): the Art. 32 word it counts as, or null when it is no near relative. */
export interface Relation {
  near: string | null;
  /** Why it counts so, when the text alone does not say (民法典 articles). */
  basis?: string;
}

/** A kind of act (acts.yaml): the provisions it engages, each with the words of that provision that name it. */
export interface ActKind {
  summary: string;
  provisions: Record<string, string>;
}

/** A link of a harm to duty (acts.yaml links), with the words of the provision that names it. */
export interface DutyLink {
  summary: string;
  provision?: string;
  words?: string;
}

/** One entry of the editors' thesaurus: everyday words that lead to a provision. */
export interface ThesaurusEntry {
  /** The provision the words lead to: an article, paragraph or item eId. */
  target: string;
  /** Words of that provision's text the entry was reviewed against (each occurs in it). */
  reviewed: string[];
  /** What officers type (老婆, 丈夫 …), two characters or more, each listed once in the whole thesaurus. */
  words: string[];
}

/** One statement of a guide, in the editors' words, with the provisions it rests on. */
export interface GuidePoint {
  text: string;
  /** The provisions the statement rests on (at least one). */
  cite: string[];
  /** Provisions quoted beneath the statement, word for word from the model (the guide never retypes them). */
  quote: string[];
}

/** A situation guide: what the Measures give, whom to ask, what the office must do, which document results. */
export interface Guide {
  /** From the file name: guides/violence.yaml → violence (the page guides/violence/). */
  id: string;
  title: string;
  /** One sentence for lists and the search. */
  summary: string;
  /** Words officers use for the situation (the search offers the guide for them). */
  words: string[];
  /** 现在就做: what to do first, and whom to tell (the page opens with it). */
  now: GuidePoint[];
  /** 这种情形: when the guide applies. */
  applies: GuidePoint[];
  /** 本办法怎么规定: what the Measures give. */
  gives: GuidePoint[];
  /** 向谁提出: whom to go to (Art. 15). */
  apply: GuidePoint[];
  /** 单位应当做什么: the provisions whose duties the handbook lists from the published duties, and notes on them. */
  duties: { provisions: string[]; notes: GuidePoint[] };
  /** 形成的文书: the forms (their ids in the forms renderer's list) the situation produces, and notes. */
  documents: { forms: string[]; notes: GuidePoint[] };
  /** 需要注意: limits and exceptions. */
  notes: GuidePoint[];
}

export interface NoticeMeta {
  title: string;
  measuresTitle: string;
  /** 文号 as printed, with 【】: 内公通字【2019】9号. */
  documentNumber: string;
  issuer: string;
  publisherFieldEmpty: boolean;
  /** 成文日期, ISO date. */
  dateWritten: string;
  /** The signature date exactly as printed (garbled in the source: "2019515"). */
  signatureDateAsPrinted: string;
  /** Why the two dates disagree, in Chinese; no reconciliation is invented. */
  signatureDateNote: string;
  addressees: string;
  indexNumber: string;
  classification: string[];
  summary: string;
  approvedBy: string;
  /** Path of the verbatim original inside policy/. */
  source: string;
}

/** Where a provision is written in policy/ (for error messages and "edit this page"). */
interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface Chapter {
  eId: string;
  num: number;
  /** 第三章 */
  label: string;
  heading: string;
  /** true for 总则 / 附则: supplied by the editors, not in the source. */
  headingSupplied: boolean;
  source: SourceLocation;
  articles: Article[];
}

export interface Article {
  eId: string;
  num: number;
  /** 第八条 */
  label: string;
  /** Only Art. 25: its title 其他免责情形 stands where a lead-in would. */
  heading?: string;
  chapter: string;
  source: SourceLocation;
  paragraphs: Paragraph[];
}

export interface Paragraph {
  eId: string;
  num: number;
  /** The paragraph's own text, without its items; "" when an article opens with items. */
  text: string;
  items: Item[];
}

export interface Item {
  eId: string;
  /** The source's own number: Art. 29 goes 1, 2, 3, 5, 6, 7. */
  num: number;
  /** （一） */
  label: string;
  text: string;
}

interface Closing {
  eId: 'clause_effective';
  kind: 'effective-date';
  text: string;
}

export interface Term {
  /** The term as written, also its id: 维权委. */
  term: string;
  /** The name the abbreviation stands for, where the text gives one. */
  fullName?: string;
  /** The provision that defines it. */
  definedIn: string;
  /** The defining provision's text, for glossary and hover. */
  definition: string;
}

export type ReferenceKind = 'term' | 'law' | 'document' | 'provision';

export interface Reference {
  kind: ReferenceKind;
  /** The provision whose text contains the reference. */
  source: string;
  /** The words as they stand in the text. */
  text: string;
  /** UTF-16 offsets of the words within the source provision's own text. */
  start: number;
  end: number;
  /** An eId (terms, provisions) or the id of a law or document. */
  target: string;
  /** For a range 第二十一条至第二十四条: the last provision of the range. */
  targetEnd?: string;
  /** For kind "term": the term used (维权委), whichever form was written. */
  term?: string;
}

export interface CitedWork {
  id: string;
  title: string;
  kind: 'law' | 'administrative-regulation' | 'departmental-rule' | 'document';
  issuer?: string;
  note?: string;
  /** The provisions that name it. */
  citedBy: string[];
}

export interface Enumeration {
  name: string;
  /** The provision the list is written in. */
  eId: string;
  members: string[];
}

export interface Parameter {
  name: string;
  eId: string;
  value: number;
  text: string;
}
