/**
 * Typefaces: an installed official face is found by the browser and used (the bundled
 * open face only fills in characters it lacks), the command names the faces it used, and
 * a face that cannot be loaded stops the run instead of silently printing in another.
 *
 * No official Chinese face is installed on this project's machines, so the test plays
 * one: it names an installed system font as the "official" 仿宋.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK, FALLBACK_MARKS } from '../../scripts/lib/gbt9704/fallback-font.ts';
import { BUNDLED, FONT_ROLES, buildFontPlan, describeFontPlan, type FontRole } from '../../scripts/lib/gbt9704/fonts.ts';
import { preparePage } from '../../scripts/lib/gbt9704/page-setup.ts';
import { FormRenderer } from '../../scripts/lib/gbt9704/renderer.ts';
import { createTemplates, type FormTemplates } from '../../scripts/lib/gbt9704/templates.ts';
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { noticeJob } from '../fixtures/documents/letters.ts';
import { fonts, text } from './pdf-tools.ts';
import { useSharedBrowser } from '../support/browser.ts';

const browser = useSharedBrowser();
let dir: string;
let templates: FormTemplates;
let model: PolicyModel;

/** An installed font family, as fontconfig (and so Chromium) knows it. */
function installedFamily(): string {
  const families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.split(',')[0]!.trim())
    .filter(Boolean)
    .sort();
  if (families.length === 0) throw new Error('本机没有任何已安装字体（fc-list 为空），无法测试本机字体的发现');
  return families.includes('DejaVu Sans') ? 'DejaVu Sans' : families[0]!;
}

const nothing = Object.fromEntries(FONT_ROLES.map((r) => [r, ['WQ No Such Font']])) as Record<FontRole, string[]>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-fonts-'));
  model = await loadPolicyModel();
  templates = createTemplates();
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('typefaces', () => {
  it('uses an installed official face when the browser finds one, and says so', async () => {
    const family = installedFamily();
    const renderer = await FormRenderer.open(templates, { browser: browser(), fontCandidates: { ...nothing, fang: ['WQ No Such Font', family] } });
    try {
      expect(renderer.fontPlan.roles.fang.official).toBe(family);
      expect(renderer.fontPlan.roles.xbs.official).toBeUndefined();
      const [doc] = await renderer.render([noticeJob(templates, model)]);
      const file = path.join(dir, 'official.pdf');
      writeFileSync(file, doc!.pdf);
      const report = describeFontPlan(renderer.fontPlan, renderer.usedRoles);
      expect(report.find((l) => l.startsWith('仿宋'))).toContain(`${family}（本机已安装的公文字体）`);
      expect(report.find((l) => l.startsWith('小标宋'))).toContain('开源替代字体');
      const names = fonts(file).map((f) => f.name);
      // The installed face set the body's Latin and digits; the bundled face the Chinese it lacks.
      expect(names.some((n) => n.includes(family.replace(/\s+/g, '')))).toBe(true);
      expect(names.some((n) => n.includes('NotoSerifSC'))).toBe(true);
      expect(text(file)).toContain('正名通知书');
    } finally {
      await renderer.close();
    }
  });

  it('stops with an error naming the face when a font file cannot be loaded', async () => {
    const broken = path.join(dir, 'broken.css');
    writeFileSync(broken, "@font-face { font-family: 'X'; src: url(./files/wq-missing-slice.woff2) format('woff2'); }\n");
    const renderer = await FormRenderer.open(templates, {
      browser: browser(),
      fontCandidates: nothing,
      bundled: { ...BUNDLED, fang: { ...BUNDLED.fang, css: broken } },
    });
    try {
      await expect(renderer.render([noticeJob(templates, model)])).rejects.toThrow(/字体加载失败[\s\S]*wq-fang-open/);
    } finally {
      await renderer.close();
    }
  });
});

describe('the check boxes ☐☑☒, in no body face', () => {
  it('are printed from the few KB build:forms cut from 花园明朝, and the page never loads the whole 22 MB face for them', async () => {
    const plan = buildFontPlan({});
    expect(plan.fontDirs['fallback-marks'], 'npm run build:forms 未切出复选框字形').toBeDefined();
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${plan.bundledCss}\n${plan.roleCss}\nbody{font-family:var(--font-fang)}</style></head><body>☐受理　☑不予受理　☒</body></html>`;
    const { page } = await preparePage(browser(), plan.fontDirs, html);
    try {
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return performance.getEntriesByType('resource').map((e) => decodeURIComponent(new URL(e.name).pathname));
      });
      expect(loaded.filter((p) => p.includes('/fonts/fallback'))).toEqual([`/fonts/fallback-marks/${FALLBACK_MARKS.file}`]);
      expect(loaded.some((p) => p.endsWith(FALLBACK.files.a))).toBe(false);
    } finally {
      await page.close();
    }
  });
});
