/**
 * --format pdf: the report laid out by the forms' renderer, as a 公文, and checked as every form
 * is. Its own module, loaded only when a PDF is asked for: the browser and the templates cost
 * about a second to load, which a json-only run should not pay.
 */
import { toRenderJob } from '../documents/registry.ts';
import { FormRenderer, type RendererOptions } from '../gbt9704/renderer.ts';
import { createTemplates } from '../gbt9704/templates.ts';
import type { DocumentModel } from '../gbt9704/model/types.ts';
import type { PolicyModel } from '../policy/model.ts';

/** The report as a PDF, laid out and checked as every form is; undefined when interrupted. */
export async function reportPdf(doc: DocumentModel, model: PolicyModel, created: Date, options: { renderer?: RendererOptions; signal?: AbortSignal }) {
  const templates = createTemplates();
  const renderer = await FormRenderer.open(templates, options.renderer);
  const stop = () => {
    renderer.cancel();
    void renderer.close();
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const problems: string[] = [];
    const [printed] = await renderer.render([toRenderJob(doc, templates, created, model)], undefined, (p) => problems.push(p.message));
    if (problems.length > 0) throw new Error(`报告无法排版：${problems.join('；')}`);
    return printed;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await renderer.close();
  }
}
