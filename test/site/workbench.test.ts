/**
 * The case workbench (handbook page /workbench/) in a real Chromium: it shows, for every sample
 * and fixture, the same errors, findings and duties as wq-validate --format json; a case filled in
 * from nothing with the keyboard alone is saved as a file wq-validate reads with the same issues;
 * a file opened and saved unchanged is unchanged, through File System Access and as a download;
 * a file dropped on the page opens; the page runs under its Content-Security-Policy (no eval) and
 * sends nothing off the site; axe-core finds no serious or critical violation, on a phone too.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import type { SharedSite } from '../support/global-browser.ts';
import { useSharedBrowser } from '../support/browser.ts';
import { seriousViolations } from './axe.ts';
import { guardedPage, type GuardedPage } from './support.ts';
import { AS_OF, cliShown, fieldId, focused, judgeOn, openFile, openWorkbench, shownOn, sortedDuties, tabTo, typeDate, typeInto, type Shown } from './workbench-page.ts';
import { jsonIn } from '../support/json-files.ts';

const browser = useSharedBrowser();
let site: SharedSite;
let context: BrowserContext;
let downloads: string;
const opened: GuardedPage[] = [];

const SAMPLES = jsonIn('schemas/examples');
const FIXTURES = [...jsonIn('test/fixtures/cases/valid'), ...jsonIn('test/fixtures/cases/invalid'), ...jsonIn('test/fixtures/scenarios')];

beforeAll(async () => {
  const provided = inject('site');
  if (!provided.ok) throw new Error(provided.error);
  site = provided;
  downloads = await mkdtemp(path.join(os.tmpdir(), 'wq-workbench-downloads-'));
  context = await browser().createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
});

afterAll(async () => {
  await context?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

// Every page: nothing left the site, no script failed, and the page's policy was never broken.
afterEach(async () => {
  for (const g of opened.splice(0)) {
    const violations = await g.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
    await g.page.close().catch(() => undefined);
    expect(g.offsite, '请求离开了 127.0.0.1').toEqual([]);
    expect(g.errors, '页面脚本出错').toEqual([]);
    expect(violations, '违反了页面的内容安全策略').toEqual([]);
  }
});

interface Options {
  /** Remove File System Access, as on a plain-HTTP intranet or an older browser: 保存 downloads. */
  noFileSystemAccess?: boolean;
  viewport?: { width: number; height: number; deviceScaleFactor?: number; isMobile?: boolean; hasTouch?: boolean };
}

async function workbench(options: Options = {}): Promise<Page> {
  const guarded = await guardedPage(context, site.origin);
  opened.push(guarded);
  const { page } = guarded;
  if (options.viewport) await page.setViewport(options.viewport);
  await page.evaluateOnNewDocument((noFsa: boolean) => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    if (noFsa) delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  }, options.noFileSystemAccess === true);
  await openWorkbench(page, `${site.url}workbench/`);
  await judgeOn(page, AS_OF);
  return page;
}

/** The file the last download wrote (waiting for it to finish). */
async function downloaded(name: string): Promise<Buffer> {
  const file = path.join(downloads, name);
  for (let i = 0; i < 100; i++) {
    const names = await readdir(downloads);
    if (names.includes(name) && !names.some((n) => n.endsWith('.crdownload'))) return readFile(file);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`没有下载到 ${name}（下载目录中有：${(await readdir(downloads)).join('、')}）`);
}

describe('the same words as wq-validate', () => {
  it.each([
    ['the samples', SAMPLES],
    ['the fixtures', FIXTURES],
  ])('shows for %s exactly the errors, findings and duties of wq-validate --format json', async (_, files) => {
    expect(files.length).toBeGreaterThan(5);
    const cli = cliShown(files);
    const page = await workbench();
    const differ: string[] = [];
    for (const file of files) {
      await openFile(page, file);
      const shown = await shownOn(page);
      const expected = cli.get(file)!;
      const same = (a: Shown, b: Shown) => JSON.stringify([a.errors, a.findings, sortedDuties(a.duties)]) === JSON.stringify([b.errors, b.findings, sortedDuties(b.duties)]);
      if (!same(shown, expected)) differ.push(`${path.relative(ROOT_DIR, file)}\n  页面：${JSON.stringify(shown)}\n  命令：${JSON.stringify(expected)}`);
    }
    expect(differ).toEqual([]);
  }, 300_000);

  it('renders a control for every value of every valid sample', async () => {
    const page = await workbench();
    const missing: string[] = [];
    for (const file of SAMPLES) {
      await openFile(page, file);
      const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
      const pointers: string[] = [];
      const walk = (v: unknown, at: string) => {
        if (Array.isArray(v)) {
          // A list of choices is one field of boxes; any other list has a field per entry.
          if (v.every((x) => typeof x === 'string' && /^art_/.test(x))) pointers.push(at);
          else v.forEach((x, i) => walk(x, `${at}/${i}`));
        } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}/${k}`);
        else if (!['/$schema', '/schemaVersion'].includes(at) && !/\/article$/.test(at)) pointers.push(at);
      };
      walk(data, '');
      const absent = await page.evaluate((ps: string[]) => ps.filter((p) => !document.querySelector(`[data-field="${CSS.escape(p)}"] :is(input, select, textarea)`)), pointers);
      missing.push(...absent.map((p) => `${path.basename(file)} ${p}`));
    }
    expect(missing).toEqual([]);
  }, 120_000);
});

describe('a case filled in from nothing with the keyboard alone', () => {
  it('is saved as a file wq-validate reads with the same issues and duties the page showed', async () => {
    const page = await workbench({ noFileSystemAccess: true });
    // Choose the n-th option of a radio group or list: reach it, then the arrow keys.
    const choose = async (id: string, steps: number) => {
      await tabTo(page, id);
      if (steps === 0) await page.keyboard.press('Space');
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
      await new Promise((r) => setTimeout(r, 50));
    };
    const add = async (id: string) => {
      await tabTo(page, id);
      await page.keyboard.press('Enter');
      await page.waitForFunction((before: string) => document.activeElement?.id !== before, {}, id);
    };
    await typeInto(page, fieldId('/id'), 'WB-2026-001');
    await typeInto(page, fieldId('/unit/name'), '呼和浩特市公安局');
    await choose(fieldId('/unit/level'), 1); // 盟市
    await choose(fieldId('/opened/by'), 0); // 申请
    await typeDate(page, fieldId('/opened/date'), '2026-03-02');
    await add(`${fieldId('/people')}~add`);
    expect(await focused(page)).toBe(fieldId('/people/0/name'));
    await page.keyboard.type('王建国');
    await choose(fieldId('/people/0/category'), 0); // 民警
    await typeInto(page, fieldId('/people/0/unit'), '新城区分局');
    // The applicant part appeared with 申请; its person is chosen from the people entered.
    await choose(fieldId('/applicant/kind'), 0); // 本人
    await choose(fieldId('/applicant/person'), 0); // p1 王建国
    await typeDate(page, fieldId('/incident/date'), '2026-03-01');
    await typeInto(page, fieldId('/incident/place'), '新城区某小区');
    await typeInto(page, fieldId('/incident/summary'), '民警处警时被当事人辱骂、威胁');
    await add(`${fieldId('/acts')}~add`);
    // The act's kind from its list: 威胁恐吓.
    await tabTo(page, fieldId('/acts/0/kind'));
    for (let i = 0; i < 30 && (await page.$eval(`[id="${fieldId('/acts/0/kind')}"]`, (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)) !== '威胁恐吓'; i++) {
      await page.keyboard.press('ArrowDown');
      await new Promise((r) => setTimeout(r, 30));
    }
    await typeDate(page, fieldId('/acts/0/date'), '2026-03-01');
    await add(`${fieldId('/acts/0/targets')}~add`);
    await choose(fieldId('/acts/0/targets/0/person'), 0);
    await choose(fieldId('/acts/0/targets/0/link'), 0); // 在履职中
    await add(`${fieldId('/handlers')}~add`);
    await page.keyboard.type('李志强');
    await typeInto(page, fieldId('/handlers/0/role'), '主办');
    await add(`${fieldId('/ledger')}~add`);
    await choose(fieldId('/ledger/0/stage'), 0); // 立案
    await typeDate(page, fieldId('/ledger/0/date'), '2026-03-02');
    await page.waitForFunction(() => document.getElementById('wb-summary')?.hidden === true, { timeout: 5000 }).catch(() => undefined);
    const shown = await shownOn(page);
    expect(shown.errors).toEqual([]);
    expect(shown.duties.length).toBeGreaterThan(0);

    await tabTo(page, 'wb-save', { back: true });
    await page.keyboard.press('Enter');
    const bytes = await downloaded('WB-2026-001.json');
    const text = bytes.toString('utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2, id: 'WB-2026-001', people: [{ id: 'p1', name: '王建国', category: '民警' }], acts: [{ id: 'a1', kind: '威胁恐吓', targets: [{ person: 'p1', link: '在履职中' }] }] });
    const cli = cliShown([path.join(downloads, 'WB-2026-001.json')]).get(path.join(downloads, 'WB-2026-001.json'))!;
    expect(cli.errors).toEqual([]);
    expect(cli.findings).toEqual(shown.findings);
    expect(sortedDuties(cli.duties)).toEqual(sortedDuties(shown.duties));
  }, 120_000);
});

describe('files in and out', () => {
  it('writes a file opened and saved unchanged back byte for byte (as a download where File System Access is missing)', async () => {
    const page = await workbench({ noFileSystemAccess: true });
    for (const file of [...SAMPLES, path.join(ROOT_DIR, 'test/fixtures/cases/valid/utf8-with-bom.json'), path.join(ROOT_DIR, 'test/fixtures/cases/invalid/crlf-applicant-in-law-not-near-relative.json')]) {
      await openFile(page, file);
      await page.click('#wb-save');
      expect((await downloaded(path.basename(file))).equals(await readFile(file)), path.basename(file)).toBe(true);
      await rm(path.join(downloads, path.basename(file)));
    }
  }, 120_000);

  it('saves into the file it was given through File System Access, and again into the same one after a change', async () => {
    const page = await workbench();
    // A real FileSystemFileHandle (the origin's private file system) stands in for the file the
    // clerk picks: the save picker's dialog is the one thing a test cannot click.
    await page.evaluate(() => {
      (window as unknown as { showSaveFilePicker: () => Promise<unknown> }).showSaveFilePicker = async () => {
        (window as unknown as { __picked: number }).__picked = ((window as unknown as { __picked?: number }).__picked ?? 0) + 1;
        const root = await (navigator.storage as unknown as { getDirectory(): Promise<{ getFileHandle(n: string, o: object): Promise<unknown> }> }).getDirectory();
        return root.getFileHandle('case.json', { create: true });
      };
    });
    const sample = SAMPLES[0]!;
    await openFile(page, sample);
    const readBack = () =>
      page.evaluate(async () => {
        const root = await (navigator.storage as unknown as { getDirectory(): Promise<{ getFileHandle(n: string): Promise<{ getFile(): Promise<File> }> }> }).getDirectory();
        return Array.from(new Uint8Array(await (await (await root.getFileHandle('case.json')).getFile()).arrayBuffer()));
      });
    await page.click('#wb-save');
    await page.waitForFunction(() => document.getElementById('wb-live')?.textContent?.startsWith('已保存到'));
    expect(Buffer.from(await readBack()).equals(await readFile(sample))).toBe(true);
    // A change, saved: written into the same file without asking again, in the workbench's form.
    await typeInto(page, fieldId('/incident/place'), '（补充）');
    await page.click('#wb-save');
    await page.waitForFunction(() => (document.getElementById('wb-file-status')?.textContent ?? '').includes('没有未保存的修改'));
    const saved = Buffer.from(await readBack()).toString('utf8');
    expect(JSON.parse(saved).incident.place).toMatch(/（补充）$/);
    expect(saved.endsWith('\n')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __picked: number }).__picked)).toBe(1);
  }, 60_000);

  it('opens a file dropped on the page', async () => {
    const page = await workbench();
    const sample = SAMPLES[1]!;
    const text = await readFile(sample, 'utf8');
    await page.evaluate(
      (content: string, name: string) => {
        const data = new DataTransfer();
        data.items.add(new File([content], name, { type: 'application/json' }));
        document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      text,
      path.basename(sample),
    );
    await page.waitForFunction((n: string) => document.getElementById('wb-file-status')?.textContent?.includes(n), {}, path.basename(sample));
    expect((await shownOn(page)).findings).toEqual(cliShown([sample]).get(sample)!.findings);
  });
});

describe('a closed, strict page', () => {
  it('runs under a Content-Security-Policy that forbids eval, and its scripts never needed it', async () => {
    const page = await workbench();
    const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content') ?? '');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    // The policy holds: a string the page would run as code (here, through a timer) is refused,
    // and the refusal is reported. (Code evaluated by DevTools itself is exempt, so a timer.)
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          (window as unknown as { setTimeout(code: string, ms: number): number }).setTimeout('window.__ran = true', 0);
          setTimeout(() => resolve((window as unknown as { __ran?: boolean }).__ran ? 'ran' : 'nothing'), 1000);
        }),
    );
    expect(refused).toMatch(/^script-src/);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.splice(0));
    await openFile(page, SAMPLES[0]!);
    await page.click('#wb-documents > summary');
    await page.waitForSelector('#wb-print-preview');
  });
});

describe('accessibility', () => {
  it('has no serious or critical violations: a new case, a case with errors, a valid case with its documents, on a desktop and a phone', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true }]) {
      const page = await workbench({ viewport });
      expect(await seriousViolations(page), `新案件 ${viewport.width}`).toEqual([]);
      await openFile(page, path.join(ROOT_DIR, 'test/fixtures/cases/invalid/injury-without-degree.json'));
      expect(await seriousViolations(page), `有错误的案件 ${viewport.width}`).toEqual([]);
      await openFile(page, SAMPLES[0]!);
      await page.click('#wb-documents > summary');
      await page.waitForSelector('#wb-print-preview');
      expect(await seriousViolations(page), `有效案件 ${viewport.width}`).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `页面宽度 ${viewport.width}`).toBeLessThanOrEqual(viewport.width);
    }
  }, 120_000);
});
