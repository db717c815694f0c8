/**
 * The PDF renderer: one browser for a whole run, a small pool of pages printing at once,
 * and many documents per print (cut apart afterwards, see split.ts), each document with
 * its own page numbers (page-numbers.ts) and metadata (metadata.ts).
 */
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, type LaunchedBrowser } from '../browser/launch.ts';
import { BUNDLED, OFFICIAL_CANDIDATES, buildFontPlan, type BundledFace, type FontPlan, type FontRole } from './fonts.ts';
import type { PageGeometry } from './geometry.ts';
import { ROLE_STYLE_ID, shellHtml } from './html.ts';
import { documentsBody } from './print-body.ts';
import { applyMetadata } from './metadata.ts';
import { printNumberSheet, stampPageNumbers, type NumberSheet } from './page-numbers.ts';
import { checkFonts, preparePage, probeOfficialFonts, setBody, setRoleCss, type PreparedPage } from './page-setup.ts';
import { drawDoubleRules } from './letterhead.ts';
import { nonTrueTypeFonts } from './font-check.ts';
import { layoutDocuments } from './layout.ts';
import { documentRanges, extractPages } from './split.ts';
import { copyStructure } from './structure.ts';
import type { FormTemplates } from './templates.ts';
import type { LayoutProblem, RenderJob, RenderedDocument } from './types.ts';

export interface RendererOptions {
  /** Pages printing at the same time (default 2: this project's machines have 2 cores). */
  concurrency?: number;
  /**
   * Documents per print call (1 prints each on its own). Default: one batch per page, at
   * most 100 documents each. The fixed ≈130 ms of a print is paid once per batch; measured
   * on 200 notices, batches of 100 gave 16.4 PDFs/s against 11.3 for batches of 34, so the
   * overlap of printing and splitting that smaller batches buy does not pay for itself.
   */
  batchSize?: number;
  /** Official font names to look for, per role (tests substitute their own). */
  fontCandidates?: Record<FontRole, readonly string[]>;
  /** The open fonts used when an official one is missing. */
  bundled?: Record<FontRole, BundledFace>;
  /**
   * A browser already running (the tests' shared one): the renderer opens its pages in it and
   * closes only those, instead of launching a browser of its own and closing it.
   */
  browser?: Browser;
}

const MAX_BATCH = 100;
const BATCHES_PER_PAGE = 1;

/** Documents per print when none is set: the jobs spread over the pages, capped. */
export function defaultBatchSize(jobCount: number, pageCount: number): number {
  return Math.min(MAX_BATCH, Math.max(1, Math.ceil(jobCount / (pageCount * BATCHES_PER_PAGE))));
}

/** Where the time went, ms summed over all batches (the benchmark prints it). */
export interface RenderTimings {
  open: number;
  content: number;
  layout: number;
  print: number;
  split: number;
  prints: number;
}

export class FormRenderer {
  readonly usedRoles = new Set<FontRole>();
  readonly timings: RenderTimings = { open: 0, content: 0, layout: 0, print: 0, split: 0, prints: 0 };
  private sheets = new Map<PageGeometry['orientation'], Promise<NumberSheet>>();
  private sheetSizes = new Map<PageGeometry['orientation'], number>();

  private constructor(
    /** The browser this renderer launched; undefined when it prints in one it was given. */
    private readonly launched: LaunchedBrowser | undefined,
    private readonly pages: PreparedPage[],
    readonly fontPlan: FontPlan,
    private readonly templates: FormTemplates,
    readonly browserVersion: string,
    private readonly batchSize: number | undefined,
  ) {}

  static async open(templates: FormTemplates, options: RendererOptions = {}): Promise<FormRenderer> {
    const started = performance.now();
    const launched = options.browser ? undefined : await launchBrowser();
    const browser = options.browser ?? launched!.browser;
    const pages: PreparedPage[] = [];
    try {
      const bundled = options.bundled ?? BUNDLED;
      const count = Math.max(1, options.concurrency ?? 2);
      // Every page loads the shell with the bundled faces at once; the installed official
      // faces, probed in the first page meanwhile, are switched in afterwards (a small
      // style), so the ≈500 @font-face rules are parsed once per page and no more.
      const open = buildFontPlan({}, bundled);
      const shell = shellHtml(open.bundledCss, open.roleCss);
      await Promise.all(Array.from({ length: count }, async () => pages.push(await preparePage(browser, open.fontDirs, shell))));
      const found = await probeOfficialFonts(pages[0]!.page, options.fontCandidates ?? OFFICIAL_CANDIDATES);
      const plan = buildFontPlan(found, bundled);
      if (Object.keys(found).length > 0) await Promise.all(pages.map((p) => setRoleCss(p.page, ROLE_STYLE_ID, plan.roleCss)));
      const version = await browser.version();
      const renderer = new FormRenderer(launched, pages, plan, templates, version, options.batchSize && Math.max(1, options.batchSize));
      renderer.timings.open = performance.now() - started;
      renderer.preparePortraitSheet();
      return renderer;
    } catch (error) {
      if (launched) await launched.close();
      else await Promise.all(pages.map((p) => p.page.close().catch(() => undefined)));
      throw error;
    }
  }

  /** Pages busy with work started before render() (the first number sheet). */
  private busy = new Map<PreparedPage, Promise<unknown>>();

  /**
   * The portrait number sheet is printed at once on the last page of the pool, so that
   * with two pages it costs no time: the first batch prints meanwhile on the other.
   */
  private preparePortraitSheet(): void {
    const page = this.pages[this.pages.length - 1]!;
    const size = 8;
    this.sheetSizes.set('portrait', size);
    const sheet = printNumberSheet(page.page, this.templates, size, 'portrait');
    this.sheets.set('portrait', sheet);
    this.busy.set(page, sheet.catch(() => undefined));
  }

  /** The browser's main process (for measuring what it costs), when this renderer launched it. */
  get browserPid(): number | undefined {
    return this.launched?.pid;
  }

  get producer(): string {
    return `${this.browserVersion} printToPDF; pdf-lib`;
  }

  /**
   * Renders every job. With `onDocument`, each PDF is handed over as soon as it is ready (to
   * write it and move a progress bar) and not kept, so a long run holds only a batch at a
   * time; without it, all are returned in the order of the jobs. A document that cannot be
   * laid out goes to `onProblem` (or throws, without it); the rest of its batch prints.
   */
  async render(
    jobs: readonly RenderJob[],
    onDocument?: (doc: RenderedDocument) => Promise<void> | void,
    onProblem?: (problem: LayoutProblem) => void,
  ): Promise<RenderedDocument[]> {
    const batches: RenderJob[][] = [];
    const size = this.batchSize ?? defaultBatchSize(jobs.length, this.pages.length);
    for (const orientation of ['portrait', 'landscape'] as const) {
      const same = jobs.filter((j) => j.orientation === orientation);
      for (let i = 0; i < same.length; i += size) batches.push(same.slice(i, i + size));
    }
    const results = new Map<RenderJob, RenderedDocument>();
    const problems: LayoutProblem[] = [];
    let next = 0;
    const worker = async (prepared: PreparedPage) => {
      await this.busy.get(prepared);
      while (next < batches.length && !this.cancelled) {
        const batch = batches[next++]!;
        for (const doc of await this.printBatch(prepared, batch, (p) => (onProblem ? onProblem(p) : problems.push(p)))) {
          if (this.cancelled) return;
          if (onDocument) await onDocument(doc);
          else results.set(doc.job, doc);
        }
      }
    };
    await Promise.all(this.pages.map(worker));
    if (!onProblem && problems.length > 0) throw new Error(problems.map((p) => `${p.job.meta.title}：${p.message}`).join('；'));
    return onDocument ? [] : jobs.filter((j) => results.has(j)).map((j) => results.get(j)!);
  }

  /** Set on an interrupt: no further batch starts, and finished documents are not handed on. */
  private cancelled = false;

  cancel(): void {
    this.cancelled = true;
  }

  private async printBatch(prepared: PreparedPage, batch: RenderJob[], problem: (p: LayoutProblem) => void): Promise<RenderedDocument[]> {
    const { page } = prepared;
    const t = this.timings;
    let mark = performance.now();
    const lap = (key: 'content' | 'layout' | 'print' | 'split') => {
      const now = performance.now();
      t[key] += now - mark;
      mark = now;
    };
    await setBody(page, documentsBody(batch));
    const fonts = await checkFonts(page);
    for (const role of fonts.used) this.usedRoles.add(role);
    lap('content');
    const failed = await layoutDocuments(page);
    for (const f of failed) problem({ job: batch[f.index]!, message: f.message, ...(f.field ? { field: f.field } : {}), ...(f.text ? { text: f.text } : {}) });
    const printed = batch.filter((_, i) => !failed.some((f) => f.index === i));
    lap('layout');
    if (printed.length === 0) return [];
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, waitForFonts: true });
    t.prints++;
    lap('print');
    const blocked = prepared.takeBlocked();
    if (blocked.length > 0) throw new Error(`页面试图加载模板以外的资源，已阻止：${blocked.join('，')}`);
    // pdf-lib yields to the event loop every 50–100 objects by default; parsing and saving
    // in one go is 3–6× faster here, and each document is small.
    const source = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
    const ranges = documentRanges(source, printed.length);
    const longest = Math.max(...ranges.map(([a, b]) => b - a + 1));
    const orientation = printed[0]!.orientation;
    const sheet = await this.numberSheet(prepared, orientation, longest);
    for (const role of sheet.used) this.usedRoles.add(role);
    mark = performance.now();
    const out: RenderedDocument[] = [];
    for (const [i, [first, last]] of ranges.entries()) {
      const job = printed[i]!;
      const doc = await extractPages(source, first, last);
      copyStructure(source, doc, first, last);
      await stampPageNumbers(doc, () => sheet, job.format === 'letter');
      if (job.format === 'letter' && job.doubleRuleTop !== undefined) drawDoubleRules(doc.getPage(0), job.doubleRuleTop);
      applyMetadata(doc, job.meta, this.producer);
      const odd = nonTrueTypeFonts(doc);
      const warnings = odd.length > 0 ? [`嵌入了非 TrueType 字体（${odd.join('、')}），有字由本机其他字体补上，请核对打印件`] : [];
      out.push({ job, pdf: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: last - first + 1, warnings });
    }
    lap('split');
    return out;
  }

  /** The sheet of page numbers for an orientation, printed once and reprinted longer if a document needs more pages. */
  private async numberSheet(prepared: PreparedPage, orientation: PageGeometry['orientation'], pages: number): Promise<NumberSheet> {
    const have = this.sheetSizes.get(orientation) ?? 0;
    if (have < pages) {
      const size = Math.max(pages, 8, have * 2);
      this.sheetSizes.set(orientation, size);
      this.sheets.set(orientation, printNumberSheet(prepared.page, this.templates, size, orientation));
    }
    const sheet = await this.sheets.get(orientation)!;
    if (sheet.pages < pages) return this.numberSheet(prepared, orientation, pages);
    return sheet;
  }

  async close(): Promise<void> {
    if (this.launched) await this.launched.close();
    else await Promise.all(this.pages.map((p) => p.page.close().catch(() => undefined)));
  }
}
