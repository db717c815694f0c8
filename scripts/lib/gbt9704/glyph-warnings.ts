/**
 * Says which characters of a document no bundled face can print (see coverage.ts): the clerk
 * checks them on paper.
 */
import { missingCharacters } from './coverage.ts';
import type { DocumentModel } from './model/types.ts';
import type { FormRenderer } from './renderer.ts';
import type { RenderJob } from './types.ts';

export function warnMissingGlyphs(job: RenderJob, doc: DocumentModel, renderer: FormRenderer, log: (text: string) => void): void {
  const missing = missingCharacters(job.html, renderer.fontPlan.fallback);
  if (missing.length === 0) return;
  const chars = missing.map((c) => `“${c}”（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('、');
  const fang = renderer.fontPlan.roles.fang;
  const fallback = fang.official ? `若正式字体“${fang.official}”也没有，将` : '将';
  log(`${doc.caseId}  注意：“${job.meta.title}”中的 ${chars} 不在随附字体中，打印时${fallback}由本机其他字体补字，字形可能与正文不同；请核对打印件。\n`);
}
