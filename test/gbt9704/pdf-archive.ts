/**
 * A PDF as archives and assistive technology read it, through tools independent of the code
 * that wrote it: qpdf --check (the file's syntax, cross-reference and streams), poppler's
 * pdfinfo (Tagged, -struct-text: the structure tree with the text of each element; -meta:
 * the XMP packet).
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { spawnSync } from 'node:child_process';
import { requireTool } from '../../scripts/lib/build/system-tools.ts';

/** qpdf's verdict: exit status and what it said. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  requireTool('qpdf');
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

const poppler = (args: string[]) => {
  requireTool('poppler');
  const r = spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
};

export function isTagged(file: string): boolean {
  return /^Tagged:\s+yes$/m.test(poppler(['pdfinfo', file]).stdout);
}

/** The text of the structure tree's elements, in tree order, and what pdfinfo complained of. */
export function structureText(file: string): { text: string; elements: string[]; complaints: string } {
  const r = poppler(['pdfinfo', '-struct-text', file]);
  const lines = r.stdout.split('\n');
  const text = lines.flatMap((l) => {
    const t = l.trim();
    return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? [t.slice(1, -1)] : [];
  });
  const elements = lines.map((l) => /^\s*([A-Za-z][A-Za-z0-9]*)\b/.exec(l)?.[1]).filter((e): e is string => e !== undefined);
  return { text: text.join(''), elements, complaints: r.stderr };
}

/** The characters of a text, sorted, spaces left out: the same text read in another order compares equal. */
export const letters = (s: string) => [...s.replace(/[\s\u3000]/g, '')].sort().join('');

/** The XMP packet's properties (prefix:name → text; lists joined by '|'), parsed as XML. */
export function xmp(file: string): Record<string, string> {
  const raw = poppler(['pdfinfo', '-meta', file]).stdout;
  const doc = new DOMParser().parseFromString(raw.slice(raw.indexOf('<x:xmpmeta')), 'text/xml');
  const description = doc.getElementsByTagNameNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'Description')[0];
  const out: Record<string, string> = {};
  if (!description) return out;
  for (const child of Array.from(description.childNodes)) {
    if (child.nodeType !== 1) continue;
    const el = child as unknown as Element;
    const items = Array.from(el.getElementsByTagNameNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'li'));
    const values = items.length > 0 ? items.filter((li) => li.getAttribute('xml:lang') !== 'zh-CN').map((li) => li.textContent ?? '') : [el.textContent ?? ''];
    out[el.tagName] = values.join('|');
  }
  return out;
}
