/**
 * What the link check needs from a built HTML page: its ids, its links and the
 * resources it loads (and its language, for the tests). Parsed with parse5 (the HTML standard's parser),
 * not with regular expressions.
 */
import { parse } from 'parse5';

export interface PageFacts {
  ids: Set<string>;
  /** href of <a> and <area>. */
  links: string[];
  /** Resources the page loads: stylesheets, scripts, images, icons, preloads. */
  resources: { url: string; kind: 'style' | 'script' | 'image' | 'other' }[];
  lang?: string;
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), links: [], resources: [] };
  const visit = (node: Node) => {
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    const id = attrs.get('id');
    if (id) facts.ids.add(id);
    const name = attrs.get('name');
    if (node.nodeName === 'a' && name) facts.ids.add(name);
    switch (node.nodeName) {
      case 'html':
        facts.lang = attrs.get('lang');
        break;
      case 'a':
      case 'area':
        if (attrs.has('href')) facts.links.push(attrs.get('href')!);
        break;
      case 'link': {
        const href = attrs.get('href');
        const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
        if (!href || rel.includes('canonical') || rel.includes('alternate') || rel.includes('sitemap')) break;
        const kind = rel.includes('stylesheet') ? 'style' : rel.includes('modulepreload') ? 'script' : rel.includes('icon') ? 'image' : 'other';
        facts.resources.push({ url: href, kind });
        break;
      }
      case 'script':
        if (attrs.has('src')) facts.resources.push({ url: attrs.get('src')!, kind: 'script' });
        break;
      case 'img':
      case 'source':
        if (attrs.has('src')) facts.resources.push({ url: attrs.get('src')!, kind: 'image' });
        break;
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  return facts;
}
