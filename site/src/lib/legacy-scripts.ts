// The classic scripts Head.astro inlines at the top of every page, compiled at build time for the
// oldest engine the handbook supports (Chromium 83): inline scripts are not processed by Vite.
import { transform } from 'esbuild';
import polyfillsSource from '../scripts/legacy-polyfills.ts?raw';
import legacyStylesSource from '../scripts/legacy-styles.ts?raw';

const TARGET = 'chrome83';

async function compile(source: string): Promise<string> {
  const { code } = await transform(source, { loader: 'ts', target: TARGET, minify: true, format: 'iife' });
  return code.trim();
}

let compiled: Promise<{ polyfills: string; legacyStyles: string }> | undefined;

/** The polyfills, and the switch to the flattened stylesheets (each compiled once per build). */
export function legacyScripts(): Promise<{ polyfills: string; legacyStyles: string }> {
  compiled ??= Promise.all([compile(polyfillsSource), compile(legacyStylesSource)]).then(([polyfills, legacyStyles]) => ({ polyfills, legacyStyles }));
  return compiled;
}
