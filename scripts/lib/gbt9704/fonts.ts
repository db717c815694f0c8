/**
 * The typefaces of a GB/T 9704 document and where they come from.
 *
 * Official documents are set in 仿宋_GB2312 (body), 方正小标宋 (title, issuer mark),
 * 黑体 and 楷体 (headings), 宋体 (page numbers). Those are commercial fonts that only
 * some office PCs have, so each role uses the official face when the browser can find it
 * installed (CSS local()), else an open face shipped by an npm package of this project.
 * The bundled face also backs up any character an official GB2312 face lacks (rare
 * characters in names), so no glyph falls to whatever system font happens to be there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmapRanges, type Range } from './cmap.ts';
import { FALLBACK, FALLBACK_MARKS, fallbackFontDir, fallbackMarksDir } from './fallback-font.ts';
import { FONT_ROLES, OFFICIAL_CANDIDATES, type FontRole } from './font-roles.ts';

export { FONT_ROLES, OFFICIAL_CANDIDATES, type FontRole } from './font-roles.ts';

/** What each role is for, in the words an office clerk uses. */
const ROLE_LABEL: Record<FontRole, string> = {
  fang: '仿宋（正文）',
  xbs: '小标宋（标题、发文机关标志）',
  hei: '黑体（一级标题）',
  kai: '楷体（二级标题、签发人姓名）',
  song: '宋体（页码）',
};

export interface BundledFace {
  /** The face's own name, for the report. */
  name: string;
  /** npm package that ships it (pinned in package.json). */
  packageName: string;
  /** The package's stylesheet with one @font-face per unicode-range slice. */
  css: string;
}

export const BUNDLED: Record<FontRole, BundledFace> = {
  fang: { name: 'Noto Serif SC Regular', packageName: '@fontsource/noto-serif-sc', css: '400.css' },
  xbs: { name: 'Noto Serif SC Bold', packageName: '@fontsource/noto-serif-sc', css: '700.css' },
  hei: { name: 'Noto Sans SC Regular', packageName: '@fontsource/noto-sans-sc', css: '400.css' },
  kai: { name: 'LXGW WenKai（霞鹜文楷）', packageName: 'lxgw-wenkai-webfont', css: 'lxgwwenkai-regular.css' },
  song: { name: 'Noto Serif SC Regular', packageName: '@fontsource/noto-serif-sc', css: '400.css' },
};

interface RoleFont {
  role: FontRole;
  /** The installed official face found for this role, if any (its local() name). */
  official?: string;
  bundled: BundledFace;
  /** The CSS family names this role is set in, first choice first. */
  families: string[];
}

export interface FontPlan {
  roles: Record<FontRole, RoleFont>;
  /** The bundled faces' @font-face rules: large, the same whatever is installed. */
  bundledCss: string;
  /** The official faces' @font-face rules and the --font-<role> properties the stylesheet uses. */
  roleCss: string;
  /** The font packages the page may load files from: route name → directory (see page-setup.ts). */
  fontDirs: Record<string, string>;
  /** The fallback face's directory, when it is there. */
  fallback?: string;
}

/** The routes the fallback face and the check boxes cut from it are served under. */
const FALLBACK_ROUTE = 'fallback';
const MARKS_ROUTE = 'fallback-marks';
const FALLBACK_FAMILY = 'wq-fallback';
/** HanaMinA serves the BMP's ideographs the body faces lack (Extension A above all), HanaMinB the planes above. */
const FALLBACK_RANGES = { a: 'U+2E80-2FDF, U+31C0-31EF, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF', b: 'U+20000-3134F' };

/** The fallback family's faces: the check boxes from their own small face when it was cut, else from HanaMinA. */
function fallbackCss(marks: boolean): string {
  const face = (route: string, file: string, range: string) =>
    `@font-face{font-family:"${FALLBACK_FAMILY}";font-style:normal;font-weight:400;font-display:block;src:url("${FONT_ORIGIN}/fonts/${route}/${file}") format("truetype");unicode-range:${range};}`;
  return [
    marks ? face(MARKS_ROUTE, FALLBACK_MARKS.file, FALLBACK_MARKS.range) : '',
    face(FALLBACK_ROUTE, FALLBACK.files.a, marks ? FALLBACK_RANGES.a : `${FALLBACK_MARKS.range}, ${FALLBACK_RANGES.a}`),
    face(FALLBACK_ROUTE, FALLBACK.files.b, FALLBACK_RANGES.b),
  ]
    .filter(Boolean)
    .join('\n');
}

let fallbackCoverage: Range[] | undefined;

/** What the fallback face can print (read from its cmap once, when first asked). */
export function fallbackRanges(dir: string | undefined = fallbackFontDir()): Range[] {
  if (!dir) return [];
  fallbackCoverage ??= [...cmapRanges(path.join(dir, FALLBACK.files.a)).filter(([a, b]) => (a <= 0x2612 && b >= 0x2610) || (a >= 0x2e80 && a <= 0xfaff)), ...cmapRanges(path.join(dir, FALLBACK.files.b)).filter(([a]) => a >= 0x20000)];
  return fallbackCoverage;
}

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** The made-up origin the page is served from (.invalid never resolves; see page-setup.ts). */
export const FONT_ORIGIN = 'http://wq-forms.invalid';

const officialFamily = (role: FontRole) => `wq-${role}`;
const bundledFamily = (role: FontRole) => `wq-${role}-open`;

/** A bundled face's stylesheet, as its package ships it, and the package's directory. */
export function bundledStylesheet(face: BundledFace): { source: string; dir: string } {
  const dir = packageDir(face.packageName);
  return { source: readFileSync(path.resolve(dir, face.css), 'utf8'), dir };
}

/** The @font-face rules of a stylesheet (one per unicode-range slice in the bundled ones). */
export const fontFaceRules = (css: string): string[] => css.match(/@font-face\s*{[^}]*}/g) ?? [];

/** The unicode-range value of one @font-face rule, if it has one. */
export const unicodeRangeOf = (rule: string): string | undefined => /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];

/**
 * The bundled face's @font-face rules, renamed to this role's family, at weight 400
 * whatever the file's weight (so a bold file is never synthesised bolder), with
 * URLs of the page's own origin (served from the package by request interception, see
 * page-setup.ts), one file each: the WOFF where the package has one, else the WOFF2.
 *
 * Why WOFF: @fontsource/noto-serif-sc and noto-sans-sc 5.3.0 cut their slices from the
 * variable fonts, and every WOFF2 slice kept the variable font's default names (family “Noto
 * Serif SC ExtraLight”, PostScript NotoSerifSCExtraLight-Regular; Noto Sans SC “Thin”) though
 * its outlines and usWeightClass are 400 or 700; the WOFF slices carry the instance's own names
 * (NotoSerifSC-Regular, -Bold). Chromium names an embedded font by the file's name table, so the
 * PDFs said “ExtraLight” for regular type. The WOFF files load from disk as fast.
 */
function bundledFontCss(role: FontRole, face: BundledFace = BUNDLED[role]): { css: string; dir: string } {
  const { source, dir } = bundledStylesheet(face);
  const rules = fontFaceRules(source);
  if (rules.length === 0) throw new Error(`字体包 ${face.packageName} 的 ${face.css} 中没有 @font-face 规则`);
  const css = rules
    .map((rule) => {
      const url = /url\(\s*['"]?([^'")]+\.woff)['"]?\s*\)/.exec(rule)?.[1] ?? /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(rule)?.[1];
      if (!url) throw new Error(`字体包 ${face.packageName} 的 ${face.css} 中有缺少 woff 或 woff2 文件的 @font-face`);
      const range = unicodeRangeOf(rule)?.trim();
      const rel = path.relative(dir, path.resolve(dir, url)).split(path.sep).map(encodeURIComponent).join('/');
      const href = `${FONT_ORIGIN}/fonts/${encodeURIComponent(face.packageName)}/${rel}`;
      return `@font-face{font-family:"${bundledFamily(role)}";font-style:normal;font-weight:400;font-display:block;src:url("${href}") format("${url.endsWith('.woff2') ? 'woff2' : 'woff'}");${range ? `unicode-range:${range};` : ''}}`;
    })
    .join('\n');
  return { css, dir };
}

/** Quotes a name for CSS (local() names are trusted constants or a user's font list, never case data). */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r\f]/g, ' ')}"`;
}

/** The plan for a set of found official faces (role → local() name). */
export function buildFontPlan(
  found: Partial<Record<FontRole, string>>,
  bundled: Record<FontRole, BundledFace> = BUNDLED,
  fallback: string | undefined = fallbackFontDir(),
  marks: string | undefined = fallbackMarksDir(),
): FontPlan {
  const parts: string[] = [];
  const officialRules: string[] = [];
  const dirs: Record<string, string> = {};
  const roles = {} as Record<FontRole, RoleFont>;
  const vars: string[] = [];
  for (const role of FONT_ROLES) {
    const official = found[role];
    const families = [...(official ? [officialFamily(role)] : []), bundledFamily(role), ...(fallback ? [FALLBACK_FAMILY] : [])];
    if (official) officialRules.push(`@font-face{font-family:"${officialFamily(role)}";font-display:block;src:local(${cssString(official)});}`);
    const { css, dir } = bundledFontCss(role, bundled[role]);
    parts.push(css);
    dirs[bundled[role].packageName] = dir;
    roles[role] = { role, official, bundled: bundled[role], families };
    vars.push(`--font-${role}:${families.map((f) => `"${f}"`).join(',')}`);
  }
  if (fallback) {
    parts.push(fallbackCss(Boolean(marks)));
    dirs[FALLBACK_ROUTE] = fallback;
    if (marks) dirs[MARKS_ROUTE] = marks;
  }
  return { roles, bundledCss: parts.join('\n'), roleCss: [...officialRules, `:root{${vars.join(';')}}`].join('\n'), fontDirs: dirs, ...(fallback ? { fallback } : {}) };
}

/** One line per role for the command's report: which face was used and why. */
export function describeFontPlan(plan: FontPlan, used?: ReadonlySet<FontRole>): string[] {
  const fallback = plan.fallback
    ? [`备用字体（各字体都没有的字）：${FALLBACK.name}（${FALLBACK.licence}；Debian ${FALLBACK.debianPackage} ${FALLBACK.version}）`]
    : [`备用字体：未安装 ${FALLBACK.name}（npm run build:forms 会从 Debian 软件包解出）；生僻字将逐字提示`];
  return [...FONT_ROLES.filter((role) => !used || used.has(role)).map((role) => {
    const r = plan.roles[role];
    return r.official
      ? `${ROLE_LABEL[role]}：${r.official}（本机已安装的公文字体）`
      : `${ROLE_LABEL[role]}：${r.bundled.name}（开源替代字体，来自 ${r.bundled.packageName}；未找到 ${OFFICIAL_CANDIDATES[role].join('、')}）`;
  }), ...fallback];
}

/** The role a loaded family name belongs to, if it is one of ours. */
export function roleOfFamily(family: string): FontRole | undefined {
  const name = family.replace(/^["']|["']$/g, '');
  if (name === FALLBACK_FAMILY) return 'fang';
  return FONT_ROLES.find((role) => name === officialFamily(role) || name === bundledFamily(role));
}
