/**
 * Puts the 版记 of each letter-style document at the foot of the 版心 on its last page
 * (GB/T 9704-2012 §7.4: the last 版记 rule coincides with the bottom edge of the 版心).
 *
 * CSS cannot say "at the bottom of the last page", so before printing we lay the
 * document out on screen at the 版心's width, where it wraps exactly as in print, and:
 * 1. snap every top-level block to a whole number of grid lines (so page breaks fall on
 *    the 22-line grid);
 * 2. follow the page breaks the printer will make: a block that may break fills pages
 *    line by line, a block that avoids breaking moves whole to the next page;
 * 3. pad the block holding the 版记 so that it ends on the last line of a page.
 * The layout tests check the printed result, so a mismatch would fail them.
 */
import type { Page } from 'puppeteer-core';
import { GRID, PX_PER_MM } from './geometry.ts';

export async function placeBanji(page: Page): Promise<void> {
  const linePx = GRID.linePitch * PX_PER_MM;
  const problems = await page.evaluate(
    (line: number, perPage: number) => {
      const issues: string[] = [];
      for (const doc of document.querySelectorAll<HTMLElement>('article.doc.letter')) {
        const tail = doc.querySelector<HTMLElement>(':scope > .tail');
        if (!tail) continue;
        let used = 0; // grid lines used on the current page
        for (const el of Array.from(doc.children) as HTMLElement[]) {
          const avoid = getComputedStyle(el).breakInside === 'avoid';
          let lines = el.getBoundingClientRect().height / line;
          if (Math.abs(lines - Math.round(lines)) > 0.02) {
            el.style.minHeight = `${Math.ceil(lines) * line}px`;
            lines = el.getBoundingClientRect().height / line;
          }
          lines = Math.round(lines);
          if (el === tail) {
            const free = used >= perPage ? perPage : perPage - used;
            const pad = lines <= free ? free - lines : perPage - lines;
            if (lines > perPage) issues.push(`版记过高（${lines} 行）`);
            tail.style.paddingTop = `${Math.max(0, pad) * line}px`;
            break;
          }
          if (used >= perPage) used = 0;
          if (avoid && lines <= perPage && used + lines > perPage) used = 0;
          used += lines;
          if (used > perPage) used = ((used - 1) % perPage) + 1;
        }
      }
      return issues;
    },
    linePx,
    GRID.lines,
  );
  if (problems.length > 0) throw new Error(problems.join('；'));
}

/**
 * Nothing may stand outside the 版心: a box wider than the type area would also make
 * Chromium shrink the whole page to fit it, moving every line off the grid. Text wraps
 * anywhere and tables have a fixed layout, so this only fires on a template error.
 */
export async function checkWidth(page: Page): Promise<void> {
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('article.doc'))
      .filter((doc) => doc.scrollWidth > doc.clientWidth + 1)
      .map((doc) => `第 ${Number(doc.dataset['index']) + 1} 份（${doc.querySelector('h1')?.textContent ?? ''}）超出版心 ${doc.scrollWidth - doc.clientWidth} 像素`),
  );
  if (wide.length > 0) throw new Error(`版面超出版心，已停止生成：${wide.join('；')}`);
}
