/**
 * The pages officers read — the articles, the situation guides, the home page, the chapters and the
 * whole text — speak the Measures' language, not the toolkit's: no "以上职责取自校验工具的职责清单",
 * "结论取自校验规则的判定", "上行文：版头列签发人" or "本办法未规定时限，不计算期限". That wording belongs to
 * the pages for the 维权办 staff (使用说明, 文书与表单, 实施覆盖情况); an article page only links to its
 * row on the coverage page (every officer's offline copy carries the article pages). Read from the
 * built site (dist/site).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/site/link-check.ts';
import { SITE_DIR } from '../support/site-dir.ts';

/** The toolkit's wording (what the tools publish about themselves). */
const TOOL_WORDING = ['校验工具', '校验规则', '不计算期限', '上行文', '版头', '签发人', '职责清单', '所属情形由', 'wq-validate', 'wq-forms'];
const OFFICERS = /^(index\.html|articles\/[^/]+\/index\.html|guides\/[^/]+\/index\.html|chapters\/[^/]+\/index\.html|full-text\/index\.html|glossary\/index\.html)$/;

/** The page's text a reader sees, without the navigation (its links name the staff's pages). */
function officersText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<nav[\s\S]*?<\/nav>/g, '')
    .replace(/<[^>]+>/g, '');
}

describe('the pages officers read', () => {
  it('carry none of the toolkit’s wording', async () => {
    const files = (await htmlFiles(SITE_DIR)).filter((f) => OFFICERS.test(f));
    expect(files.length).toBeGreaterThan(45);
    const found: string[] = [];
    for (const file of files) {
      const text = officersText(await readFile(path.join(SITE_DIR, file), 'utf8'));
      for (const word of TOOL_WORDING) if (text.includes(word)) found.push(`${file}：${word}`);
    }
    expect(found).toEqual([]);
  });

  it('leave what implements an article (its rules, fields, tests, source) to the coverage page', async () => {
    const text = officersText(await readFile(path.join(SITE_DIR, 'articles', 'art_29', 'index.html'), 'utf8'));
    for (const word of ['.test.ts', 'policy/measures/', '案件数据字段', 'ledger-date-backward']) expect(text, word).not.toContain(word);
    const coverage = officersText(await readFile(path.join(SITE_DIR, 'coverage', 'index.html'), 'utf8'));
    for (const word of ['.test.ts', 'policy/measures/chapter-5.mdx', 'ledger-date-backward']) expect(coverage, word).toContain(word);
  });

  it('keep that wording where the staff read it', async () => {
    const coverage = officersText(await readFile(path.join(SITE_DIR, 'coverage', 'index.html'), 'utf8'));
    expect(coverage).toContain('不计算期限');
  });
});
