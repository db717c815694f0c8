// What the search dialog shows beside Pagefind's results, from the handbook's search report
// (handbook-search.ts): the content words a question was reduced to, the situation guides for the
// words searched, and — when nothing was found — the nearest words to try and every guide.
// Placed right under Pagefind's result message, and put back there when Pagefind redraws.
import { REPORT_EVENT } from './events.ts';
import type { SearchReport } from './handbook-search.ts';
const CLASS = 'hb-search-aside';

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function paragraph(...parts: (Node | string)[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(...parts);
  return p;
}

/** The aside's content for one report (empty when there is nothing to add). */
function renderAside(report: SearchReport, searchFor: (word: string) => void): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const strong = (text: string) => Object.assign(document.createElement('strong'), { textContent: text });
  if (report.corrections.length) {
    const pairs = report.corrections.flatMap((c, i) => [...(i ? ['，'] : []), `“${c.typed}”按`, strong(`“${c.meant}”`)]);
    const note = paragraph(...pairs, '搜索（可能是输入法选错了同音字）。');
    note.className = 'hb-correction';
    parts.push(note);
  }
  if (report.reduced.length) {
    const words = report.reduced.flatMap((w, i) => [...(i ? ['、'] : []), Object.assign(document.createElement('strong'), { textContent: w })]);
    parts.push(paragraph('按', ...words, '搜索（已去掉提问用语）。'));
  }
  if (report.count === 0 && report.suggestions.length) {
    const buttons = report.suggestions.flatMap((word, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'hb-try';
      button.textContent = word;
      button.addEventListener('click', () => searchFor(word));
      return [...(i ? [' '] : []), button];
    });
    parts.push(paragraph('相近的说法：', ...buttons));
  }
  if (report.guides.length) {
    const list = document.createElement('ul');
    for (const g of report.guides) {
      const item = document.createElement('li');
      item.append(link(g.href, g.title));
      list.append(item);
    }
    const heading = paragraph(report.count === 0 ? '或者按情形查找：' : '相关情形指引：');
    heading.className = 'hb-aside-heading';
    parts.push(heading, list);
  }
  return parts;
}

/** Keeps the aside under Pagefind's message in `root` (the element Pagefind's UI was created in). */
export function attachAside(root: HTMLElement): void {
  const aside = document.createElement('div');
  aside.className = CLASS;
  let shown = '';
  const input = () => root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
  const searchFor = (word: string) => {
    const field = input();
    if (!field) return;
    field.value = word;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.focus();
  };
  const place = () => {
    const message = root.querySelector('.pagefind-ui__message');
    const current = (input()?.value ?? '').trim();
    if (!message || !aside.childElementCount || shown !== current) {
      aside.remove();
      return;
    }
    if (message.nextElementSibling !== aside) message.after(aside);
  };
  window.addEventListener(REPORT_EVENT, (event) => {
    const report = (event as CustomEvent<SearchReport>).detail;
    aside.replaceChildren(...renderAside(report, searchFor));
    shown = report.query.trim();
    place();
  });
  new MutationObserver(() => requestAnimationFrame(place)).observe(root, { childList: true, subtree: true });
}
