/**
 * Output file names: deterministic (the same case and form always give the same name),
 * readable by a clerk (case number and form title), and safe on Linux, Windows and macOS.
 */
import { createHash } from 'node:crypto';

const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\s]+/gu;

/** A case id as part of a file name; if anything had to be replaced, a short hash keeps different ids apart. */
export function safeName(text: string, max = 60): string {
  const cleaned = text.normalize('NFC').replace(UNSAFE, '_').replace(/^[._]+|[._]+$/g, '');
  const cut = [...cleaned].slice(0, max).join('');
  if (cut === text && cut.length > 0) return cut;
  return `${cut || 'case'}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
}

export function documentFileName(caseId: string, formTitle: string, part?: string): string {
  return `${safeName(caseId)}_${formTitle}${part ? `_${safeName(part, 20)}` : ''}.pdf`;
}

/** The ledger covers many cases: its name says how many and hashes which. */
export function ledgerFileName(formTitle: string, caseIds: readonly string[]): string {
  const hash = createHash('sha256').update([...caseIds].sort().join('\n')).digest('hex').slice(0, 8);
  return `${formTitle}_${caseIds.length}件_${hash}.pdf`;
}
