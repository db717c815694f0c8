/**
 * Laws and documents named in the text as 《…》. Each must be listed in
 * policy/laws.yaml; an unknown title fails the build, so a typo in a law's name
 * cannot slip into the handbook or the forms.
 */
import { parse as parseYaml } from 'yaml';
import type { VFile } from 'vfile';
import type { ProvisionText } from './compile-chapter.ts';
import { report } from './diagnostics.ts';
import { pointAt } from './inline-text.ts';
import type { CitedWork, Reference } from './model.ts';

const KINDS = new Set<CitedWork['kind']>(['law', 'administrative-regulation', 'departmental-rule', 'document']);

export function readWorks(file: VFile): { laws: CitedWork[]; documents: CitedWork[] } {
  let data: { laws?: unknown; documents?: unknown };
  try {
    data = (parseYaml(String(file.value)) ?? {}) as typeof data;
  } catch (error) {
    report(file, `不是有效的 YAML：${(error as Error).message}`, undefined, 'frontmatter');
    return { laws: [], documents: [] };
  }
  const list = (value: unknown, key: string): CitedWork[] => {
    if (!Array.isArray(value)) {
      report(file, `缺少列表 ${key}`, undefined, 'frontmatter');
      return [];
    }
    return value.flatMap((entry: Record<string, unknown>, index) => {
      if (typeof entry?.id !== 'string' || typeof entry.title !== 'string' || !KINDS.has(entry.kind as CitedWork['kind'])) {
        report(file, `${key}[${index}] 须有 id、title 与有效的 kind`, undefined, 'frontmatter');
        return [];
      }
      const work: CitedWork = { id: entry.id, title: entry.title, kind: entry.kind as CitedWork['kind'], citedBy: [] };
      if (typeof entry.issuer === 'string') work.issuer = entry.issuer;
      if (typeof entry.note === 'string') work.note = entry.note;
      return [work];
    });
  };
  return { laws: list(data.laws, 'laws'), documents: list(data.documents, 'documents') };
}

/** References to laws and documents, filling each work's citedBy. */
export function findWorkReferences(provisions: ProvisionText[], laws: CitedWork[], documents: CitedWork[]): Reference[] {
  const byTitle = new Map<string, { work: CitedWork; kind: 'law' | 'document' }>();
  for (const work of laws) byTitle.set(work.title, { work, kind: 'law' });
  for (const work of documents) byTitle.set(work.title, { work, kind: 'document' });
  const found: Reference[] = [];
  for (const { eId, inline, file } of provisions) {
    for (const m of inline.text.matchAll(/《([^《》]+)》/gu)) {
      const hit = byTitle.get(m[1]!);
      if (!hit) {
        report(file, `《${m[1]}》未列入 policy/laws.yaml：请核对书名，或在其中登记`, pointAt(inline, m.index), 'unknown-work');
        continue;
      }
      found.push({ kind: hit.kind, source: eId, text: m[0], start: m.index, end: m.index + m[0].length, target: hit.work.id });
      if (!hit.work.citedBy.includes(eId)) hit.work.citedBy.push(eId);
    }
  }
  return found;
}
