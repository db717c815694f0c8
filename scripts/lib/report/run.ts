/**
 * One run of the report command: validate every file as the validator does (an invalid one is
 * listed with its errors and left out of every figure), count the period and the one before it,
 * and write the report (pdf, html, json) and the ledger (xlsx) atomically, never over an
 * earlier report without --force. The PDF is laid out by the forms' renderer, as a 公文.
 */
import { realpathSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { Unit } from '../case/index.ts';
import { watchOver } from '../browser/reaper.ts';
import { reasonOf } from '../cli/errors.ts';
import { printable } from '../cli/printable.ts';
import { prepareOutDir } from '../cli/out-dir.ts';
import { caseHash } from '../gbt9704/provenance.ts';
import type { RendererOptions } from '../gbt9704/renderer.ts';
import { removeStaleTemps, tempPrefix, writeOutput } from '../cli/write.ts';
import { defined } from '../case/read.ts';
import { expandInputs } from '../validate/files.ts';
import { humanFile } from '../validate/format/human.ts';
import { createValidator, type FileResult } from '../validate/index.ts';
import { reportDocument, type Issuing } from './document.ts';
import { reportCase, type ReportCase } from './facts.ts';
import { figuresFor } from './figures.ts';
import { reportHtml } from './html.ts';
import { reportJson, type LeftOut, type ReportCounts, type ReportScope } from './json.ts';
import { ledgerRow, ledgerWorkbook, type LedgerRow } from './ledger.ts';
import type { ReportFormat } from './formats.ts';
import { yearEarlier, type Period } from './period.ts';
import { disclose } from './published.ts';
import { placeOf } from './organs.ts';
import { scopeOf, type Scope } from './scope.ts';


export interface ReportOptions {
  /** Case files and folders (searched for *.json). */
  inputs: string[];
  period: Period;
  /** The reporting office's unit set-up file (its name and superior for the addressees). */
  unitFiles?: string[];
  outDir: string;
  formats: readonly ReportFormat[];
  /** The formats were named (--format), not the default: a format that cannot be made is then an error. */
  explicitFormats?: boolean;
  force?: boolean;
  /** The report's date (成文日期), ISO; defaults to today. */
  date: string;
  /** 发文字号 serial, 签发人, 联系人 and 电话 (签发人 and 电话 default to the unit file's). */
  serial?: number;
  signer?: string;
  contact?: string;
  phone?: string;
  /** When the files were made (xlsx properties). */
  created?: Date;
  log?: (text: string) => void;
  /** How a path is shown in messages. */
  display?: (file: string) => string;
  /** An interrupt: the browser is closed at once and nothing more is written. */
  signal?: AbortSignal;
  /** The PDF renderer's options (tests). */
  renderer?: RendererOptions;
  /**
   * The smallest count a breakdown by unit, level or person shows (published.ts); 3 unless a test
   * sets another to check the arithmetic under it. Not a command-line option.
   */
  smallCell?: number;
}

export interface ReportResult {
  exitCode: 0 | 1 | 2;
  counts: ReportCounts;
  /** Valid cases left out: another organ's, or a unit name that places none (for the summary line). */
  leftOut?: { otherUnit: number; unknownUnit: number };
  written: { file: string; format: ReportFormat; outcome: 'written' | 'exists' }[];
  /** The PDF's pages, when one was made. */
  pages?: number;
  interrupted?: boolean;
}

const FILE_NAMES: Record<ReportFormat, (p: Period) => string> = {
  pdf: (p) => `维护执法权威工作情况报告_${p.from}_${p.to}.pdf`,
  json: (p) => `维护执法权威工作情况报告_${p.from}_${p.to}.json`,
  html: (p) => `维护执法权威工作情况报告_${p.from}_${p.to}.html`,
  xlsx: (p) => `维护执法权威工作台账_截至${p.to}.xlsx`,
};

export async function runReport(options: ReportOptions): Promise<ReportResult> {
  const log = options.log ?? ((text: string) => process.stderr.write(text));
  const shown = options.display ?? ((f: string) => f);
  const validator = await createValidator({ asOf: options.period.to });
  let exitCode: 0 | 1 | 2 = 0;
  const raise = (code: 1 | 2) => void (code > exitCode && (exitCode = code));

  const units: Unit[] = [];
  for (const file of options.unitFiles ?? []) {
    const result = validator.validateFile(file, 'unit');
    if (!result.valid || !result.data) {
      log(humanFile({ ...result, file: shown(result.file) }, validator.describe, { color: false, quiet: true }));
      log('单位设置文件无效，未生成报告。\n');
      return { exitCode: result.unreadable ? 2 : 1, counts: { total: 0, valid: 0, invalid: 0, units: 0, duplicates: 0 }, written: [] };
    }
    units.push(result.data as unknown as Unit);
  }

  const scope = scopeOf(units[0]?.name);
  const leftOut = new Map<string, { reason: 'other-unit' | 'unknown-unit'; files: string[] }>();
  // The output folder inside a folder read holds reports, not cases.
  const { files, unreadable } = expandInputs(options.inputs, { skip: [options.outDir] });
  const counts: ReportCounts = { total: 0, valid: 0, invalid: 0, units: 0, duplicates: 0 };
  const facts: ReportCase[] = []; // the cases counted
  const hashes: string[] = [];
  const rows: LedgerRow[] = [];
  const seenFiles = new Set<string>();
  const seenIds = new Map<string, string>();
  const refuse = (result: FileResult) => {
    counts.invalid++;
    log(humanFile({ ...result, file: shown(result.file) }, validator.describe, { color: false, quiet: true }));
    raise(result.unreadable ? 2 : 1);
  };
  for (const u of unreadable) {
    counts.total++;
    refuse(validator.unreadable(u.path, u.code));
  }
  for (const result of validator.validateFiles(files)) {
    // The same file named twice (a folder and a file in it, a link) counts once.
    const real = (() => {
      try {
        return realpathSync(result.file);
      } catch {
        return result.file;
      }
    })();
    if (seenFiles.has(real)) continue;
    seenFiles.add(real);
    counts.total++;
    if (!result.valid) {
      refuse(result);
      continue;
    }
    counts.valid++;
    if (result.kind === 'unit') {
      counts.units++;
      continue;
    }
    // A report covers its unit and the units under it: another organ's case, or one whose unit places none, is left out and listed.
    const caseUnit = String((result.data as { unit?: { name?: unknown } }).unit?.name ?? '');
    const decision = scope.decide(caseUnit);
    if (!decision.counted) {
      const key = decision.reason === 'other-unit' ? (placeOf(caseUnit)?.name ?? caseUnit) : caseUnit;
      const entry = leftOut.get(key) ?? { reason: decision.reason, files: [] };
      entry.files.push(result.file);
      leftOut.set(key, entry);
      continue;
    }
    // A case is its unit's number: two units may both have a 2026-001 (the organ, however the file spells it).
    const id = String(result.data?.id);
    const key = `${decision.organ}\u0000${id}`;
    const first = seenIds.get(key);
    if (first) {
      counts.duplicates++;
      log(`${shown(result.file)}  案件编号“${id}”与 ${shown(first)} 相同，只统计一次。\n`);
      continue;
    }
    seenIds.set(key, result.file);
    const counted = reportCase(result, decision.organ);
    if (counted) {
      facts.push(counted);
      hashes.push(caseHash(result.data));
    }
    if (options.formats.includes('xlsx') && result.data && String((result.data as { opened?: { date?: string } }).opened?.date) <= options.period.to) {
      const row = ledgerRow(result, validator.model, options.period.to);
      if (row) rows.push({ ...row, unit: decision.organ });
    }
  }
  const scoped = reportScope(scope, leftOut);
  if (scope.unit !== undefined) logLeftOut(leftOut, scope.unit, log, shown);
  const left = { leftOut: { otherUnit: scoped.leftOut.otherUnit.cases, unknownUnit: scoped.leftOut.unknownUnit.cases } };

  const current = figuresFor(facts, options.period);
  const previous = figuresFor(facts, yearEarlier(options.period));
  const published = disclose(current, previous, validator.model, options.smallCell);
  const unit = units[0];
  if (!unit) log('未指定单位设置文件（--unit），报告的主送机关、发文机关和发文字号留空待填。\n');
  const issuing: Issuing = {
    ...(unit ? { unit: unit.name } : soleUnit(facts)),
    ...defined({
      superiorOffice: unit?.superior?.office,
      mark: unit?.issuerMark,
      documentPrefix: unit?.documentPrefix,
      serial: options.serial,
      signer: options.signer ?? unit?.signer,
      contact: options.contact,
      phone: options.phone ?? unit?.phone,
    }),
    date: options.date,
  };
  const document = reportDocument(current, previous, published, counts, scoped, issuing, { regulationVersion: validator.model.version, caseHashes: hashes }, validator.model);
  const created = options.created ?? new Date();

  const outProblem = await prepareOutDir(options.outDir, shown(options.outDir));
  if (outProblem) {
    log(`${outProblem}\n`);
    return { exitCode: 2, counts, ...left, written: [] };
  }
  await removeStaleTemps(options.outDir);
  // Killed outright (kill -9), this process leaves its temporary files to a watcher to remove.
  const watcher = watchOver({ prefixes: [{ dir: options.outDir, prefix: tempPrefix() }] });
  let pages: number | undefined;
  const outputs: Record<ReportFormat, () => Promise<Uint8Array | undefined>> = {
    pdf: async () => {
      if (!issuing.unit) {
        log('未指定单位设置文件（--unit），案件又不属于同一单位：没有发文机关，未生成 PDF 报告。\n');
        if (options.explicitFormats) raise(1);
        return undefined;
      }
      // The browser and the forms' templates are loaded only when a PDF is asked for.
      const { reportPdf } = await import('./pdf.ts');
      const printed = await reportPdf(document, validator.model, created, options);
      if (printed) pages = printed.pages;
      return printed?.pdf;
    },
    json: async () => Buffer.from(`${JSON.stringify(reportJson(current, previous, published, counts, scoped), null, 2)}\n`),
    html: async () => Buffer.from(reportHtml(document)),
    xlsx: () => ledgerWorkbook(rows, options.period.to, created),
  };
  const written: ReportResult['written'] = [];
  try {
    for (const format of options.formats) {
      if (options.signal?.aborted) return { exitCode, counts, ...left, written, interrupted: true };
      const file = path.join(options.outDir, FILE_NAMES[format](options.period));
      try {
        // An earlier report is kept without making this one first (a PDF takes a browser); writeOutput still guards a race.
        if (!options.force && (await lstat(file).catch(() => undefined))) {
          raise(1);
          written.push({ file, format, outcome: 'exists' });
          continue;
        }
        const bytes = await outputs[format]();
        if (!bytes) continue;
        if (options.signal?.aborted) return { exitCode, counts, ...left, written, interrupted: true };
        const outcome = await writeOutput(file, bytes, options.force ?? false);
        if (outcome === 'exists') raise(1);
        written.push({ file, format, outcome });
      } catch (error) {
        if (options.signal?.aborted) return { exitCode, counts, ...left, written, interrupted: true };
        log(`${shown(file)}  无法生成：${reasonOf(error)}\n`);
        raise(2);
      }
    }
  } finally {
    watcher.stop();
  }
  return { exitCode, counts, ...left, written, ...(pages !== undefined ? { pages } : {}) };
}

/** The unit of the cases when they are all one unit's, as the report's issuer. */
function soleUnit(facts: readonly ReportCase[]): { unit?: string } {
  const names = new Set(facts.map((f) => f.unit));
  return names.size === 1 ? { unit: [...names][0]! } : {};
}

/** What the report covers and leaves out, for the JSON and the text. */
function reportScope(scope: Scope, leftOut: ReadonlyMap<string, { reason: string; files: string[] }>): ReportScope {
  const out: LeftOut = { otherUnit: { cases: 0, units: [] }, unknownUnit: { cases: 0 } };
  for (const [unit, { reason, files }] of leftOut) {
    if (reason === 'other-unit') {
      out.otherUnit.cases += files.length;
      out.otherUnit.units.push(unit);
    } else out.unknownUnit.cases += files.length;
  }
  out.otherUnit.units.sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const kind = scope.place?.kind;
  const covers = scope.unit === undefined ? 'given' : kind === 'region' ? 'all' : kind === 'league' ? 'league' : 'self';
  return { unit: scope.unit ?? null, covers, leftOut: out };
}

/** The files left out, by unit, a few names each: enough for a clerk to find them. */
function logLeftOut(leftOut: ReadonlyMap<string, { reason: string; files: string[] }>, unit: string, log: (text: string) => void, shown: (file: string) => string): void {
  const MAX = 5;
  const list = (files: string[]) => `${files.slice(0, MAX).map(shown).join('、')}${files.length > MAX ? ` 等 ${files.length} 个` : ''}`;
  for (const [name, { reason, files }] of [...leftOut].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))) {
    log(
      reason === 'other-unit'
        ? `未计入：${files.length} 个案件属于${name}，不是${unit}或其所属单位的案件：${list(files)}\n`
        : `未计入：${files.length} 个案件的承办单位“${printable(name)}”无法对应到内蒙古的公安机关（请写全称，如“呼和浩特市公安局新城区分局”）：${list(files)}\n`,
    );
  }
}
