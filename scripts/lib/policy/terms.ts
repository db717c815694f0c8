/**
 * Defined terms: where each is defined (<Term define>) and every later use of it.
 * A use links to the defining provision; the longest surface form wins, so
 * 维护公安民警执法权威工作委员会办公室 (维权办) is not read as 维权委 + 办公室.
 */
import type { VFile } from 'vfile';
import type { ProvisionText } from './compile-chapter.ts';
import { report } from './diagnostics.ts';
import type { Reference, Term } from './model.ts';

export function collectTerms(provisions: ProvisionText[]): Term[] {
  const terms = new Map<string, Term & { file: VFile }>();
  const fullNames = new Map<string, string>();
  for (const { eId, inline, file } of provisions) {
    for (const mark of inline.marks) {
      if (mark.component !== 'Term') continue;
      const { define, role } = mark.attributes;
      const written = inline.text.slice(mark.start, mark.end);
      if (typeof define !== 'string' || define === '') {
        report(file, '<Term> 须以 define="术语" 指明所定义的术语', mark.node, 'attribute');
        continue;
      }
      if (role === 'full') {
        fullNames.set(define, written);
        continue;
      }
      if (role !== undefined) {
        report(file, `<Term> 的 role 只能是 "full"，收到 ${String(role)}`, mark.node, 'attribute');
        continue;
      }
      if (written !== define) {
        report(file, `<Term define="${define}"> 包含的文字“${written}”与术语不一致`, mark.node, 'attribute');
      }
      const earlier = terms.get(define);
      if (earlier) {
        report(file, `术语“${define}”重复定义（已在 ${earlier.definedIn} 定义）`, mark.node, 'duplicate-name');
        continue;
      }
      terms.set(define, { term: define, definedIn: eId, definition: inline.text, file });
    }
  }
  return [...terms.values()].map(({ file: _file, ...term }) => {
    const fullName = fullNames.get(term.term);
    return fullName ? { ...term, fullName } : term;
  });
}

/** Every use of a defined term outside its definition marks. */
export function findTermUses(provisions: ProvisionText[], terms: Term[]): Reference[] {
  const forms = terms
    .flatMap((t) => [{ text: t.term, term: t }, ...(t.fullName ? [{ text: t.fullName, term: t }] : [])])
    .sort((a, b) => b.text.length - a.text.length);
  const uses: Reference[] = [];
  for (const { eId, inline } of provisions) {
    const taken: [number, number][] = inline.marks.filter((m) => m.component === 'Term').map((m) => [m.start, m.end]);
    const found: Reference[] = [];
    for (const form of forms) {
      let from = 0;
      for (;;) {
        const start = inline.text.indexOf(form.text, from);
        if (start < 0) break;
        const end = start + form.text.length;
        from = end;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        found.push({ kind: 'term', source: eId, text: form.text, start, end, target: form.term.definedIn, term: form.term.term });
      }
    }
    uses.push(...found.sort((a, b) => a.start - b.start));
  }
  return uses;
}
