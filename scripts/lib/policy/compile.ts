/**
 * policy/ → the provision model. Reads notice.mdx, laws.yaml and measures/*.mdx,
 * checks every convention, and returns the model with each file's messages. The
 * model is undefined when any file has an error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { articleLabel } from '../citations/index.ts';
import { compileChapter, type CompiledChapter, type ProvisionText } from './compile-chapter.ts';
import { report } from './diagnostics.ts';
import { pointAt } from './inline-text.ts';
import { collectMarks } from './marks.ts';
import { MODEL_SCHEMA_VERSION, type Chapter, type PolicyModel, type Reference } from './model.ts';
import { readEditorial } from './editorial.ts';
import { readNotice } from './notice.ts';
import { parsePolicyFile } from './parse.ts';
import { POLICY_DIR, policySourcePaths, policyVersion } from './paths.ts';
import { findProvisionReferences } from './provision-references.ts';
import { collectTerms, findTermUses } from './terms.ts';
import { findWorkReferences, readWorks } from './works.ts';

export interface CompileResult {
  model: PolicyModel | undefined;
  /** Every file read, with its messages (file.messages). */
  files: VFile[];
}

export interface PolicySources {
  notice: VFile;
  laws: VFile;
  chapters: VFile[];
  /** policy/editorial/*.yaml and guides/*.yaml: the editors' additions (none in most test fixtures). */
  editorial?: VFile[];
}

export { POLICY_DIR };

/** Reads policy/ from disk. Paths in messages are relative to the project root. */
export async function readPolicySources(dir = POLICY_DIR): Promise<PolicySources> {
  const root = path.dirname(dir);
  const read = async (file: string) => new VFile({ path: path.relative(root, file), value: await readFile(file, 'utf8') });
  const paths = policySourcePaths(dir);
  return {
    notice: await read(paths.notice),
    laws: await read(paths.laws),
    chapters: await Promise.all(paths.chapters.map(read)),
    editorial: await Promise.all(paths.editorial.map(read)),
  };
}

export async function compilePolicy(dir = POLICY_DIR): Promise<CompileResult> {
  return compileSources(await readPolicySources(dir));
}

/** Compiles in-memory sources (the tests' entry point). */
export function compileSources(sources: PolicySources): CompileResult {
  const files = [sources.notice, sources.laws, ...sources.chapters, ...(sources.editorial ?? [])];
  const notice = readNotice(sources.notice);
  const works = readWorks(sources.laws);
  const compiled = sources.chapters.flatMap((file) => {
    const tree = parsePolicyFile(file);
    return tree ? [{ file, result: compileChapter(file, tree) }] : [];
  });
  const chapters = checkOrder(compiled);
  const provisions = compiled.flatMap(({ result }) => result.provisions);
  const terms = collectTerms(provisions);
  const { enumerations, parameters } = collectMarks(provisions);
  const editorial = readEditorial(sources.editorial ?? [], { enumerations, chapters });
  const rank = new Map(provisions.map((p, index) => [p.eId, index]));
  const references: Reference[] = [
    ...findTermUses(provisions, terms),
    ...findWorkReferences(provisions, works.laws, works.documents),
    ...resolveProvisionReferences(provisions, chapters),
  ].sort((a, b) => rank.get(a.source)! - rank.get(b.source)! || a.start - b.start);
  const closing = findClosing(compiled);
  const failed = files.some((f) => f.messages.some((m) => m.fatal));
  if (failed || !notice || !closing) return { model: undefined, files };
  return {
    model: {
      modelSchemaVersion: MODEL_SCHEMA_VERSION,
      version: policyVersion(files.map((f) => ({ path: f.path, text: String(f.value) }))),
      meta: notice.meta,
      notice: notice.notice,
      chapters,
      closing: { eId: 'clause_effective', kind: 'effective-date', text: closing },
      terms,
      references,
      laws: works.laws,
      documents: works.documents,
      enumerations,
      parameters,
      editorial,
    },
    files,
  };
}

/** Chapters numbered 1, 2, 3 …; articles 1, 2, 3 … across all chapters, none twice. */
function checkOrder(compiled: { file: VFile; result: CompiledChapter }[]): Chapter[] {
  const chapters: Chapter[] = [];
  const seen = new Map<number, string>();
  let expected = 1;
  for (const { file, result } of compiled.sort((a, b) => (a.result.chapter?.num ?? 0) - (b.result.chapter?.num ?? 0))) {
    const chapter = result.chapter;
    if (!chapter) continue;
    if (chapter.num !== chapters.length + 1) {
      report(file, `章号应为 ${chapters.length + 1}，实为 ${chapter.num}（重复或缺章）`, { line: 1, column: 1 }, 'chapter-order');
    }
    chapters.push(chapter);
    for (const { article, node } of result.articleNodes) {
      const where = `${file.path}:${node.position?.start.line}:${node.position?.start.column}`;
      const first = seen.get(article.num);
      if (first) {
        report(file, `${article.label}重复（首次出现于 ${first}）`, node, 'duplicate-article');
        continue;
      }
      seen.set(article.num, where);
      if (article.num !== expected) {
        report(file, `条号顺序有误：此处应为${articleLabel(expected)}，实为${article.label}`, node, 'article-order');
      }
      expected = article.num + 1;
    }
  }
  return chapters;
}

function resolveProvisionReferences(provisions: ProvisionText[], chapters: Chapter[]): Reference[] {
  const known = new Set<string>();
  const paragraphOf = new Map<string, number>();
  for (const article of chapters.flatMap((c) => c.articles)) {
    known.add(article.eId);
    for (const para of article.paragraphs) {
      known.add(para.eId);
      paragraphOf.set(para.eId, para.num);
      for (const item of para.items) {
        known.add(item.eId);
        paragraphOf.set(item.eId, para.num);
      }
    }
  }
  const found: Reference[] = [];
  for (const { eId, inline, file } of provisions) {
    const article = Number(/^art_(\d+)/.exec(eId)?.[1]);
    const at = { article, paragraph: paragraphOf.get(eId) ?? 1 };
    for (const ref of findProvisionReferences(inline.text, at)) {
      const missing = [ref.target, ref.targetEnd].find((t) => t !== undefined && !known.has(t));
      if (ref.target === undefined || missing) {
        report(file, `“${ref.text}”所指的条款不存在`, pointAt(inline, ref.start), 'unresolved-reference');
        continue;
      }
      const { text, start, end, target, targetEnd } = ref;
      found.push({ kind: 'provision', source: eId, text, start, end, target, ...(targetEnd ? { targetEnd } : {}) });
    }
  }
  return found;
}

function findClosing(compiled: { file: VFile; result: CompiledChapter }[]): string | undefined {
  const closings = compiled.filter(({ result }) => result.closing);
  const last = compiled.at(-1);
  if (closings.length === 0) {
    const end = last?.result.articleNodes.at(-1)?.node.position?.end;
    if (last) report(last.file, '缺少施行日期条款 <EffectiveDate>（应位于最后一条之后）', end, 'effective-date');
    return undefined;
  }
  for (const { file, result } of closings) {
    const node = result.closing!.node;
    const after = result.articleNodes.at(-1)?.node.position?.end.offset ?? -1;
    if (result !== last?.result || closings.length > 1 || (node.position?.start.offset ?? 0) < after) {
      report(file, '<EffectiveDate> 只能出现一次，且位于最后一条之后', node, 'effective-date');
    }
  }
  return closings[0]!.result.closing!.text;
}
