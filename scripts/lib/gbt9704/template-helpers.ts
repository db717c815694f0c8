/**
 * What the templates need besides their sources, apart from templates.ts (which reads and compiles
 * them): how a source is tidied before compiling, the compile options, and the helpers. The
 * handbook's case workbench precompiles the same sources with the same options at build time and
 * registers the same helpers on Handlebars' runtime in the browser (no compiling there: a strict
 * Content-Security-Policy forbids the code generation Handlebars.compile does).
 */
import type Handlebars from 'handlebars';
import { barChartSvg, type BarChart } from './bar-chart.ts';
import { bannerGeometry } from './banner-geometry.ts';
import type { Text } from './model/types.ts';
import { runGroups } from './run-groups.ts';

/** Handlebars itself or its runtime: both register helpers and make SafeStrings alike. */
type HandlebarsEnv = Pick<typeof Handlebars, 'registerHelper' | 'SafeString'>;

/**
 * A template's source without its comments and the newline that ends the file: inside a
 * paragraph, any whitespace between two Chinese characters would print as a space.
 */
export const tidy = (source: string) => source.replace(/\{\{!--[\s\S]*?--\}\}\n?/g, '').replace(/\n$/, '');

/** How document.hbs is compiled; its partials, compiled when first used, inherit these. */
export const COMPILE_OPTIONS = { preventIndent: true } as const;

export function registerHelpers(hb: HandlebarsEnv): void {
  hb.registerHelper('blockPartial', (kind: unknown) => `block-${String(kind)}`);
  // The one place markup is not escaped by Handlebars: barChartSvg escapes every word it draws.
  hb.registerHelper('barChartSvg', (chart: unknown) => new hb.SafeString(barChartSvg(chart as BarChart)));
  hb.registerHelper('bannerGeometry', (banner: unknown) => bannerGeometry(banner as Parameters<typeof bannerGeometry>[0]));
  /** A kept run in a table cell: a date may break after 年 (2026年 / 4月28日), nowhere else. */
  hb.registerHelper('keepParts', (t: unknown) => {
    const m = /^(\D*\d{4}年)(\d{1,2}月\d{1,2}日\D*)$/u.exec(String(t));
    return m ? [m[1], m[2]] : [String(t)];
  });
  hb.registerHelper('runGroups', (value: unknown) => runGroups(value as Text));
}
