// The provisions beside the form: each cited as the validator cites it, linked to its place in the
// handbook, and quoted where it is short enough to read beside a choice.
import { model } from 'wq:data';
import { cite } from '../../../scripts/lib/citations/index.ts';
import { provisionText } from '../../../scripts/lib/policy/query.ts';
import { handbookUrl } from '../../../scripts/lib/validate/messages.ts';
import { handbookBase } from './checker.ts';
import { h } from './dom.ts';

/** Longer than this, a provision is linked, not quoted (the handbook shows it whole). */
const QUOTE_LIMIT = 160;

const citation = (eId: string): string => cite(eId, model);

/** The handbook address of a provision. */
const provisionHref = (eId: string): string => handbookUrl(handbookBase(), eId);

function provisionLink(eId: string): HTMLAnchorElement {
  return h('a', { href: provisionHref(eId), class: 'wb-cite' }, citation(eId));
}

/** A provision's words, when short enough to quote beside a choice. */
function quoteOf(eId: string): string | undefined {
  let text: string;
  try {
    text = provisionText(model, eId);
  } catch {
    return undefined;
  }
  return text.length <= QUOTE_LIMIT ? text : undefined;
}

/** “依据：第十五条、第三十三条” with links, for a field or a choice. */
export function basisOf(eIds: readonly string[] | undefined): HTMLElement | null {
  if (!eIds || eIds.length === 0) return null;
  const links = eIds.flatMap((eId, i) => (i === 0 ? [provisionLink(eId)] : ['、', provisionLink(eId)]));
  return h('span', { class: 'wb-basis' }, '依据：', ...links);
}

/** A choice's provision quoted: “第八条第（一）项：受到暴力袭击的；” (linked), or only linked when long. */
export function quotedBasis(eIds: readonly string[] | undefined): HTMLElement | null {
  if (!eIds || eIds.length === 0) return null;
  return h(
    'span',
    { class: 'wb-quote' },
    ...eIds.map((eId) => {
      const words = quoteOf(eId);
      return h('span', { class: 'wb-quote-item' }, provisionLink(eId), words ? `：${words}` : '');
    }),
  );
}
