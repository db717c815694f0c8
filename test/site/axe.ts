/**
 * axe-core in a page of the real Chromium: the serious and critical violations on the page as it
 * is now, one line each (rule, what it asks, the first three elements).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from 'puppeteer-core';

// The minified build (650 KB) rather than axe.source (1.5 MB, the readable one): the same rules,
// half the text to send into each page and compile there.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => (globalThis as unknown as { axe: typeof axe }).axe.run(document));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
