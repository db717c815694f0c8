/**
 * One PDF renderer for a test file, opened in the shared browser (global-browser.ts) before its
 * tests and closed after them: the forms are tested in-process through runForms() and
 * runReport(), and a run given it pays neither a browser launch nor a renderer's set-up.
 */
import { afterAll, beforeAll } from 'vitest';
import { FormRenderer } from '../../scripts/lib/gbt9704/renderer.ts';
import { createTemplates } from '../../scripts/lib/gbt9704/templates.ts';
import { useSharedBrowser } from './browser.ts';

export function useRenderer(): () => FormRenderer {
  const browser = useSharedBrowser();
  let renderer: FormRenderer | undefined;
  beforeAll(async () => {
    renderer = await FormRenderer.open(createTemplates(), { browser: browser() });
  });
  afterAll(async () => {
    await renderer?.close();
  });
  return () => {
    if (!renderer) throw new Error('渲染器尚未打开（只能在测试和 beforeAll 之后使用）');
    return renderer;
  };
}
