/**
 * Who issues each document, as a 文书 officer would put it: the 维权办 (most documents), the
 * 维权委 (复核意见, Art. 27), the 警务督察 department (督促限期纠正, Art. 28), each under its
 * own full name and, in the 版记, as 印发机关.
 */
import { committeeFullName, type FormContext } from './context.ts';
import type { Issuer } from './frame.ts';

const prefixField = (ctx: FormContext) => (ctx.unit.derived ? '单位设置文件（--unit）的 documentPrefix' : 'documentPrefix（单位设置文件）');

/** The 维权办 (most documents). */
export function officeIssuer(ctx: FormContext): Issuer {
  const { unit } = ctx;
  return { mark: unit.issuerMark, signature: unit.office, prefix: unit.documentPrefix, printer: `${unit.name}维权办`, prefixField: prefixField(ctx) };
}

/** The 维权委 (复核意见, Art. 27). */
export function committeeIssuer(ctx: FormContext): Issuer {
  const name = `${ctx.unit.name}${committeeFullName(ctx.model)}`;
  return { mark: name, signature: name, prefix: ctx.unit.documentPrefix, printer: `${ctx.unit.name}维权办`, prefixField: prefixField(ctx) };
}

/**
 * The 警务督察 department (Art. 28) by its own full name: as the correction record names it, or
 * the unit file's department; undefined when neither does (the document cannot be issued).
 */
export function inspectionIssuer(ctx: FormContext, orderedBy: string | undefined): Issuer | undefined {
  const name = orderedBy ?? ctx.unit.inspection;
  if (!name) return undefined;
  return { mark: name, signature: name, prefix: '', printer: name };
}

/**
 * A department by its full name, as a 主送机关 is written (GB/T 9704 §7.3.3: 全称或者规范化简称): a
 * name that holds no public-security organ (出入境管理支队, 东胜区分局政工室) is the case's organ's
 * own department and gets the organ's name before it; one that names an organ is kept.
 */
export function fullName(ctx: FormContext, department: string): string {
  const name = department.trim();
  if (name.startsWith(ctx.unit.name) || /公安厅|公安局|^内蒙古|纪委|监委|检察|法院|人民政府|党委|委员会/u.test(name)) return name;
  return `${ctx.unit.name}${name}`;
}
