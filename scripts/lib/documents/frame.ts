/**
 * The frame every 公文 shares, as blocks: 版头 (文件格式 §7.2 or 信函格式 §10.1), title, 主送机关,
 * the body a builder gives, 附件说明, 署名 and 成文日期, 附注, 版记. A builder supplies the
 * words; the frame supplies the order, the blank lines and the blanks for the clerk.
 */
import { dateText, documentNumberText, yearOf } from '../gbt9704/dates.ts';
import { markOf } from '../gbt9704/model/mark.ts';
import { fill, text } from '../gbt9704/model/text.ts';
import { breakTitle, widthOf } from '../gbt9704/model/title.ts';
import type { Block, DocumentModel, Text } from '../gbt9704/model/types.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { Provenance } from '../gbt9704/types.ts';
import { caseProvenance, committeeFullName, officeFullName, type FormContext } from './context.ts';

export interface Issuer {
  /** 发文机关标志 (red). */
  mark: string;
  /** 发文机关署名 (the sealing organ). */
  signature: string;
  /** 发文字号 prefix, "" when unknown (the clerk writes it). */
  prefix: string;
  /** 印发机关 in the 版记. */
  printer: string;
  /** Case or unit field the prefix comes from, for messages. */
  prefixField?: string;
}

export interface LetterInput {
  formId: string;
  part?: string;
  /** The document's title, printed broken into balanced lines. */
  title: string;
  /** Words of the title never to be split over two lines (names, units). */
  titleKeep?: string[];
  issuer: Issuer;
  format?: 'file' | 'letter';
  /** A number recorded in the case (通公督纠〔2026〕1号) instead of prefix + year + serial. */
  number?: Text;
  date?: string;
  /** 上行文: its 签发人, "" for a blank to write in. */
  signer?: string;
  /** 主送机关; undefined leaves a line for the clerk to write it. */
  addressee?: string;
  body: Block[];
  /** The closing sentence (特此报告。), kept with the signature. */
  closing?: string;
  attachments?: Text[];
  note?: Text;
  cc?: string[];
  articles: string[];
  /** Dates after the document's own it states on purpose (the deadline a notice sets). */
  deadlines?: string[];
}

/** The longest 署名 on one line: 26 characters leaves the date its four characters on the right. */
const SIGNATURE_UNITS = 24;

/** The 署名 on one line, or two broken after the organ's name. */
function signatureLines(model: PolicyModel, name: string): string[] {
  if (widthOf(name) <= SIGNATURE_UNITS) return [name];
  const suffix = [officeFullName(model), committeeFullName(model)].find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? [name.slice(0, -suffix.length), suffix] : breakTitle(name, [], Math.ceil(widthOf(name) / 2) + 1).slice(0, 2);
}

/** A 公文 of one case (a blank form's context has no unit: its documents name none). */
export function letterDocument(ctx: FormContext, input: LetterInput): DocumentModel {
  return { ...letterModel(ctx.model, { ...input, caseId: ctx.data.id, provenance: caseProvenance(ctx, input.articles), ...(ctx.issue?.serial !== undefined ? { serial: ctx.issue.serial } : {}) }), ...(ctx.data.unit?.name ? { unit: ctx.data.unit.name } : {}) };
}

/** What a 公文 rests on when it is not one case's (the periodic report: many cases). */
export interface Sources {
  /** The 发文字号 serial (--serial). */
  serial?: number;
  /** Case id(s), for file names and messages. */
  caseId: string;
  provenance: Provenance;
}

/** A 公文 from its words and its sources. */
export function letterModel(model: PolicyModel, input: LetterInput & Sources): DocumentModel {
  const number = input.number ?? documentNumberText(input.issuer.prefix, yearOf(input.date), input.serial);
  const marks = [officeFullName(model), committeeFullName(model)];
  const blocks: Block[] = [
    {
      kind: 'banner',
      format: input.format ?? 'file',
      mark: markOf(input.issuer.mark, marks),
      number,
      ...(input.signer !== undefined ? { signer: input.signer ? text({ t: input.signer, font: 'kai', keep: true }) : text(fill(4)) } : {}),
      ...(input.issuer.prefixField ? { field: input.issuer.prefixField } : {}),
    },
    { kind: 'title', lines: breakTitle(input.title, input.titleKeep ?? []) },
    { kind: 'addressee', text: input.addressee ? text(input.addressee, '：') : text(fill(12), '：') },
    ...input.body,
  ];
  if (input.closing) blocks.push({ kind: 'paragraph', text: text(input.closing), closing: true });
  if (input.attachments && input.attachments.length > 0) blocks.push({ kind: 'attachments', items: input.attachments });
  blocks.push({ kind: 'signoff', issuer: signatureLines(model, input.issuer.signature), date: dateText(input.date) });
  if (input.note) blocks.push({ kind: 'note', text: input.note });
  const letterFormat = input.format === 'letter';
  const cc = input.cc && input.cc.length > 0 ? text(input.cc.join('，')) : undefined;
  if (letterFormat) {
    // 信函格式: the 版记 carries no 印发机关, 印发日期 or rules (§10.1); only 抄送, if any.
    if (cc) blocks.push({ kind: 'banji', cc });
  } else {
    blocks.push({ kind: 'banji', ...(cc ? { cc } : {}), printer: input.issuer.printer, printDate: dateText(input.date) });
  }
  return {
    formId: input.formId,
    ...(input.part ? { part: input.part } : {}),
    layout: 'letter',
    orientation: 'portrait',
    title: input.title,
    author: input.issuer.signature,
    ...(input.date ? { date: input.date } : {}),
    articles: input.articles,
    ...(input.deadlines && input.deadlines.length > 0 ? { deadlines: input.deadlines } : {}),
    caseId: input.caseId,
    provenance: input.provenance,
    blocks,
  };
}

/** A body paragraph. */
export const para = (...parts: Parameters<typeof text>): Block => ({ kind: 'paragraph', text: text(...parts) });

/** A heading: 一、 (level 1, 黑体), （一） (level 2, 楷体). */
export const heading = (level: 1 | 2 | 3 | 4, ...parts: Parameters<typeof text>): Block => ({ kind: 'heading', level, text: text(...parts) });
