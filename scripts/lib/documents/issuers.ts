/**
 * Who issues each document, as a 文书 officer would put it: the 维权办 (most documents), the
 * 维权委 (复核意见, Art. 27), the 警务督察 department (督促限期纠正, Art. 28), each under its
 * own full name and, in the 版记, as 印发机关.
 */
import { committeeFullName, type FormContext } from './context.ts';
import { departmentFullName } from './department.ts';
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
 * The 警务督察 department (Art. 28) by its own full name: as the correction record names it (put in full), or
 * the unit file's department; undefined when neither does (the document cannot be issued).
 */
export function inspectionIssuer(ctx: FormContext, orderedBy: string | undefined): Issuer | undefined {
  const name = orderedBy !== undefined ? fullName(ctx, orderedBy) : ctx.unit.inspection;
  if (!name) return undefined;
  return { mark: name, signature: name, prefix: '', printer: name };
}

/** A department by its full name under the case's organ (department.ts). */
export const fullName = (ctx: FormContext, department: string): string => departmentFullName(ctx.unit.name, department);
