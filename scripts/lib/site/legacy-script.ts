/**
 * <base>legacy.js: the polyfills and the stylesheet switch for browsers without CSS cascade layers
 * or Element.replaceChildren (site/src/scripts/legacy.ts), bundled for Chromium 83. Only those
 * browsers load it (Head.astro's loader), so every other reader — and the offline copy of a modern
 * browser — carries a 200-byte loader per page instead of 1.7 KB of inline script.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const LEGACY_SCRIPT = 'legacy.js';
const SOURCE = fileURLToPath(new URL('../../../site/src/scripts/legacy.ts', import.meta.url));

export async function writeLegacyScript(siteDir: string): Promise<void> {
  const result = await build({ entryPoints: [SOURCE], bundle: true, format: 'iife', target: 'chrome83', minify: true, write: false, logLevel: 'silent' });
  await writeFile(path.join(siteDir, LEGACY_SCRIPT), result.outputFiles[0]!.contents);
}
