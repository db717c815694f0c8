/**
 * axe-core in a page of the real Chromium: the serious and critical violations on the page as it
 * is now, one line each (rule, what it asks, the first three elements).
 */
import axe from 'axe-core';
import type { Page } from 'puppeteer-core';

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => (globalThis as unknown as { axe: typeof axe }).axe.run(document));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
