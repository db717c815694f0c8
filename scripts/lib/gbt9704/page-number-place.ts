/**
 * Where a page number goes (GB/T 9704 §7.5): 4号宋体, 7 mm below the 版心, odd pages one character
 * in from the right, even pages from the left. One place for the commands' number sheet
 * (page-numbers.ts) and the case workbench's print view, which draws the numbers on its pages.
 */
import { MM_PER_PT, PLACEMENT, geometryFor, type PageGeometry } from './geometry.ts';

export interface PageNumberPlace {
  /** The number's box top, mm from the sheet's top. */
  top: number;
  /** Odd pages: from the sheet's right edge, mm. */
  oddRight: number;
  /** Even pages: from the sheet's left edge, mm. */
  evenLeft: number;
  sizePt: number;
}

export function pageNumberPlace(orientation: PageGeometry['orientation']): PageNumberPlace {
  const g = geometryFor(orientation);
  const char = PLACEMENT.pageNumberSize * MM_PER_PT;
  // The dashes (一字线) sit at mid-height of the em box: put that 7 mm below the 版心.
  return { top: g.top + g.typeHeight + PLACEMENT.pageNumberGap - char / 2, oddRight: g.right + char, evenLeft: g.left + char, sizePt: PLACEMENT.pageNumberSize };
}
