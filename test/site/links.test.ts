import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { handbookPath } from '../../scripts/lib/citations/index.ts';
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { pageFacts } from '../../scripts/lib/site/html.ts';
import { checkLinks, formatLinkProblems, htmlFiles } from '../../scripts/lib/site/link-check.ts';
import { readSiteInfo, type SiteBuildInfo } from '../../scripts/lib/site/site-info.ts';
import { SITE_DIR } from '../support/site-dir.ts';

const BROKEN = path.resolve(import.meta.dirname, '../fixtures/site/broken-site');

describe('the link check itself', () => {
  it('reports a missing page, a missing anchor, a missing stylesheet, a directory without its slash and a CDN script', async () => {
    const result = await checkLinks(BROKEN, '/');
    const found = result.problems.map((p) => `${p.href} ${p.reason}`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^articles\/art_2\/ 目标文件不存在/),
        expect.stringMatching(/^articles\/art_1\/#art_1__item_9 目标页面没有 id 为“art_1__item_9”的位置/),
        expect.stringMatching(/^\/_astro\/missing\.css 目标文件不存在/),
        expect.stringMatching(/^articles\/art_1 目录地址缺少结尾的“\/”/),
        expect.stringMatching(/^https:\/\/cdn\.example\.com\/analytics\.js 从外部网站加载资源/),
      ]),
    );
    expect(result.problems).toHaveLength(5);
    expect(result.externalLinks).toEqual(['https://example.org/']);
  });
});

describe('the built handbook (dist/site)', () => {
  let info: SiteBuildInfo;
  let model: PolicyModel;
  beforeAll(async () => {
    info = await readSiteInfo(SITE_DIR);
    model = await loadPolicyModel();
  });

  it('has no internal link, anchor or resource that fails to resolve, and loads nothing from outside', async () => {
    const result = await checkLinks(SITE_DIR, info.base);
    expect(result.pages).toBeGreaterThanOrEqual(1 + 7 + 33 + 5);
    expect(result.problems, formatLinkProblems(result.problems)).toEqual([]);
  });

  it('has the anchor every citation link points to: each chapter, article, paragraph and item', async () => {
    const eIds = model.chapters.flatMap((c) => [
      c.eId,
      ...c.articles.flatMap((a) => [a.eId, ...a.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)])]),
    ]);
    const missing: string[] = [];
    const cache = new Map<string, Set<string>>();
    for (const eId of eIds) {
      const [page, anchor] = handbookPath(eId).split('#') as [string, string | undefined];
      if (!cache.has(page)) {
        const html = await readFile(path.join(SITE_DIR, page, 'index.html'), 'utf8').catch(() => '');
        cache.set(page, pageFacts(html).ids);
      }
      if (!cache.get(page)!.has(anchor ?? eId)) missing.push(`${eId} → ${handbookPath(eId)}`);
    }
    expect(eIds.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('declares every page as Simplified Chinese', async () => {
    const wrong: string[] = [];
    for (const file of await htmlFiles(SITE_DIR)) {
      const { lang } = pageFacts(await readFile(path.join(SITE_DIR, file), 'utf8'));
      if (lang !== 'zh-CN') wrong.push(`${file}: ${lang}`);
    }
    expect(wrong).toEqual([]);
  });
});
