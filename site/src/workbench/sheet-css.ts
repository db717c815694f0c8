// The print view's sheets, in numbers from the same geometry the commands print with
// (scripts/lib/gbt9704/): an A4 sheet per page, the 版心 at its margins (a 信函格式 document's
// page area from the letterhead), the page number where GB/T 9704 puts it, the provenance line in
// the bottom margin, the 信函格式's red double rules on its first page. Written into the print
// view's stylesheet by the build (scripts/lib/site/workbench.ts).
import { DOUBLE_RULE, LETTERHEAD_TOP } from '../../../scripts/lib/gbt9704/banner-geometry.ts';
import { SETTING, geometryFor } from '../../../scripts/lib/gbt9704/geometry.ts';
import { pageNumberPlace } from '../../../scripts/lib/gbt9704/page-number-place.ts';

export function sheetCss(): string {
  const rules: string[] = [];
  for (const orientation of ['portrait', 'landscape'] as const) {
    const g = geometryFor(orientation);
    const n = pageNumberPlace(orientation);
    rules.push(
      `.sheet.${orientation}{width:${g.width}mm;height:${g.height}mm}`,
      `.sheet.${orientation} .sheet-area{top:${g.top}mm;left:${g.left}mm;width:${g.typeWidth}mm}`,
      `.sheet.${orientation}.fmt-letter .sheet-area{top:${LETTERHEAD_TOP}mm}`,
      `.sheet.${orientation} .pn{top:${n.top}mm;font-size:${n.sizePt}pt}`,
      `.sheet.${orientation} .pn.odd{right:${n.oddRight}mm}`,
      `.sheet.${orientation} .pn.even{left:${n.evenLeft}mm}`,
    );
  }
  const t = SETTING.trace;
  rules.push(
    `.sheet .trace{bottom:${t.fromEdge}mm;font-size:${t.sizePt}pt;line-height:${t.line}}`,
    `.sheet .rule{left:calc(50% - ${DOUBLE_RULE.length / 2}mm);width:${DOUBLE_RULE.length}mm}`,
  );
  return rules.join('\n');
}
