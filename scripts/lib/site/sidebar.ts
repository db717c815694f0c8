/**
 * The handbook's sidebar (and the phone's menu, which is the same list): the situation guides,
 * the whole text, the chapters with the articles of the current chapter only, each article with
 * its 条旨 (第八条　维护范围; the other chapters link to their chapter page), then the reference
 * pages and the instructions for the commands (site/src/content/docs/guide/). Listing
 * all 33 articles on every page (`allArticles`, Starlight's usual way) costs every page
 * about 10 KB of navigation.
 * Links are base-free paths starting with "/": Starlight adds the base.
 */
import type { HandbookData } from './types.ts';

export type SidebarEntry =
  | { label: string; link: string }
  | { label: string; collapsed?: boolean; items: SidebarEntry[] };

/** A page path without the anchor, as the sidebar links it: "articles/art_8/#art_8" → "/articles/art_8/". */
export function sidebarPath(href: string): string {
  return `/${href.split('#')[0]}`;
}

/** The page holding the whole Measures, for reading through and printing as a booklet. */
export const FULL_TEXT_PATH = 'full-text/';

export function buildSidebar(
  data: Pick<HandbookData, 'chapters' | 'articles' | 'guides'>,
  options: { currentChapter?: string; allArticles?: boolean } = {},
): SidebarEntry[] {
  const labels = new Map(data.articles.map((a) => [a.eId, a]));
  return [
    { label: '首页', link: '/' },
    ...(data.guides.length ? [{ label: '情形指引', items: data.guides.map((g) => ({ label: g.title, link: sidebarPath(g.href) })) }] : []),
    {
      label: '条文',
      items: [{ label: '全文（可打印）', link: sidebarPath(FULL_TEXT_PATH) }, ...data.chapters.map((c): SidebarEntry => {
        const title = `${c.label} ${c.heading}`;
        const open = c.eId === options.currentChapter;
        if (!open && !options.allArticles) return { label: title, link: sidebarPath(c.href) };
        return {
          label: title,
          collapsed: !open,
          items: [
            { label: `${c.label}（全章）`, link: sidebarPath(c.href) },
            ...c.articles.map((eId) => ({ label: labels.get(eId)!.title, link: sidebarPath(labels.get(eId)!.href) })),
          ],
        };
      })],
    },
    {
      label: '参考',
      items: [
        { label: '术语表', link: '/glossary/' },
        { label: '所引法律与文书', link: '/laws/' },
        { label: '文书与表单', link: '/forms/' },
        { label: '案件数据字段', link: '/schema/' },
        { label: '实施覆盖情况', link: '/coverage/' },
      ],
    },
    {
      label: '使用说明',
      items: [
        // The page a clerk without the command line starts from.
        { label: '案件工作台（在浏览器中填写案件）', link: '/workbench/' },
        { label: '案件校验', link: '/guide/validate/' },
        { label: '生成公文', link: '/guide/forms/' },
        { label: '定期报告与工作台账', link: '/guide/report/' },
        { label: '部署手册', link: '/guide/deploy/' },
      ],
    },
  ];
}
