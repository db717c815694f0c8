/**
 * What every document is built from: a validated case with the validator's findings, the facts it
 * read the record to mean (case/facts) and the duty checklist, the provision model and the unit's
 * set-up (版头 text, 发文字号 prefix, seal, the superior office). The validator's result is the
 * only source of legal conclusions: a builder reads a finding, a fact or a duty's status, it never
 * re-applies a rule or re-derives a trigger.
 */
import type { Case, Unit } from '../case/index.ts';
import type { CaseFacts } from '../case/facts/index.ts';
import type { DutyStatus } from '../duties/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { termFullName } from '../policy/query.ts';
import { departmentFullName } from './department.ts';
import { issuesWith, type Code, type Issue } from '../validate/issues.ts';
import { provenance } from '../gbt9704/provenance.ts';
import type { Provenance } from '../gbt9704/types.ts';

/** The unit fields the documents print; a unit file gives all of them, a case alone only its name. */
export interface UnitSettings {
  name: string;
  level: Case['unit']['level'];
  /** 发文字号 prefix ("" when no unit file: the clerk writes it). */
  documentPrefix: string;
  /** 签发人 of upward documents, when the unit file names one. */
  signer?: string;
  /** The 维权办's full name, its 署名 and seal. */
  office: string;
  issuerMark: string;
  /** The 警务督察 department's full name (the 维权办 sits in it, Art. 6), when the unit file gives it. */
  inspection?: string;
  /** The next level up: its organ and its 维权办 (the addressee of a 逐级报告, Art. 17). */
  superior?: { name: string; office: string };
  phone?: string;
  /** True when no unit file was given and the texts were derived from the case's unit name. */
  derived: boolean;
}

export interface FormContext {
  data: Case;
  /** What the validator found in the case (a valid case has findings only). */
  issues: readonly Issue[];
  /** What the record's facts mean: who is protected and how, the harms, Art. 8 and 17 items (the validator's reading). */
  facts: CaseFacts;
  /** The case's duty checklist, as the validator gives it (judged on asOf). */
  duties: readonly DutyStatus[];
  model: PolicyModel;
  unit: UnitSettings;
  /** "Today" for the rules and the ledger, ISO: never printed in a document's body. */
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

/** 维护公安民警执法权威工作委员会办公室 */
export const officeFullName = (model: PolicyModel) => termFullName(model, '维权办');
/** 维护公安民警执法权威工作委员会 */
export const committeeFullName = (model: PolicyModel) => termFullName(model, '维权委');

/** Unit texts from a unit set-up file, or derived from the case's unit and the model's terms. */
export function unitSettings(model: PolicyModel, caseUnit: Case['unit'], unit?: Unit): UnitSettings {
  const superiorOfLeague = { name: model.meta.issuer, office: `${model.meta.issuer}${officeFullName(model)}` };
  if (unit) {
    const superior = unit.superior ?? (unit.level === '盟市' ? superiorOfLeague : undefined);
    return {
      name: unit.name,
      level: unit.level,
      documentPrefix: unit.documentPrefix,
      ...(unit.signer ? { signer: unit.signer } : {}),
      office: unit.sealText,
      issuerMark: unit.issuerMark,
      inspection: departmentFullName(unit.name, unit.office.department),
      ...(superior ? { superior } : {}),
      ...(unit.phone ? { phone: unit.phone } : {}),
      derived: false,
    };
  }
  const office = `${caseUnit.name}${officeFullName(model)}`;
  // A 盟市 organ's superior is the 公安厅 whatever the unit file would say; a 旗县's 盟市 cannot be guessed.
  return {
    name: caseUnit.name,
    level: caseUnit.level,
    documentPrefix: '',
    office,
    issuerMark: office,
    ...(caseUnit.level === '盟市' ? { superior: superiorOfLeague } : {}),
    derived: true,
  };
}

/** The validator's findings with one code, typed by it. */
export function findingsOf<C extends Code>(ctx: FormContext, code: C): Issue<C>[] {
  return issuesWith(ctx.issues, code);
}

export function caseProvenance(ctx: FormContext, articles: readonly string[]): Provenance {
  return provenance(ctx.model.version, ctx.data, articles);
}

/** The date a document is issued on: recorded in the case, else --date, else blank. */
export function issueDate(ctx: FormContext, recorded: string | undefined): string | undefined {
  return recorded ?? ctx.issue?.date;
}
