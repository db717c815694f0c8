/**
 * GB/T 9704-2012 page geometry, in one place: the stylesheet receives these numbers
 * as CSS custom properties and the layout tests check the printed PDF against them.
 *
 * The 版心 (type area) is 156 × 225 mm at 28 mm from the left and 37 mm from the top of
 * an A4 sheet; 22 lines of 28 characters of 3号 (16 pt) 仿宋 fill it. 28 characters of
 * 16 pt would be 2 mm too wide, so the character pitch (156 mm / 28) is a little less
 * than the type size, as Word's "snap to character grid" does.
 */

export const MM_PER_PT = 25.4 / 72;
export const PX_PER_MM = 96 / 25.4;

/** Chromium lays out in 1/64 px units: pitches are floored to them so that 22 lines or 28 characters never round up past the 版心 and spill a line or a character. */
function floorToLayoutUnit(mm: number): number {
  return Math.floor(mm * PX_PER_MM * 64) / 64 / PX_PER_MM;
}

export interface PageGeometry {
  orientation: 'portrait' | 'landscape';
  /** Sheet size, mm. */
  width: number;
  height: number;
  /** Margins around the 版心, mm. */
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** The 版心, mm. */
  typeWidth: number;
  typeHeight: number;
}

export const PORTRAIT: PageGeometry = {
  orientation: 'portrait',
  width: 210,
  height: 297,
  top: 37,
  left: 28,
  right: 26,
  bottom: 35,
  typeWidth: 156,
  typeHeight: 225,
};

/**
 * A landscape page (工作台账) keeps the same 版心 turned a quarter: 225 mm wide and
 * 156 mm high, its top edge on the binding side.
 */
export const LANDSCAPE: PageGeometry = {
  orientation: 'landscape',
  width: 297,
  height: 210,
  top: 28,
  left: 37,
  right: 35,
  bottom: 26,
  typeWidth: 225,
  typeHeight: 156,
};

export function geometryFor(orientation: PageGeometry['orientation']): PageGeometry {
  return orientation === 'landscape' ? LANDSCAPE : PORTRAIT;
}

/** Type sizes in pt (the "word" system of Chinese 字号). */
const TYPE_SIZE = {
  chuhao: 42,
  xiaochu: 36,
  yihao: 26,
  erhao: 22,
  xiaoer: 18,
  sanhao: 16,
  sihao: 14,
  xiaosi: 12,
  wuhao: 10.5,
  xiaowu: 9,
} as const;

export const GRID = {
  lines: 22,
  chars: 28,
  /** Line pitch, mm: 225 / 22 ≈ 10.227 mm ≈ 28.98 pt. */
  linePitch: floorToLayoutUnit(PORTRAIT.typeHeight / 22),
  /** Character pitch, mm: 156 / 28 ≈ 5.571 mm ≈ 15.79 pt. */
  charPitch: floorToLayoutUnit(PORTRAIT.typeWidth / 28),
  /** Body type size, pt (3号). */
  bodySize: TYPE_SIZE.sanhao,
} as const;

/** Where the parts of the 版头 and the page number sit, mm (GB/T 9704-2012 §7.2, §7.5). */
export const PLACEMENT = {
  /** Top edge of the issuer mark below the top of the 版心. */
  issuerMarkTop: 35,
  /** Largest issuer mark type size, pt, and the smallest before it is condensed instead. */
  issuerMarkMaxSize: TYPE_SIZE.chuhao,
  issuerMarkMinSize: TYPE_SIZE.erhao,
  /** Blank lines between the issuer mark and the 发文字号. */
  linesAfterMark: 2,
  /** Red rule below the 发文字号 text. */
  ruleBelowNumber: 4,
  redRuleWidth: 0.5,
  /** The 版头 occupies this many grid lines on the first page, then two blank lines, then the title. */
  bannerLines: 9,
  /** Page number: top edge 7 mm below the 版心, 4号, one character in from the outer edge. */
  pageNumberGap: 7,
  pageNumberSize: TYPE_SIZE.sihao,
  /** 版记 rules: thick outer, thin inner (mm). */
  banjiThick: 0.35,
  banjiThin: 0.25,
} as const;

const RED = '#e60012';

/**
 * The 版头 on the grid: the 发文字号 sits on line 8 (index 7), two blank lines below any
 * issuer mark up to 初号 whose top is 35 mm below the 版心; the red rule 4 mm below the
 * 发文字号's characters.
 */
export const BANNER = (() => {
  const numberLine = 7;
  const numberTop = numberLine * GRID.linePitch;
  const glyphBottom = numberTop + (GRID.linePitch + GRID.bodySize * MM_PER_PT) / 2;
  return { numberTop, ruleTop: glyphBottom + PLACEMENT.ruleBelowNumber };
})();

/** Issuer marks are centred, no wider than the 版心: large when short, condensed when long. */
export function issuerMarkSize(text: string, typeWidthMm = PORTRAIT.typeWidth): { sizePt: number; scaleX: number } {
  const chars = Math.max(1, [...text].length);
  const fitPt = typeWidthMm / MM_PER_PT / chars;
  const sizePt = Math.min(PLACEMENT.issuerMarkMaxSize, Math.max(PLACEMENT.issuerMarkMinSize, Math.floor(fitPt * 10) / 10));
  const natural = chars * sizePt;
  const scaleX = Math.min(1, (typeWidthMm / MM_PER_PT) * 0.98 / natural);
  return { sizePt, scaleX: Math.round(scaleX * 1000) / 1000 };
}

/**
 * The parts set off the line grid, in one place for the stylesheet (as custom properties) and
 * the DOCX: type sizes in pt, line heights as multiples of the type size (CSS line-height; the
 * DOCX sets them as exact spacing), paddings in mm.
 */
export const SETTING = {
  /** 2号小标宋; its lines a little more than a grid line apart so that their letters never touch. */
  title: { sizePt: TYPE_SIZE.erhao, lineFactor: 1.1 },
  /** Blank line under a form's title, mm. */
  formTitleAfter: 2,
  /** A form's own paragraphs. */
  form: { line: 1.5 },
  /** The line of facts under a form's title. */
  formMeta: { sizePt: TYPE_SIZE.wuhao, line: 1.5, after: 2 },
  /** A form's closing note (flush paragraphs under the table). */
  formNote: { sizePt: TYPE_SIZE.wuhao, line: 1.6, before: 2 },
  /** Ruled tables; the landscape ledger a little smaller. */
  table: { sizePt: TYPE_SIZE.wuhao, ledgerSizePt: 10, line: 1.5, padV: 0.6, padH: 1.2 },
  /** The 版记's lines: 4号; a long 抄送 wraps five characters in, its first line one character in. */
  banji: { sizePt: TYPE_SIZE.sihao, ccIndent: 5, ccFirst: -4 },
  /** The trace line in the bottom margin: 宋体, its foot this far above the sheet's edge, mm. */
  trace: { sizePt: 6, line: 1.7, fromEdge: 6 },
} as const;

/** The numbers as CSS custom properties for templates/gbt9704.css. */
export function geometryCss(): string {
  const mm = (v: number) => `${v}mm`;
  const vars: Record<string, string> = {
    '--page-width': mm(PORTRAIT.width),
    '--page-height': mm(PORTRAIT.height),
    '--type-width': mm(PORTRAIT.typeWidth),
    '--type-height': mm(PORTRAIT.typeHeight),
    '--line': mm(GRID.linePitch),
    '--char': mm(GRID.charPitch),
    '--body-size': `${GRID.bodySize}pt`,
    '--letter-spacing': `calc(${mm(GRID.charPitch)} - ${GRID.bodySize}pt)`,
    '--banner-height': mm(GRID.linePitch * PLACEMENT.bannerLines),
    '--mark-top': mm(PLACEMENT.issuerMarkTop),
    '--number-top': mm(BANNER.numberTop),
    '--rule-top': mm(BANNER.ruleTop),
    '--red': RED,
    '--red-rule': mm(PLACEMENT.redRuleWidth),
    '--banji-thick': mm(PLACEMENT.banjiThick),
    '--banji-thin': mm(PLACEMENT.banjiThin),
    '--l-type-width': mm(LANDSCAPE.typeWidth),
    '--l-type-height': mm(LANDSCAPE.typeHeight),
    '--title-size': `${SETTING.title.sizePt}pt`,
    '--title-line': String(SETTING.title.lineFactor),
    '--form-title-after': mm(SETTING.formTitleAfter),
    '--form-line': String(SETTING.form.line),
    '--meta-size': `${SETTING.formMeta.sizePt}pt`,
    '--meta-line': String(SETTING.formMeta.line),
    '--meta-after': mm(SETTING.formMeta.after),
    '--note-size': `${SETTING.formNote.sizePt}pt`,
    '--note-line': String(SETTING.formNote.line),
    '--note-before': mm(SETTING.formNote.before),
    '--table-size': `${SETTING.table.sizePt}pt`,
    '--ledger-size': `${SETTING.table.ledgerSizePt}pt`,
    '--table-line': String(SETTING.table.line),
    '--cell-pad': `${mm(SETTING.table.padV)} ${mm(SETTING.table.padH)}`,
    '--banji-size': `${SETTING.banji.sizePt}pt`,
    '--cc-indent': String(SETTING.banji.ccIndent),
    '--cc-first': String(SETTING.banji.ccFirst),
    '--trace-size': `${SETTING.trace.sizePt}pt`,
  };
  const page = (name: string, g: PageGeometry) =>
    `@page ${name}{size:${mm(g.width)} ${mm(g.height)};margin:${mm(g.top)} ${mm(g.right)} ${mm(g.bottom)} ${mm(g.left)};}`;
  return [
    `@page{size:${mm(PORTRAIT.width)} ${mm(PORTRAIT.height)};margin:${mm(PORTRAIT.top)} ${mm(PORTRAIT.right)} ${mm(PORTRAIT.bottom)} ${mm(PORTRAIT.left)};}`,
    page('landscape', LANDSCAPE),
    `:root{${Object.entries(vars).map(([k, v]) => `${k}:${v}`).join(';')}}`,
  ].join('\n');
}
