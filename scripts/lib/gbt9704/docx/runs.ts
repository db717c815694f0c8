/**
 * Runs of the document model as Word runs. A blank the clerk fills (序号, 日期, 签发人, a name
 * to write in) becomes a plain-text content control over full-width spaces: one click in Word
 * or WPS selects it and typing replaces it, and on paper it is the same space (underlined when
 * the PDF draws a line to write on).
 */
import { BuilderElement, StringValueElement, TextRun, UnderlineType, type ParagraphChild } from 'docx';
import type { FontRole } from '../fonts.ts';
import type { Text } from '../model/types.ts';
import { runFont } from './fonts.ts';
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

/** A plain-text content control holding `content` (w:sdt, ECMA-376 §17.5.2). */
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
          new BuilderElement({ name: 'w:text' }),
        ],
      }),
      new BuilderElement({ name: 'w:sdtContent', children: [content] }),
    ],
  }) as unknown as ParagraphChild;
}

export function runs(value: Text, style: RunStyle): ParagraphChild[] {
  return value.map((r) => {
    const role = r.font ?? style.role;
    if (r.blank) return field(run(FULL_SPACE.repeat(r.blank), style, role, r.line === true));
    return run(r.t, style, role, false);
  });
}
