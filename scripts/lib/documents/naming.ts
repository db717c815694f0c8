/**
 * Output file names: deterministic (the same case and form always give the same name),
 * readable by a clerk (case number and form title), safe on Linux, Windows and macOS, and
 * never longer than the 255 bytes a file system allows (cut, with a short hash to keep apart
 * the names that the cut made alike).
 */
import { createHash } from 'node:crypto';
import { unsafeCharacters } from '../cli/printable.ts';

/** What Windows forbids in a name, white space, and (cli/printable.ts) what steers a terminal or reorders text: U+202E would make "fdp.exe" of "exe.pdf". */
const UNSAFE = new RegExp(`(?:[\\\\/:*?"<>|\\s]|${unsafeCharacters().source})+`, 'gu');
const MAX_BYTES = 255;

const hash8 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);
// Counted with TextEncoder rather than Buffer: the case workbench names its downloads in the browser too.
const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).byteLength;

/** A case id as part of a file name; if anything had to be replaced, a short hash keeps different ids apart. */
export function safeName(text: string, max = 60): string {
  const cleaned = text.normalize('NFC').replace(UNSAFE, '_').replace(/^[._]+|[._]+$/g, '');
  const cut = [...cleaned].slice(0, max).join('');
  if (cut === text && cut.length > 0) return cut;
  return `${cut || 'case'}-${hash8(text)}`;
}

/** A name cut to 255 bytes (UTF-8), the extension kept, a hash of the whole name added when cut. */
function capped(name: string, ext = '.pdf'): string {
  const whole = `${name}${ext}`;
  if (byteLength(whole) <= MAX_BYTES) return whole;
  const tail = `-${hash8(whole)}${ext}`;
  let head = '';
  for (const ch of name) {
    if (byteLength(head + ch + tail) > MAX_BYTES) break;
    head += ch;
  }
  return head + tail;
}

export function documentFileName(caseId: string, formTitle: string, part?: string): string {
  return capped(`${safeName(caseId)}_${formTitle}${part ? `_${safeName(part, 40)}` : ''}`);
}

/** A unit's ledger: its name, how many cases it holds, and a hash of which. */
export function ledgerFileName(formTitle: string, caseIds: readonly string[], unit?: string): string {
  const hash = createHash('sha256').update([...caseIds].sort().join('\n')).digest('hex').slice(0, 8);
  return capped(`${unit ? `${safeName(unit, 40)}_` : ''}${formTitle}_${caseIds.length}件_${hash}`);
}

/** The blank form's file name. */
export function blankFileName(formTitle: string): string {
  return capped(`空白_${formTitle}`);
}
