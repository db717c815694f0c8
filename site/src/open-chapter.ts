// Starlight route middleware (astro.config.mjs): on an article's or a chapter's page,
// the sidebar opens that chapter and lists its articles. The configured sidebar only
// links each chapter to its page: all 33 articles on every page would cost each page
// about 10 KB of navigation.
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { buildSidebar, sidebarPath, type SidebarEntry } from '../../scripts/lib/site/sidebar.ts';
import { data, url } from './lib/data.ts';

type RouteSidebarEntry = StarlightRouteData['sidebar'][number];

/** A sidebar link ("/articles/art_8/") as the URL path it has under the site's base. */
const linkUrl = (link: string) => url(link.slice(1));

/** The chapter of each article's and each chapter's page, by the page's URL path. */
const chapterOfPage = new Map([
  ...data.chapters.map((c) => [linkUrl(sidebarPath(c.href)), c.eId] as const),
  ...data.articles.map((a) => [linkUrl(sidebarPath(a.href)), a.chapter.eId] as const),
]);

/** A configured sidebar entry as Starlight hands it to the page (what it makes of a `sidebar` prop). */
function resolve(entry: SidebarEntry, current: string): RouteSidebarEntry {
  if ('link' in entry) {
    const href = linkUrl(entry.link);
    return { type: 'link', label: entry.label, href, isCurrent: href === current, badge: undefined, attrs: {} };
  }
  const entries = entry.items.map((item) => resolve(item, current));
  return { type: 'group', label: entry.label, collapsed: entry.collapsed ?? false, badge: undefined, entries };
}

export const onRequest = defineRouteMiddleware(({ locals, url: { pathname } }) => {
  const chapter = chapterOfPage.get(pathname);
  if (chapter) locals.starlightRoute.sidebar = buildSidebar(data, { currentChapter: chapter }).map((e) => resolve(e, pathname));
});
