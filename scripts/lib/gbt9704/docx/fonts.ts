/**
 * Fonts named as office PCs have them: the first of each role's official names (仿宋_GB2312,
 * 方正小标宋简体, 黑体, 楷体_GB2312, 宋体), set for East Asian and Latin text alike, as the PDF
 * sets digits in the body face. Word and WPS substitute a face they lack (仿宋 for 仿宋_GB2312);
 * a DOCX cannot carry the bundled open faces the PDF falls back on.
 */
import { OFFICIAL_CANDIDATES, type FontRole } from '../fonts.ts';

function fontName(role: FontRole): string {
  return OFFICIAL_CANDIDATES[role][0]!;
}

/** A run's font, the same face for every script (w:rFonts ascii, hAnsi, eastAsia, cs). */
export function runFont(role: FontRole): {
  font: { ascii: string; hAnsi: string; eastAsia: string; cs: string };
} {
  const name = fontName(role);
  return { font: { ascii: name, hAnsi: name, eastAsia: name, cs: name } };
}
