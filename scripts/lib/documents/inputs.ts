/**
 * Reading what the clerk gives: unit files (whatever --unit names is read as a unit, whatever
 * its "$schema" says) and case files (a case file given twice, by the same path or the same
 * content, counts once; two different files with the same case number of the same unit are
 * refused, both named, since the tool cannot tell which is right).
 */
import { realpathSync } from 'node:fs';
import type { Case, Unit } from '../case/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { FileResult, Validator } from '../validate/index.ts';
import { unitSettings, type FormContext, type IssueDetails } from './context.ts';
import { caseHash } from '../gbt9704/provenance.ts';

interface CaseInput {
  file: string;
  ctx: FormContext;
  hash: string;
}

export interface Inputs {
  cases: CaseInput[];
  refused: string[];
  /** 1 for an invalid case, 2 for one that could not be read; 0 when none. */
  worst: 0 | 1 | 2;
}

const real = (file: string) => {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
};

/** The unit files, or the first that is invalid (reported) and the exit code it calls for. */
export function readUnits(files: readonly string[], validator: Validator, report: (r: FileResult, note?: string) => void): { units: Unit[] } | { exitCode: 1 | 2 } {
  const units: Unit[] = [];
  for (const file of files) {
    const result = validator.validateFile(file, 'unit');
    if (!result.valid || !result.data) {
      const asCase = result.data && !result.unreadable ? validator.validateData(result.data, 'case') : undefined;
      report(result, asCase?.valid ? '这是案件文件，不是单位设置文件：案件文件直接列在命令中，单位设置文件用 --unit 指定。' : undefined);
      return { exitCode: result.unreadable ? 2 : 1 };
    }
    // Valid against unit.schema.json, which the Unit type follows.
    units.push(result.data as unknown as Unit);
  }
  return { units };
}

export function readCases(
  files: readonly string[],
  setup: { validator: Validator; model: PolicyModel; asOf: string; units: readonly Unit[]; issue?: IssueDetails },
  log: (text: string) => void,
  report: (r: FileResult, note?: string) => void,
  shown: (file: string) => string,
): Inputs {
  const { validator, model, asOf, units } = setup;
  // A unit file is its own unit's letterhead: never another unit's cases', even when it is the only one given.
  const unitFor = (name: string) => units.find((u) => u.name === name);
  const seen = new Set<string>();
  const cases: CaseInput[] = [];
  const refused: string[] = [];
  let worst: 0 | 1 | 2 = 0;
  const raise = (code: 1 | 2) => {
    if (code > worst) worst = code;
  };
  for (const file of files) {
    const key = real(file);
    if (seen.has(key)) {
      log(`${shown(file)}  与前面给出的文件是同一个，只计一次。\n`);
      continue;
    }
    seen.add(key);
    const result = validator.validateFile(file);
    if (result.kind === 'unit' || (!result.valid && result.data && validator.validateData(result.data, 'unit').valid)) {
      log(`${shown(file)}  不是案件文件（是单位设置文件），请用 --unit 指定。\n`);
      refused.push(file);
      raise(1);
      continue;
    }
    if (!result.valid || !result.data || !result.facts) {
      report(result);
      refused.push(file);
      raise(result.unreadable ? 2 : 1);
      continue;
    }
    // Valid against case.schema.json, which the Case type follows.
    const data = result.data as unknown as Case;
    const hash = caseHash(data);
    const twin = cases.find((c) => c.hash === hash);
    if (twin) {
      log(`${shown(file)}  与 ${shown(twin.file)} 内容相同（同一案件），只计一次。\n`);
      continue;
    }
    const unit = unitFor(data.unit.name);
    if (!unit) {
      const given = units.length > 0 ? `；所给的是${units.map((u) => `“${u.name}”`).join('、')}的，只用于该单位的案件` : '';
      log(`${shown(file)}  没有“${data.unit.name}”的单位设置文件（--unit${given}）：发文机关标志按“单位名称＋维权办全称”排印，发文字号留空待填。\n`);
    }
    const ctx: FormContext = {
      data,
      issues: result.issues,
      facts: result.facts,
      duties: result.duties,
      model,
      unit: unitSettings(model, data.unit, unit),
      asOf,
      ...(setup.issue ? { issue: setup.issue } : {}),
    };
    cases.push({ file, ctx, hash });
  }
  // The same case number for two different cases of one unit: which file is right cannot be told.
  const byId = new Map<string, CaseInput[]>();
  for (const c of cases) {
    const key = `${c.ctx.unit.name}\u0000${c.ctx.data.id}`;
    byId.set(key, [...(byId.get(key) ?? []), c]);
  }
  const clashing = new Set<CaseInput>();
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    log(`案件编号“${group[0]!.ctx.data.id}”（${group[0]!.ctx.unit.name}）重复：${group.map((c) => shown(c.file)).join('、')} 内容不同，无法确定以哪个为准，均未生成。请更正案件编号后重新生成。\n`);
    for (const c of group) clashing.add(c);
    raise(1);
  }
  for (const c of clashing) refused.push(c.file);
  return { cases: cases.filter((c) => !clashing.has(c)), refused, worst };
}
