/**
 * Runs of the document model as Word runs. A blank the clerk fills (序号, 日期, 签发人, a name
 * to write in) becomes a plain-text content control over full-width spaces: one click in Word
 * or WPS selects it and typing replaces it, and on paper it is the same space (underlined when
 * the PDF draws a line to write on). A box to tick (☐, or ☑ when the case says so) becomes a
 * check-box content control (w14:checkbox): a click in Word or WPS ticks or clears it.
 */
import { BuilderElement, CheckBoxUtil, StringValueElement, TextRun, UnderlineType, type ParagraphChild } from 'docx';
import type { FontRole } from '../fonts.ts';
import type { Text } from '../model/types.ts';
import { fontName, runFont } from './fonts.ts';
import { halfPoints } from './units.ts';
import { GRID } from '../geometry.ts';
import { BODY_TRACKING } from './page.ts';

/** How the runs of one block are set, unless a run says otherwise. */
export interface RunStyle {
  role: FontRole;
  sizePt: number;
  color?: string;
  /** Character scale, percent (a condensed 发文机关标志). */
  scale?: number;
}

const FULL_SPACE = '\u3000';

function run(t: string, style: RunStyle, role: FontRole, underline: boolean): TextRun {
  return new TextRun({
    text: t,
    ...runFont(role),
    size: halfPoints(style.sizePt),
    ...(style.color ? { color: style.color } : {}),
    ...(style.scale && style.scale !== 100 ? { scale: style.scale } : {}),
    ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
    ...(style.sizePt === GRID.bodySize && !style.scale ? { characterSpacing: BODY_TRACKING } : {}),
  });
}

/**
 * A content control holding `content` (w:sdt, ECMA-376 §17.5.2), showing it as its placeholder.
 * A rich-text control, not a plain-text one (w:text): LibreOffice 7.4 reads a plain-text control
 * as an input field, sets it more than a character wider than its text, and three such blanks
 * in a date ran a registration form onto a second page; a rich-text control it keeps as a
 * content control, laid out as its text. Word and WPS select and replace either alike.
 */
function field(content: TextRun): ParagraphChild {
  return new BuilderElement({
    name: 'w:sdt',
    children: [
      new BuilderElement({
        name: 'w:sdtPr',
        children: [
          new StringValueElement('w:alias', '填写处'),
          new StringValueElement('w:tag', 'wq-blank'),
          new BuilderElement({ name: 'w:showingPlcHdr' }),
        ],
      }),
      new BuilderElement({ name: 'w:sdtContent', children: [content] }),
    ],
  }) as unknown as ParagraphChild;
}

const BOXES = /([☐☑])/u;

/**
 * A check-box content control showing ☑ or ☐ in the run's own face, the face Word also sets the
 * box in when it is clicked (w14:font), so ticking it moves nothing on the line.
 */
function checkBox(checked: boolean, style: RunStyle, role: FontRole): ParagraphChild {
  const font = fontName(role);
  return new BuilderElement({
    name: 'w:sdt',
    children: [
      new BuilderElement({
        name: 'w:sdtPr',
        children: [
          new StringValueElement('w:alias', '勾选'),
          new StringValueElement('w:tag', 'wq-check'),
          new CheckBoxUtil({ checked, checkedState: { value: '2611', font }, uncheckedState: { value: '2610', font } }),
        ],
      }),
      new BuilderElement({ name: 'w:sdtContent', children: [run(checked ? '☑' : '☐', style, role, false)] }),
    ],
  }) as unknown as ParagraphChild;
}

export function runs(value: Text, style: RunStyle): ParagraphChild[] {
  return value.flatMap((r) => {
    const role = r.font ?? style.role;
    if (r.blank) return [field(run(FULL_SPACE.repeat(r.blank), style, role, r.line === true))];
    if (!BOXES.test(r.t)) return [run(r.t, style, role, false)];
    return r.t
      .split(BOXES)
      .filter((piece) => piece !== '')
      .map((piece) => (piece === '☐' || piece === '☑' ? checkBox(piece === '☑', style, role) : run(piece, style, role, false)));
  });
}
