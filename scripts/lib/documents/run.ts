/**
 * One run of the forms command: validate every case (an invalid one is refused with the
 * validator's errors, the others go on), work out which documents each calls for, render
 * them all with one browser, and write each PDF atomically without overwriting; and, when
 * asked, the same documents as DOCX from the same document model (no browser needed).
 *
 * No document sinks the others: one that cannot be built or laid out is reported with the
 * case file, the form and the field, and the rest are written (exit 1). The count printed is
 * the count of files written. An interrupt (the caller's AbortSignal) stops the run, closes
 * the browser and leaves no temporary file.
 */
import path from 'node:path';
import { loadPolicyModel } from '../policy/load.ts';
import type { PolicyModel } from '../policy/model.ts';
import { localToday } from '../calendar.ts';
import { createValidator, type FileResult, type Validator } from '../validate/index.ts';
import { humanFile } from '../validate/format/human.ts';
import { blankDocuments } from './blank.ts';
import type { IssueDetails } from './context.ts';
import { ledgers } from './ledger.ts';
import { reasonOf } from '../cli/errors.ts';
import { fieldsShowing } from './field-of.ts';
import { describeFontPlan } from '../gbt9704/fonts.ts';
import { readCases, readUnits } from './inputs.ts';
import type { DocumentModel } from '../gbt9704/model/types.ts';
import { blankFileName, ledgerFileName } from './naming.ts';
import { settleNames, type IssuedIdentity } from './issued.ts';
import { prepareOutDir } from '../cli/out-dir.ts';
import { LEDGER_ID, documentsForCase, toRenderJob, type FormDef } from './registry.ts';
import { loadFormDefs } from './forms-file.ts';
import { FormRenderer, type RendererOptions } from '../gbt9704/renderer.ts';
import { createTemplates, type FormTemplates } from '../gbt9704/templates.ts';
import type { RenderJob } from '../gbt9704/types.ts';
import { warnMissingGlyphs } from '../gbt9704/glyph-warnings.ts';
import { watchOver } from '../browser/reaper.ts';
import { foldedName, removeStaleTemps, sameNameExists, tempPrefix, writeOutput } from '../cli/write.ts';
import { renderDocx } from '../gbt9704/docx/render.ts';

/** What the documents are written as: PDF to print, DOCX to finish in Word or WPS. */
export type OutputFormat = 'pdf' | 'docx';

export interface RunOptions {
  /** Case files. */
  inputs: string[];
  /** Only these forms (ids); all applicable forms when absent. */
  forms?: string[];
  outDir: string;
  /**
   * Unit set-up files (版头 text, 发文字号 prefix, seal): each case uses the one whose name is
   * its unit's; a single file serves every case.
   */
  unitFiles?: string[];
  /** Overwrite existing PDFs. */
  force?: boolean;
  /** A draft: each page carries its provenance line (溯源…) in the bottom margin; otherwise it is in the metadata only. */
  draft?: boolean;
  /** PDF, DOCX or both (default PDF). */
  formats?: readonly OutputFormat[];
  /** Blank forms to fill by hand, no case files. */
  blank?: boolean;
  /** "Today" for the rules (deadlines) and the ledger; ISO. */
  asOf?: string;
  /** 发文字号 serial, 成文日期 and 签发人 the case does not record (see IssueDetails); a serial needs exactly one document. */
  issue?: IssueDetails;
  /** The PDFs' creation date (defaults to now, or SOURCE_DATE_EPOCH). */
  created?: Date;
  renderer?: RendererOptions;
  /**
   * A renderer already open, used instead of opening one and left open (the tests share one
   * across many runs). An interrupt cancels it: it prints nothing more.
   */
  openRenderer?: FormRenderer;
  /** Messages for the user (stderr). */
  log?: (text: string) => void;
  /** How a path is shown in messages (the command shows it relative to where the user is). */
  display?: (file: string) => string;
  /** Called once rendering starts and after each document (progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Aborted on an interrupt (SIGINT, SIGTERM). */
  signal?: AbortSignal;
}

interface WrittenDocument {
  file: string;
  formId: string;
  caseId: string;
  /** Pages of a PDF (a DOCX's pages are the word processor's to count). */
  pages?: number;
  /** 'exists': the file was there and --force was not given, so it was left alone. */
  outcome: 'written' | 'exists';
}

export interface RunResult {
  exitCode: 0 | 1 | 2;
  documents: WrittenDocument[];
  refused: string[];
  /** Documents that could not be made: their case, form and why. */
  failed: { caseId: string; formId: string; message: string; field?: string }[];
  /** Which typefaces were used, one line per role. */
  fonts: string[];
  /** The run was interrupted before it finished. */
  interrupted?: boolean;
}

function creationDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

interface Setup {
  model: PolicyModel;
  defs: FormDef[];
  only: ReadonlySet<string> | undefined;
  validator: Validator;
  templates: FormTemplates;
  asOf: string;
  log: (text: string) => void;
  renderer: () => Promise<FormRenderer>;
}

export async function runForms(options: RunOptions): Promise<RunResult> {
  const log = options.log ?? ((text: string) => process.stderr.write(text));
  const asOf = options.asOf ?? localToday();
  const model = await loadPolicyModel();
  const defs = loadFormDefs(model);
  const only = options.forms && options.forms.length > 0 ? new Set(options.forms) : undefined;
  const validator = await createValidator({ model, asOf });
  const templates = createTemplates();
  // Starting a browser takes seconds: start it while the cases are read and checked.
  let rendererStarted: Promise<FormRenderer> | undefined;
  const renderer = () => (rendererStarted ??= options.openRenderer ? Promise.resolve(options.openRenderer) : FormRenderer.open(templates, options.renderer));
  const wantsPdf = (options.formats ?? ['pdf']).includes('pdf');
  const early = wantsPdf && (options.inputs.length > 0 || options.blank) ? renderer() : undefined;
  early?.catch(() => undefined); // a launch failure is reported where the renderer is awaited
  // An interrupt ends the browser at once: a print under way is abandoned, nothing more is written.
  const onAbort = () =>
    void rendererStarted?.then(
      (r) => {
        r.cancel();
        return options.openRenderer ? undefined : r.close();
      },
      () => undefined,
    );
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await runWith(options, { model, defs, only, validator, templates, asOf, log, renderer });
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (rendererStarted && !options.openRenderer) await (await rendererStarted.catch(() => undefined))?.close();
  }
}

interface Planned {
  doc: DocumentModel;
  def: FormDef;
  /** The case file it comes from (for messages). */
  source: string;
  file: string;
  /** A case's document: what identifies it as issued (its name is settled by issued.ts). */
  identity?: IssuedIdentity;
  formTitle: string;
  part?: string;
  /** The case it comes from (to name the field of a text that cannot be laid out). */
  data?: unknown;
}

async function runWith(options: RunOptions, setup: Setup): Promise<RunResult> {
  const { model, defs, only, validator, templates, asOf, log } = setup;
  const shown = options.display ?? ((file: string) => file);
  const report = (result: FileResult, note?: string) =>
    log(`${humanFile({ ...result, file: shown(result.file) }, validator.describe, { color: false, quiet: true })}${note ? `  ${note}\n` : ''}`);
  let exitCode: 0 | 1 | 2 = 0;
  const raise = (code: 1 | 2) => {
    if (code > exitCode) exitCode = code;
  };
  const empty = (code: 0 | 1 | 2, refused: string[] = []): RunResult => ({ exitCode: code, documents: [], refused, failed: [], fonts: [] });

  const outProblem = await prepareOutDir(options.outDir, shown(options.outDir));
  if (outProblem) {
    log(`${outProblem}\n`);
    return empty(2);
  }
  await removeStaleTemps(options.outDir);
  // Killed outright (kill -9), this process leaves its temporary files to a watcher to remove.
  const watcher = watchOver({ prefixes: [{ dir: options.outDir, prefix: tempPrefix() }] });
  try {
    return await produce(options, setup, { shown, report, raise: (c) => raise(c), code: () => exitCode });
  } finally {
    watcher.stop();
  }
}

interface Reporting {
  shown: (file: string) => string;
  report: (result: FileResult, note?: string) => void;
  raise: (code: 1 | 2) => void;
  code: () => 0 | 1 | 2;
}

async function produce(options: RunOptions, setup: Setup, io: Reporting): Promise<RunResult> {
  const { model, defs, only, validator, templates, asOf, log } = setup;
  const { shown, report, raise } = io;
  const empty = (code: 0 | 1 | 2, refused: string[] = []): RunResult => ({ exitCode: code, documents: [], refused, failed: [], fonts: [] });

  const planned: Planned[] = [];
  const failed: RunResult['failed'] = [];
  const fail = (source: string, caseId: string, def: FormDef, message: string, field?: string, part?: string) => {
    log(`${shown(source)}  无法生成“${def.title}${part ? `（${part}）` : ''}”：${message}${field ? `（字段：${field}）` : ''}。其余公文照常生成。\n`);
    failed.push({ caseId, formId: def.id, message, ...(field ? { field } : {}) });
    raise(1);
  };
  let refused: string[] = [];

  if (options.blank) {
    for (const { doc, def } of blankDocuments(model, defs, only)) planned.push({ doc, def, source: '', file: path.join(options.outDir, blankFileName(def.title)), formTitle: def.title });
  } else {
    const read = readUnits(options.unitFiles ?? [], validator, report);
    if ('exitCode' in read) {
      log('单位设置文件无效，未生成任何公文。\n');
      return empty(read.exitCode);
    }
    const inputs = readCases(options.inputs, { validator, model, asOf, units: read.units, ...(options.issue ? { issue: options.issue } : {}) }, log, report, shown);
    refused = inputs.refused;
    if (inputs.worst) raise(inputs.worst);
    for (const { file, ctx, hash } of inputs.cases) {
      const identity: IssuedIdentity = { unit: ctx.data.unit.name, caseId: ctx.data.id, hash };
      for (const built of documentsForCase(ctx, defs, only)) {
        if (built.problem) fail(file, ctx.data.id, built.def, built.problem.message, built.problem.field);
        else planned.push({ doc: built.doc!, def: built.def, source: file, file: '', identity, formTitle: built.def.title, ...(built.doc!.part ? { part: built.doc!.part } : {}), data: ctx.data });
      }
    }
    // Two units may use the same case number: the name a document was issued under, or will be, is settled by unit + number.
    await settleNames(planned, options.outDir);
    const ledgerDef = defs.find((d) => d.id === LEDGER_ID)!;
    const wantLedger = only ? only.has(LEDGER_ID) : inputs.cases.length >= 2;
    if (wantLedger) {
      for (const doc of ledgers(inputs.cases.map((c) => c.ctx), ledgerDef.title)) {
        planned.push({ doc, def: ledgerDef, source: '', file: path.join(options.outDir, ledgerFileName(ledgerDef.title, doc.caseId.split('、'), doc.part)), formTitle: ledgerDef.title });
      }
    }
    for (const id of only ?? []) {
      if (!planned.some((p) => p.def.id === id) && !failed.some((f) => f.formId === id) && inputs.cases.length > 0) {
        log(`所给案件均不需要“${defs.find((d) => d.id === id)?.title ?? id}”，未生成。\n`);
      }
    }
  }

  // Two documents never share a file name (the second would overwrite the first), nor names that
  // differ only in case: on a Windows share, exFAT or macOS they are one file.
  const taken = new Map<string, number>();
  for (const p of planned) {
    const key = foldedName(p.file);
    const n = (taken.get(key) ?? 0) + 1;
    taken.set(key, n);
    if (n > 1) p.file = p.file.replace(/\.pdf$/, `_${n}.pdf`);
  }

  // One serial is one document: stamping it on several would issue them all under one number.
  const numbered = planned.filter((p) => p.doc.layout === 'letter');
  if (options.issue?.serial !== undefined && numbered.length !== 1) {
    const titles = numbered.map((p) => `${p.doc.caseId} ${p.def.title}${p.doc.part ? `（${p.doc.part}）` : ''}`);
    log(`--serial 只能用于生成一份公文，本次将生成 ${numbered.length} 份${titles.length ? `：${titles.join('、')}` : ''}。请只给一个案件文件，并用 --form 指定一种公文；同一案件有几份同种公文时不能用 --serial，序号请在打印件上填写。\n`);
    return { ...empty(2, refused), failed };
  }
  const banner = numbered[0]?.doc.blocks[0];
  if (options.issue?.serial !== undefined && banner?.kind === 'banner' && banner.number.every((r) => r.blank)) {
    log('没有发文字号前缀（单位设置文件的 documentPrefix）：发文字号整个留空待填，--serial 未写入。\n');
  }

  const created = options.created ?? creationDate();
  const formats = options.formats ?? ['pdf'];
  const documents: WrittenDocument[] = [];
  const todo: { job: RenderJob; entry: Planned }[] = [];
  const docx: { job: RenderJob; entry: Planned; file: string }[] = [];
  const order = new Map<string, number>();
  planned.forEach((entry, i) => {
    const files = { pdf: entry.file, docx: entry.file.replace(/\.pdf$/, '.docx') };
    for (const f of formats) order.set(files[f], i * formats.length + formats.indexOf(f));
    // An issued notice is not made again unless asked (the writer re-checks atomically).
    const wanted = formats.filter((f) => {
      if (options.force || !sameNameExists(files[f])) return true;
      documents.push({ file: files[f], formId: entry.def.id, caseId: entry.doc.caseId, outcome: 'exists' });
      raise(1);
      return false;
    });
    if (wanted.length === 0) return;
    let job: RenderJob;
    try {
      job = toRenderJob(entry.doc, templates, created, model, { draft: options.draft ?? false });
    } catch (error) {
      fail(entry.source, entry.doc.caseId, entry.def, reasonOf(error));
      return;
    }
    if (wanted.includes('pdf')) todo.push({ job, entry });
    if (wanted.includes('docx')) docx.push({ job, entry, file: files.docx });
  });

  // The DOCX need no browser: written first, each on its own, as the PDFs are.
  for (const d of docx) {
    if (options.signal?.aborted) break;
    try {
      const bytes = await renderDocx(d.entry.doc, { subject: d.job.meta.subject, trace: d.job.trace });
      const outcome = await writeOutput(d.file, bytes, options.force ?? false);
      if (outcome === 'exists') raise(1);
      documents.push({ file: d.file, formId: d.entry.def.id, caseId: d.entry.doc.caseId, outcome });
    } catch (error) {
      log(`${shown(d.file)}  无法写出：${reasonOf(error)}\n`);
      raise(2);
    }
  }

  let fonts: string[] = [];
  let interrupted = false;
  if (todo.length > 0 && !options.signal?.aborted) {
    let renderer: FormRenderer;
    try {
      renderer = await setup.renderer();
    } catch (error) {
      log(`${reasonOf(error)}\n`);
      return { ...empty(2, refused), failed };
    }
    for (const t of todo) warnMissingGlyphs(t.job, t.entry.doc, renderer, log);
    const byJob = new Map(todo.map((t) => [t.job, t]));
    let done = 0;
    options.onProgress?.(0, todo.length);
    try {
      await renderer.render(
        todo.map((t) => t.job),
        async (rendered) => {
          const t = byJob.get(rendered.job)!;
          try {
            const outcome = await writeOutput(t.entry.file, rendered.pdf, options.force ?? false);
            if (outcome === 'exists') raise(1);
            documents.push({ file: t.entry.file, formId: t.entry.def.id, caseId: t.entry.doc.caseId, pages: rendered.pages, outcome });
            for (const w of rendered.warnings) log(`${shown(t.entry.file)}  注意：${w}。\n`);
          } catch (error) {
            // One output that cannot be written does not stop the others.
            log(`${shown(t.entry.file)}  无法写出：${reasonOf(error)}\n`);
            raise(2);
          }
          options.onProgress?.(++done, todo.length);
        },
        (problem) => {
          const t = byJob.get(problem.job)!;
          const field = problem.field ?? (problem.text && t.entry.data ? fieldsShowing(t.entry.data, problem.text) : undefined);
          fail(t.entry.source || t.entry.file, t.entry.doc.caseId, t.entry.def, problem.message, field, t.entry.doc.part);
          options.onProgress?.(++done, todo.length);
        },
      );
    } catch (error) {
      if (!options.signal?.aborted) {
        log(`生成公文时出错，已停止：${reasonOf(error)}\n`);
        raise(2);
      }
    }
    interrupted = options.signal?.aborted ?? false;
    fonts = describeFontPlan(renderer.fontPlan, renderer.usedRoles);
  } else if (options.signal?.aborted) {
    interrupted = true;
  }
  // Pages print side by side and finish in any order: list the documents in the order planned.
  documents.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { exitCode: io.code(), documents, refused, failed, fonts, ...(interrupted ? { interrupted } : {}) };
}
