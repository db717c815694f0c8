/**
 * The staff's instructions (使用说明) show commands with their comments: every run of code text,
 * comments included, reads at WCAG's 4.5:1 against its block (Astro's default highlighting gave
 * comments 3.0:1), in the light and the dark theme alike.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support.ts';

const handbook = useSite();
const PAGES = ['guide/validate/', 'guide/forms/', 'guide/report/', 'guide/deploy/'];

describe('code in the instructions', () => {
  for (const dark of [false, true]) {
    it(`reads at 4.5:1 or better, comments included (${dark ? 'dark' : 'light'} theme)`, async () => {
      const low: string[] = [];
      let runs = 0;
      for (const p of PAGES) {
        const page = await handbook.open(p, { dark });
        const found = await page.evaluate(() => {
          const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
          const luminance = ([r, g, b]: number[]) => {
            const c = [r!, g!, b!].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
            return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
          };
          const out: { text: string; ratio: number }[] = [];
          for (const pre of document.querySelectorAll('main pre')) {
            const background = luminance(rgb(getComputedStyle(pre).backgroundColor));
            for (const span of pre.querySelectorAll('code span')) {
              if (!span.textContent?.trim() || span.children.length) continue;
              const color = luminance(rgb(getComputedStyle(span).color));
              const [hi, lo] = color > background ? [color, background] : [background, color];
              out.push({ text: span.textContent.trim(), ratio: (hi + 0.05) / (lo + 0.05) });
            }
          }
          return out;
        });
        runs += found.length;
        for (const f of found) if (f.ratio < 4.5) low.push(`${p}「${f.text.slice(0, 30)}」${f.ratio.toFixed(2)}:1`);
      }
      expect(runs).toBeGreaterThan(20);
      // Comments are among them.
      expect(low).toEqual([]);
    });
  }
});
