/**
 * The case workbench as its tests drive it: opened in a page of the built handbook, files opened
 * through its file picker, what it shows read back from the page, the keyboard moved through its
 * controls, and wq-validate run on the same files for comparison.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT_DIR } from '../../scripts/lib/root.ts';

export const AS_OF = '2026-11-28';

/** What the page shows of a check: errors (the summary), findings, and the checklist. */
export interface Shown {
  errors: string[];
  findings: string[];
  duties: { status: string; text: string }[];
}

/** What wq-validate --format json says of each file, in the same shape. */
export function cliShown(files: readonly string[], asOf = AS_OF): Map<string, Shown> {
  const r = spawnSync(process.execPath, [path.join(ROOT_DIR, 'bin/validate.js'), '--format', 'json', '--as-of', asOf, ...files], { encoding: 'utf8', cwd: ROOT_DIR, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`wq-validate 退出码 ${r.status}：${r.stderr}`);
  const report = JSON.parse(r.stdout) as { files: { file: string; errors: { message: string }[]; findings: { message: string }[]; duties: { status: string; message: string }[] }[] };
  return new Map(
    report.files.map((f) => [
      path.resolve(ROOT_DIR, f.file),
      { errors: f.errors.map((e) => e.message), findings: f.findings.map((e) => e.message), duties: f.duties.map((d) => ({ status: d.status, text: d.message })) },
    ]),
  );
}

/** Opens the workbench and waits for its form. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#wb-form .wb-form', { timeout: 20_000 });
}

/** What judgeOn needs of a page: the current puppeteer's and the Chromium 83 tests' puppeteer 3.1's both have it. */
interface FieldSetter {
  $eval(selector: string, fn: (element: Element, value: string) => void, value: string): Promise<unknown>;
}

/** Sets the date deadlines are judged on (as a clerk would, through the date field). */
export async function judgeOn(page: FieldSetter, date: string): Promise<void> {
  await page.$eval(
    '#wb-as-of',
    (input, value) => {
      (input as HTMLInputElement).value = value as string;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    date,
  );
}

/** Opens a file through the page's own file picker and waits until the page has shown it. */
export async function openFile(page: Page, file: string): Promise<void> {
  const input = await page.$('input#wb-file');
  if (!input) throw new Error('工作台页面没有文件选择框 #wb-file');
  const name = path.basename(file);
  await input.uploadFile(file);
  // Checked on each change to the page rather than on every frame while the page works.
  await page.waitForFunction((n: string) => document.getElementById('wb-file-status')?.textContent?.includes(`当前：${n}`), { timeout: 10_000, polling: 'mutation' }, name);
}

export function shownOn(page: Page): Promise<Shown> {
  return page.evaluate(() => ({
    errors: Array.from(document.querySelectorAll('#wb-summary li')).map((li) => li.textContent ?? ''),
    findings: Array.from(document.querySelectorAll('#wb-findings li')).map((li) => li.textContent ?? ''),
    duties: Array.from(document.querySelectorAll('#wb-duties li[data-status]')).map((li) => ({ status: li.getAttribute('data-status') ?? '', text: li.querySelector('.wb-duty-text')?.textContent ?? '' })),
  }));
}

/** The checklist in one order (the page puts 逾期 first, the command the duties' order). */
export const sortedDuties = (duties: Shown['duties']) => [...duties].sort((a, b) => `${a.status}${a.text}`.localeCompare(`${b.status}${b.text}`));

/** The id of the element that has the focus. */
export const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * Moves the focus with Tab (Shift+Tab when `back`) until it reaches the control, as a clerk
 * without a mouse does: fails if the control cannot be reached.
 */
export async function tabTo(page: Page, id: string, { back = false, limit = 400 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)) === id) {
      // Leaving a field may have queued the form's redraw (app.ts restructured(): a timeout of 0).
      // Let it run first, as it does before a person's next key: a key pressed down on the old
      // control and let go on the redrawn one would do nothing. A timeout queued now runs after it.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      return;
    }
    if (back) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else await page.keyboard.press('Tab');
  }
  throw new Error(`按 Tab 键 ${limit} 次没有到达 #${id}`);
}

/** Types into the control, reached with the keyboard. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/**
 * Types a date into a date field, reached with the keyboard, as a clerk does: its parts in the
 * order the browser's language shows them (年/月/日 in Chinese, month/day/year in American
 * English); a month or a day moves on by itself after two digits, a year (up to six digits) after →.
 */
export async function typeDate(page: Page, id: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2026, 0, 2)).filter((p) => p.type !== 'literal').map((p) => p.type));
  await tabTo(page, id);
  for (const [i, part] of order.entries()) {
    await page.keyboard.type(part === 'year' ? year : part === 'month' ? month : day);
    if (part === 'year' && i < order.length - 1) await page.keyboard.press('ArrowRight');
  }
}

/** The ids of a field's controls: its JSON pointer, as the form names them. */
export const fieldId = (pointer: string) => `wb-f${pointer}`;
