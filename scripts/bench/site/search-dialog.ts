/**
 * Drives the search dialog a reader uses (Starlight's, over Pagefind's default UI) in a
 * real browser: open it, type a query, read the results as shown, in order.
 */
import type { Page } from 'puppeteer-core';
import { rankOf, type SearchHit, type SearchOutcome } from './search-eval.ts';
import type { SearchQuery } from './search-queries.ts';

const ROOT = '#starlight__search';
const INPUT = `${ROOT} input.pagefind-ui__search-input`;

/** Opens the dialog and waits for Pagefind's input. */
export async function openSearchDialog(page: Page): Promise<void> {
  await page.waitForSelector('button[data-open-modal]:not([disabled])');
  await page.click('button[data-open-modal]');
  await page.waitForSelector(INPUT, { visible: true });
}

/**
 * Types a query and returns the results the dialog shows, once the result count for
 * exactly this query is displayed and the first results have loaded.
 */
export async function searchInDialog(page: Page, query: string, depth = 5): Promise<SearchHit[]> {
  await page.$eval(
    INPUT,
    (input, text) => {
      const field = input as HTMLInputElement;
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    query,
  );
  const shown = page.waitForFunction(
    (root: string, text: string, depth: number) => {
      const message = document.querySelector(`${root} .pagefind-ui__message`)?.textContent ?? '';
      // The zh-CN strings (site/src/content/i18n/zh-CN.json): “…”共 N 个结果 / 没有找到“…”.
      const done = message.includes(`“${text}”`) && (/共 \d+ 个结果/.test(message) || message.startsWith('没有找到'));
      if (!done) return false;
      const shown = [...document.querySelectorAll(`${root} .pagefind-ui__result`)].slice(0, depth);
      return shown.every((r) => r.querySelector('.pagefind-ui__result-link'));
    },
    { timeout: 15_000 },
    ROOT,
    query,
    depth,
  );
  await shown.catch(async (error: unknown) => {
    const message = await page.$eval(`${ROOT} .pagefind-ui__message`, (m) => m.textContent).catch(() => '（无提示）');
    throw new Error(`搜索“${query}”没有显示结果：对话框显示“${message}”`, { cause: error });
  });
  return page.$$eval(
    `${ROOT} .pagefind-ui__result`,
    (results, depth) =>
      results.slice(0, depth).map((r) => {
        const link = r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
        const href = link?.getAttribute('href') ?? '';
        return { url: href, href, title: link?.textContent?.trim() ?? '' };
      }),
    depth,
  );
}

/** Runs every query through the dialog (already open) and ranks the expected article. */
export async function searchAllInDialog(page: Page, queries: SearchQuery[], depth = 5): Promise<SearchOutcome[]> {
  const outcomes: SearchOutcome[] = [];
  for (const query of queries) {
    const hits = await searchInDialog(page, query.query, depth);
    outcomes.push({ query, hits, rank: rankOf(query.expected, hits) });
  }
  return outcomes;
}
