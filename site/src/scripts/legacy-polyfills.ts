// What Chromium 83–87 (domestic office browsers on intranet PCs) lack that Starlight's own scripts
// use, added before any of them runs (part of legacy.js, which Head.astro's loader writes into the
// head of such a browser only).
// 1. Element.replaceChildren (Chrome 86): the theme picker swaps its icon with it.
// 2. :where() and :has() in querySelectorAll (Chrome 88 / 105): the table of contents looks up
//    the elements to watch with them. Where the browser rejects such a selector, it is asked again
//    with each :where(a, b) spelled out (x :where(a, b) y → x a y, x b y) and each :not(:has(…))
//    left out: the contents then highlight a little more loosely; nothing throws.

type Replace = (this: ParentNode, ...nodes: (Node | string)[]) => void;

function replaceChildren(this: ParentNode, ...nodes: (Node | string)[]): void {
  while (this.lastChild) this.removeChild(this.lastChild);
  this.append(...nodes);
}

for (const proto of [Element.prototype, Document.prototype, DocumentFragment.prototype] as { replaceChildren?: Replace }[]) {
  if (!proto.replaceChildren) proto.replaceChildren = replaceChildren;
}

/** Where the parenthesis opened at `open` closes. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The selector list's parts at the top level (commas inside parentheses do not split). */
function parts(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(list.slice(from).trim());
  return out.filter(Boolean);
}

/** One complex selector without :where() and :not(:has()): as many as its :where() alternatives. */
function spelledOut(selector: string): string[] {
  const has = selector.indexOf(':not(:has(');
  if (has >= 0) {
    const end = closing(selector, has + 4);
    return end < 0 ? [] : spelledOut(selector.slice(0, has) + selector.slice(end + 1));
  }
  const where = selector.indexOf(':where(');
  if (where < 0) return [selector];
  const end = closing(selector, where + 6);
  if (end < 0) return [];
  const before = selector.slice(0, where);
  const after = selector.slice(end + 1);
  return parts(selector.slice(where + 7, end)).flatMap((alternative) => spelledOut(before + alternative + after));
}

function supportsWhere(): boolean {
  try {
    document.querySelector(':where(html)');
    return true;
  } catch {
    return false;
  }
}

if (!supportsWhere()) {
  for (const proto of [Document.prototype, Element.prototype, DocumentFragment.prototype] as { querySelectorAll(selectors: string): NodeListOf<Element> }[]) {
    const native = proto.querySelectorAll;
    proto.querySelectorAll = function (this: ParentNode, selectors: string) {
      try {
        return native.call(this, selectors);
      } catch (error) {
        if (!/:where\(|:has\(/.test(selectors)) throw error;
        const lowered = parts(selectors).flatMap(spelledOut).join(',');
        try {
          return native.call(this, lowered || ':not(*)');
        } catch {
          return native.call(this, ':not(*)');
        }
      }
    };
  }
}
