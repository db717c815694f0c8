/**
 * One run of the forms command: validate every case (an invalid one is refused with the
 * validator's errors, the others go on), work out which documents each calls for, render
 * them all with one browser, and write each PDF atomically without overwriting.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Case, Unit } from '../case/index.ts';
import { loadPolicyModel } from '../policy/load.ts';
import type { PolicyModel } from '../policy/model.ts';
import { localToday } from '../rules/index.ts';
import { createValidator, type FileResult, type Validator } from '../validate/index.ts';
import { humanFile } from '../validate/report/human.ts';
import { missingCharacters } from './coverage.ts';
import { describeFontPlan } from './fonts.ts';
import { documentFileName, ledgerFileName } from './naming.ts';
import { caseHash } from './provenance.ts';
import { LEDGER_ID, documentsForCase, loadFormDefs, toRenderJob, type FormDef } from './registry.ts';
import { FormRenderer, type RendererOptions } from './renderer.ts';
import { createTemplates, type FormTemplates } from './templates.ts';
import type { RenderJob } from './types.ts';
import { unitSettings, type FormContext, type IssueDetails } from './views/context.ts';
import type { FormDocument } from './views/document.ts';
import { ledger } from './views/tables.ts';
import { writePdf } from './write.ts';

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
  /** "Today" for the rules (deadlines) and the ledger; ISO. */
  asOf?: string;
  /** 发文字号 serial, 成文日期 and 签发人 the case does not record (see IssueDetails); a serial needs exactly one document. */
  issue?: IssueDetails;
  /** The PDFs' creation date (defaults to now, or SOURCE_DATE_EPOCH). */
  created?: Date;
  renderer?: RendererOptions;
  /** Messages for the user (stderr). */
  log?: (text: string) => void;
  /** How a path is shown in messages (the command shows it relative to where the user is). */
  display?: (file: string) => string;
  /** Called once rendering starts and after each document (progress bar). */
  onProgress?: (done: number, total: number) => void;
}

interface WrittenDocument {
  file: string;
  formId: string;
  caseId: string;
  pages: number;
  /** 'exists': the file was there and --force was not given, so it was left alone. */
  outcome: 'written' | 'exists';
}

export interface RunResult {
  exitCode: 0 | 1 | 2;
  documents: WrittenDocument[];
  refused: string[];
  /** Which typefaces were used, one line per role. */
  fonts: string[];
}

function creationDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

export async function runForms(options: RunOptions): Promise<RunResult> {
  const log = options.log ?? ((text: string) => process.stderr.write(text));
  const asOf = options.asOf ?? localToday();
  const model = await loadPolicyModel();
  const defs = loadFormDefs(model);
  const only = options.forms && options.forms.length > 0 ? new Set(options.forms) : undefined;
  const validator = await createValidator({ model, asOf });
  const templates = createTemplates(model);
  // Starting a browser takes seconds: start it while the cases are read and checked.
  let rendererStarted: Promise<FormRenderer> | undefined;
  const renderer = () => (rendererStarted ??= FormRenderer.open(templates, options.renderer));
  const early = options.inputs.length > 0 ? renderer() : undefined;
  early?.catch(() => undefined); // a launch failure is reported where the renderer is awaited
  try {
    return await runWith(options, { model, defs, only, validator, templates, asOf, log, renderer });
  } finally {
    if (rendererStarted) await (await rendererStarted.catch(() => undefined))?.close();
  }
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

async function runWith(options: RunOptions, setup: Setup): Promise<RunResult> {
  const { model, defs, only, validator, templates, asOf, log } = setup;
  const shown = options.display ?? ((file: string) => file);
  const report = (result: FileResult) => log(humanFile({ ...result, file: shown(result.file) }, validator.describe, { color: false, quiet: true }));
  let exitCode: 0 | 1 | 2 = 0;
  const raise = (code: 1 | 2) => {
    if (code > exitCode) exitCode = code;
  };

  const units: Unit[] = [];
  for (const unitFile of options.unitFiles ?? []) {
    // Whatever --unit names is read as a unit set-up file, whatever its "$schema" says.
    const result = validator.validateFile(unitFile, 'unit');
    if (!result.valid || !result.data) {
      report(result);
      log('单位设置文件无效，未生成任何公文。\n');
      return { exitCode: result.unreadable ? 2 : 1, documents: [], refused: [], fonts: [] };
    }
    // Valid against unit.schema.json, which the Unit type follows.
    units.push(result.data as unknown as Unit);
  }
  const unitFor = (name: string) => units.find((u) => u.name === name) ?? (units.length === 1 ? units[0] : undefined);

  const contexts: FormContext[] = [];
  const refused: string[] = [];
  const issue = options.issue ? { issue: options.issue } : {};
  for (const file of options.inputs) {
    const result = validator.validateFile(file);
    if (!result.valid || result.kind !== 'case' || !result.data) {
      if (result.kind !== 'case') log(`${shown(file)}  不是案件文件（是单位设置文件），请用 --unit 指定。\n`);
      else report(result);
      refused.push(file);
      raise(result.unreadable ? 2 : 1);
      continue;
    }
    // Valid against case.schema.json, which the Case type follows.
    const data = result.data as unknown as Case;
    const unit = unitFor(data.unit.name);
    if (unit && unit.name !== data.unit.name) log(`${shown(file)}  注意：案件所属单位“${data.unit.name}”与单位设置文件“${unit.name}”不一致，按单位设置文件排版。\n`);
    if (!unit) log(`${shown(file)}  没有“${data.unit.name}”的单位设置文件（--unit）：发文机关标志按“单位名称＋维权办全称”排印，发文字号前缀留空待填。\n`);
    contexts.push({ data, issues: result.issues, duties: result.duties, model, unit: unitSettings(model, data.unit.name, unit), asOf, ...issue });
  }

  const planned = plan(contexts, defs, only, asOf);
  // One serial is one document: stamping it on several would issue them all under one number.
  // Only letters carry a 发文字号 (the register and the ledger are tables).
  const numbered = planned.filter((p) => p.def.layout === 'letter');
  if (options.issue?.serial !== undefined && numbered.length !== 1) {
    const titles = numbered.map((p) => `${p.doc.caseId} ${p.def.title}${p.doc.part ? `（${p.doc.part}）` : ''}`);
    log(`--serial 只能用于生成一份公文，本次将生成 ${numbered.length} 份${titles.length ? `：${titles.join('、')}` : ''}。请只给一个案件文件，并用 --form 指定一种公文；同一案件有几份同种公文时不能用 --serial，序号请在打印件上填写。\n`);
    return { exitCode: 2, documents: [], refused, fonts: [] };
  }
  for (const id of only ?? []) {
    if (!planned.some((p) => p.doc.formId === id) && contexts.length > 0) log(`所给案件均不需要“${defs.find((d) => d.id === id)?.title ?? id}”，未生成。\n`);
  }
  const created = options.created ?? creationDate();
  const documents: WrittenDocument[] = [];
  const todo: { job: RenderJob; file: string; doc: FormDocument }[] = [];
  const fileOf = ({ doc, def }: (typeof planned)[number]) =>
    path.join(options.outDir, doc.formId === LEDGER_ID ? ledgerFileName(def.title, doc.caseId.split('、')) : documentFileName(doc.caseId, def.title, doc.part));
  for (const entry of planned) {
    const { doc, def, hash } = entry;
    const file = fileOf(entry);
    // An issued notice is not printed again unless asked (writePdf re-checks atomically).
    if (!options.force && existsSync(file)) {
      documents.push({ file, formId: doc.formId, caseId: doc.caseId, pages: 0, outcome: 'exists' });
      raise(1);
      continue;
    }
    try {
      todo.push({ job: toRenderJob(doc, def, templates, created, model, hash), file, doc });
    } catch (error) {
      // A template that cannot take this case's data is a defect: say which, and go on with the rest.
      log(`${doc.caseId}  无法生成“${def.title}”：${(error as Error).message}\n`);
      raise(2);
    }
  }

  let fonts: string[] = [];
  if (todo.length > 0) {
    const renderer = await setup.renderer();
    for (const t of todo) warnMissingGlyphs(t.job, t.doc, renderer, log);
    const byJob = new Map(todo.map((t) => [t.job, t]));
    let done = 0;
    options.onProgress?.(0, todo.length);
    await renderer.render(
      todo.map((t) => t.job),
      async (rendered) => {
        const t = byJob.get(rendered.job)!;
        try {
          const outcome = await writePdf(t.file, rendered.pdf, options.force ?? false);
          if (outcome === 'exists') raise(1);
          documents.push({ file: t.file, formId: t.doc.formId, caseId: t.doc.caseId, pages: rendered.pages, outcome });
        } catch (error) {
          // One output that cannot be written does not stop the others.
          log(`${shown(t.file)}  无法写出：${(error as Error).message}\n`);
          raise(2);
        }
        options.onProgress?.(++done, todo.length);
      },
    );
    fonts = describeFontPlan(renderer.fontPlan, renderer.usedRoles);
  }
  // Pages print side by side and finish in any order: list the documents in the order planned.
  const order = new Map(planned.map((p, i) => [p.doc, i]));
  const position = (file: string) => order.get(planned.find((p) => fileOf(p) === file)!.doc) ?? 0;
  documents.sort((a, b) => position(a.file) - position(b.file));
  return { exitCode, documents, refused, fonts };
}

/** Every document the valid cases call for, and the ledger over them (asked for, or two cases or more). */
function plan(contexts: readonly FormContext[], defs: readonly FormDef[], only: ReadonlySet<string> | undefined, asOf: string) {
  const defOf = (id: string) => defs.find((d) => d.id === id)!;
  const out: { doc: FormDocument; def: FormDef; hash: string }[] = [];
  for (const ctx of contexts) {
    const hash = caseHash(ctx.data);
    for (const doc of documentsForCase(ctx, defs, only)) out.push({ doc, def: defOf(doc.formId), hash });
  }
  const wantLedger = only ? only.has(LEDGER_ID) : contexts.length >= 2;
  const ledgerDoc = wantLedger ? ledger(contexts, defOf(LEDGER_ID).title, asOf) : undefined;
  if (ledgerDoc) out.push({ doc: ledgerDoc, def: defOf(LEDGER_ID), hash: caseHash(contexts.map((c) => c.data)) });
  return out;
}

/** Says which characters of a document no bundled face can print (see coverage.ts): the clerk checks them on paper. */
function warnMissingGlyphs(job: RenderJob, doc: FormDocument, renderer: FormRenderer, log: (text: string) => void): void {
  const missing = missingCharacters(job.html);
  if (missing.length === 0) return;
  const chars = missing.map((c) => `“${c}”（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('、');
  const fang = renderer.fontPlan.roles.fang;
  const fallback = fang.official ? `若正式字体“${fang.official}”也没有，将` : '将';
  log(`${doc.caseId}  注意：“${job.meta.title}”中的 ${chars} 不在随附字体 ${fang.bundled.name} 中，打印时${fallback}由本机其他字体补字，字形可能与正文不同；请核对打印件。\n`);
}
