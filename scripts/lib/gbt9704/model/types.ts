/**
 * The document model: what one document says and how it is built, block by block, between
 * the case and any renderer. The Handlebars templates render it to HTML for the PDF; a second
 * renderer (DOCX) reads exactly the same blocks, so the two can never say different words.
 *
 * Blocks are GB/T 9704 elements (版头, 标题, 主送机关, 正文, 附件说明, 署名和成文日期, 附注, 版记)
 * or the parts of a ruled form (表头信息, 表格). Text is a list of runs: plain text, text that
 * must not break across lines (a name, a date, 〔2026〕14号), or a blank for the clerk to fill.
 */
import type { BarChart } from '../bar-chart.ts';
import type { Provenance } from '../types.ts';

/** One run of text. */
export interface Run {
  t: string;
  /** Never broken across lines (names, dates, document numbers, numbers with their unit). */
  keep?: true;
  /** A blank to write in by hand, about this many characters wide (t is then ""). */
  blank?: number;
  /** The blank is drawn as a line to write on (a name, a place); dates and numbers leave space only. */
  line?: true;
  /** Set in 楷体 (签发人 names) or 黑体 (labels). */
  font?: 'kai' | 'hei';
  /** No line break between this run and the one before it (a blank date's 年 月 日). */
  join?: true;
}

export type Text = Run[];

/** 发文机关标志: one or two lines, at a size that fits the 版心, condensed if need be. */
export interface Mark {
  lines: string[];
  sizePt: number;
  scaleX: number;
}

export interface BannerBlock {
  kind: 'banner';
  /** 'file': 文件格式 (GB/T 9704 §7.2); 'letter': 信函格式 (§10.1), red double rules, number flush right. */
  format: 'file' | 'letter';
  mark: Mark;
  /** 发文字号, with blanks where the clerk writes the year or serial. */
  number: Text;
  /** 上行文: the 签发人 (a blank when no one is named); absent for other documents. */
  signer?: Text;
  /** Case-file field the 发文字号 prefix comes from (for a message when it cannot be laid out). */
  field?: string;
}

interface TitleBlock {
  kind: 'title';
  /** Lines as they are to be printed: broken between words, balanced (§7.3.1). */
  lines: string[];
}

interface AddresseeBlock {
  kind: 'addressee';
  text: Text;
}

/** A body paragraph: indented two characters; 'flush' starts at the margin. */
interface ParagraphBlock {
  kind: 'paragraph';
  text: Text;
  /** The closing sentence (特此报告。), kept on one page with the signature. */
  closing?: true;
  flush?: true;
}

/** 一、(黑体) （一）(楷体) 1.（1）(仿宋) */
interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3 | 4;
  text: Text;
}

/** 附件说明 (§7.3.4): 附件：1.…  each item without closing punctuation. */
interface AttachmentsBlock {
  kind: 'attachments';
  items: Text[];
}

/** 发文机关署名 and 成文日期 (§7.3.5): date four characters in from the right, the 署名 centred over it. */
interface SignoffBlock {
  kind: 'signoff';
  /** The 署名, one or two lines. */
  issuer: string[];
  /** The 成文日期, or a blank date. */
  date: Text;
}

/** 附注 (§7.3.6): in parentheses, two characters in, the line under the date. */
interface NoteBlock {
  kind: 'note';
  text: Text;
}

/** 版记 (§7.4): 抄送, 印发机关 and 印发日期 between rules; the 信函格式 has 抄送 only. */
interface BanjiBlock {
  kind: 'banji';
  cc?: Text;
  printer?: string;
  printDate?: Text;
}

/** The line of facts under a form's title (登记单位, 编号, 日期). */
export interface FormMetaBlock {
  kind: 'form-meta';
  items: Text[];
}

export interface Cell {
  /** Lines of the cell (each a paragraph). */
  lines: Text[];
  /** A label cell (黑体, centred). */
  label?: true;
  colspan?: number;
  rowspan?: number;
  /** A box to write in by hand, this many mm high at least. */
  minHeight?: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableRow {
  cells: Cell[];
  /** Long content may run onto the next page; otherwise a row is kept whole. */
  split?: true;
  /** Kept on the page of the row before it (the boxes to sign in). */
  keep?: true;
}

export interface TableBlock {
  kind: 'table';
  /** Column widths, percent of the 版心 width, summing to 100. */
  columns: number[];
  /** Header rows, repeated on every page. */
  header?: TableRow[];
  rows: TableRow[];
  /** 'ledger': the smaller type of the landscape 工作台账. */
  variant?: 'ledger';
  /** The table's title, centred above it (表1　…), kept on its page. */
  caption?: string;
}

/** A chart, drawn as SVG when the document is made, its title centred under it (图1　…). */
interface FigureBlock {
  kind: 'figure';
  chart: BarChart;
  caption: string;
}

export type Block =
  | BannerBlock
  | TitleBlock
  | AddresseeBlock
  | ParagraphBlock
  | HeadingBlock
  | AttachmentsBlock
  | SignoffBlock
  | NoteBlock
  | BanjiBlock
  | FormMetaBlock
  | TableBlock
  | FigureBlock;

/** One document: one PDF (and, later, one DOCX). */
export interface DocumentModel {
  formId: string;
  /** Tells apart several documents of one form for one case (续报 2, claim 1 …), for file names. */
  part?: string;
  /** 'letter': a 公文 on the line grid, with 版头 and 版记; 'form': a ruled form. */
  layout: 'letter' | 'form';
  orientation: 'portrait' | 'landscape';
  /** The document's title (PDF title; the printed title may break over lines). */
  title: string;
  /** The issuer (PDF author). */
  author: string;
  /** The document's own date (ISO), when it has one: nothing it states is dated after it. */
  date?: string;
  /** eIds the document rests on. */
  articles: string[];
  /** Dates after its own that the document states on purpose: the deadline a notice sets (ISO). */
  deadlines?: string[];
  /** Case id(s), for file names and messages. */
  caseId: string;
  /**
   * The organ whose case it is (the case's unit): with the case id, what identifies the document
   * as issued (two units may number cases alike). Kept in the PDF's and the DOCX's metadata.
   */
  unit?: string;
  /** Kept in the metadata; traced on paper only on a draft. */
  provenance: Provenance;
  blocks: Block[];
}
