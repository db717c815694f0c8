/**
 * Fonts named as office PCs have them: the first of each role's official names (仿宋_GB2312,
 * 方正小标宋简体, 黑体, 楷体_GB2312, 宋体), set for East Asian and Latin text alike, as the PDF
 * sets digits in the body face. A DOCX cannot carry the bundled open faces the PDF falls back
 * on; its font table (word/fontTable.xml) tells Word and WPS what to use instead on a PC that
 * lacks a face: the other names of the face and the faces that stand in for it (w:altName, a
 * comma-separated list, ECMA-376 §17.8.3.1; Windows has 仿宋 but not 仿宋_GB2312), and the
 * face's class (panose, GB2312 character set, family, pitch, Unicode ranges) by which Word
 * picks a like face when none of the names is there.
 */
import { OFFICIAL_CANDIDATES, FONT_ROLES, type FontRole } from '../font-roles.ts';

export function fontName(role: FontRole): string {
  return OFFICIAL_CANDIDATES[role][0]!;
}

/** A run's font, the same face for every script (w:rFonts ascii, hAnsi, eastAsia, cs). */
export function runFont(role: FontRole): {
  font: { ascii: string; hAnsi: string; eastAsia: string; cs: string };
} {
  const name = fontName(role);
  return { font: { ascii: name, hAnsi: name, eastAsia: name, cs: name } };
}

/**
 * Faces that stand in for a role when none of its official names is installed, last in its
 * altName list: 小标宋 has no like face on a plain Windows, 华文中宋 (with Chinese Office) and
 * 宋体 are the nearest serifs.
 */
const STAND_INS: Record<FontRole, readonly string[]> = { fang: [], xbs: ['华文中宋', 'STZhongsong', '宋体', 'SimSun'], hei: [], kai: [], song: [] };

interface FontClass {
  panose?: string;
  family: 'auto' | 'roman' | 'modern';
  pitch: 'variable' | 'fixed';
  /** usb0–usb3, csb0–csb1 (OS/2 Unicode and code page ranges). */
  sig?: readonly [string, string, string, string, string, string];
}

/**
 * As Word writes them for these faces: 宋体 and 黑体 from files saved by Word, 仿宋_GB2312 and
 * 楷体_GB2312 from files saved by WPS. No copy of 方正小标宋简体 was at hand to read its panose
 * and ranges from, so it has only its class (a proportional serif); Word then goes by the
 * character set (GB2312) and the names.
 */
const CLASS: Record<FontRole, FontClass> = {
  fang: { panose: '02010609030101010101', family: 'modern', pitch: 'fixed', sig: ['00000001', '080E0000', '00000000', '00000000', '00040000', '00000000'] },
  kai: { panose: '02010609030101010101', family: 'modern', pitch: 'fixed', sig: ['00000001', '080E0000', '00000000', '00000000', '00040000', '00000000'] },
  hei: { panose: '02010609060101010101', family: 'modern', pitch: 'fixed', sig: ['800002BF', '38CF7CFA', '00000016', '00000000', '00040001', '00000000'] },
  song: { panose: '02010600030101010101', family: 'auto', pitch: 'variable', sig: ['00000003', '288F0000', '00000016', '00000000', '00040001', '00000000'] },
  xbs: { family: 'roman', pitch: 'variable' },
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** word/fontTable.xml: every role's face with its alternates and class. */
export function fontTableXml(): string {
  const fonts = FONT_ROLES.map((role) => {
    const [name, ...others] = OFFICIAL_CANDIDATES[role];
    const c = CLASS[role];
    const sig = c.sig ? `<w:sig w:usb0="${c.sig[0]}" w:usb1="${c.sig[1]}" w:usb2="${c.sig[2]}" w:usb3="${c.sig[3]}" w:csb0="${c.sig[4]}" w:csb1="${c.sig[5]}"/>` : '';
    return (
      `<w:font w:name="${escape(name!)}"><w:altName w:val="${escape([...others, ...STAND_INS[role]].join(','))}"/>` +
      `${c.panose ? `<w:panose1 w:val="${c.panose}"/>` : ''}<w:charset w:val="86"/><w:family w:val="${c.family}"/><w:pitch w:val="${c.pitch}"/>${sig}</w:font>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`;
}
