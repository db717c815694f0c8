/**
 * What every form's view model is built from: a validated case with the validator's issues on
 * it, the provision model and the unit's set-up (版头 text, 发文字号 prefix, seal). The
 * validator's findings are the only source of legal conclusions: a view model reads a
 * finding, it never re-applies a rule.
 */
import type { Case, Unit } from '../../case/index.ts';
import { cite } from '../../citations/index.ts';
import type { PolicyModel } from '../../policy/model.ts';
import { itemPhrase, termFullName } from '../../policy/query.ts';
import type { DutyStatus } from '../../duties/index.ts';
import { issuesWith, type Code, type Issue } from '../../validate/issues.ts';
import { provenance } from '../provenance.ts';
import type { Provenance } from '../types.ts';
import type { Issuer } from './frame.ts';

/** The unit fields the forms print; a unit file gives all of them, a case alone only its name. */
export interface UnitSettings {
  name: string;
  documentPrefix: string;
  /** 签发人 of upward documents, when the unit file names one. */
  signer?: string;
  sealText: string;
  issuerMark: string;
  /** The 警务督察 department that orders corrections (Art. 28). */
  inspectionDepartment: string;
  /** True when no unit file was given and the texts were derived from the case's unit name. */
  derived: boolean;
}

export interface FormContext {
  data: Case;
  /** What the validator found in the case (a valid case has findings only). */
  issues: readonly Issue[];
  /** The case's duty checklist, as the validator gives it. */
  duties: readonly DutyStatus[];
  model: PolicyModel;
  unit: UnitSettings;
  /** "Today" for the rules and the ledger, ISO. */
  asOf: string;
  /** What the clerk gives on the command line for the document being issued. */
  issue?: IssueDetails;
}

/**
 * 发文字号 serial, 成文日期 and 签发人 that a case file does not record: the clerk takes the
 * serial from the unit's register when issuing one document, may date documents the case leaves
 * undated, and names who signed an upward one.
 */
export interface IssueDetails {
  /** The number in 内公维字〔2026〕12号; only when one document is made. */
  serial?: number;
  /** ISO date for documents whose date the case does not record (a date in the case wins). */
  date?: string;
  /** 签发人 of an upward document, instead of the unit file's. */
  signer?: string;
}

/** Unit texts from a unit set-up file, or derived from the case's unit name and the model's terms. */
export function unitSettings(model: PolicyModel, caseUnitName: string, unit?: Unit): UnitSettings {
  if (unit) {
    return {
      name: unit.name,
      documentPrefix: unit.documentPrefix,
      ...(unit.signer ? { signer: unit.signer } : {}),
      sealText: unit.sealText,
      issuerMark: unit.issuerMark,
      inspectionDepartment: unit.office.department,
      derived: false,
    };
  }
  const office = `${caseUnitName}${termFullName(model, '维权办')}`;
  return { name: caseUnitName, documentPrefix: '', sealText: office, issuerMark: office, inspectionDepartment: '警务督察部门', derived: true };
}

/** The 维权办 (most documents). */
export function officeIssuer(ctx: FormContext): Issuer {
  const { unit } = ctx;
  return { mark: unit.issuerMark, signature: unit.sealText, documentPrefix: unit.documentPrefix, printer: `${unit.name}维权办` };
}

/** The 维权委 (复核意见, Art. 27). */
export function committeeIssuer(ctx: FormContext): Issuer {
  const name = `${ctx.unit.name}${termFullName(ctx.model, '维权委')}`;
  return { mark: name, signature: name, documentPrefix: ctx.unit.documentPrefix, printer: `${ctx.unit.name}维权办` };
}

/** The 警务督察 department (督促限期纠正, Art. 28). */
export function inspectionIssuer(ctx: FormContext): Issuer {
  const { name: unit, inspectionDepartment: department } = ctx.unit;
  // Unit files may give the department's full name (呼和浩特市公安局警务督察支队) or only its own.
  const name = department.startsWith(unit) ? department : `${unit}${department}`;
  return { mark: name, signature: name, documentPrefix: ctx.unit.documentPrefix, printer: `${ctx.unit.name}维权办` };
}

/** The validator's findings with one code, typed by it. */
export function findingsOf<C extends Code>(ctx: FormContext, code: C): Issue<C>[] {
  return issuesWith(ctx.issues, code);
}

/** 新城区分局民警张伟 */
export function officerPhrase(data: Case): string {
  return `${data.officer.unit}${data.officer.role}${data.officer.name}`;
}

/** The Art. 8 circumstances of a case, each with its citation and the item's own words. */
export function circumstanceList(ctx: FormContext): { item: string; citation: string; text: string; description?: string }[] {
  return ctx.data.circumstances.map((c) => ({
    item: c.item,
    citation: cite(c.item, ctx.model),
    text: itemPhrase(ctx.model, c.item),
    ...(c.description ? { description: c.description } : {}),
  }));
}

export function caseProvenance(ctx: FormContext, articles: readonly string[]): Provenance {
  return provenance(ctx.model.version, ctx.data, articles);
}

