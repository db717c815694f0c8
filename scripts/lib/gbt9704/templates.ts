/**
 * The Handlebars side of the forms: templates/document.hbs renders a document model (see
 * model/types.ts) block by block with the partials in templates/blocks/. The words are the
 * model's; the templates only give them their HTML and the stylesheet's classes.
 *
 * Case data only ever reaches the page through {{double-stash}}, which escapes HTML;
 * a test fails the build if any template uses {{{triple-stash}}}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { ROOT_DIR } from '../root.ts';
import { barChartSvg, type BarChart } from './bar-chart.ts';
import { bannerGeometry } from './banner-geometry.ts';
import type { DocumentModel, Run, Text } from './model/types.ts';

export const TEMPLATES_DIR = path.join(ROOT_DIR, 'templates');
export const STYLESHEET = path.join(TEMPLATES_DIR, 'gbt9704.css');

type TemplateFn = (view: object) => string;

export interface FormTemplates {
  /** The HTML of one document: the inside of its <article class="doc">. */
  render(doc: DocumentModel): string;
  /** The Handlebars instance (for tests and the page-number sheet). */
  handlebars: typeof Handlebars;
}

/**
 * A template's source without its comments and the newline that ends the file: inside a
 * paragraph, any whitespace between two Chinese characters would print as a space.
 */
const tidy = (source: string) => source.replace(/\{\{!--[\s\S]*?--\}\}\n?/g, '').replace(/\n$/, '');

// The model is not needed to render a document model; the parameter stays for callers that pass it.
export function createTemplates(dir: string = TEMPLATES_DIR): FormTemplates {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const blocks = path.join(dir, 'blocks');
  for (const file of readdirSync(blocks).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(path.basename(file, '.hbs'), tidy(readFileSync(path.join(blocks, file), 'utf8')));
  }
  // strict: a field the template expects but the model lacks is a bug, not a blank.
  const document = hb.compile(tidy(readFileSync(path.join(dir, 'document.hbs'), 'utf8')), { preventIndent: true }) as TemplateFn;
  return { handlebars: hb, render: (doc) => document(doc) };
}

function registerHelpers(hb: typeof Handlebars): void {
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

/** Lines to write on longer than this (characters) are set as pieces; a name's or a date's stays whole. */
const SEGMENTED = 6;

/** A group of runs set together: `nb` groups never break inside (runs joined to the one before). */
interface RunGroup {
  nb: boolean;
  runs: Run[];
}

/** Marks that never start a line, and marks that never end one (避头尾). */
const CLOSING = /^[，。、；：？！”’）》〉」』】〕…—]+/u;
const OPENING = /[“‘（《〈「『【〔]+$/u;

const isPlain = (run: Run | undefined): run is Run => run !== undefined && !run.blank && !run.keep && !run.font;

/**
 * The runs of a text as the page sets them: runs joined to the one before (a blank date) in one
 * group that never breaks; a line to write on, outside such a group, as one-character pieces, so
 * that it fills the rest of a line and runs on to the next instead of moving whole to the next
 * line and leaving the words before it spread out over the line they leave (justified text). A
 * blank is an inline block, after which the browser may break before anything: a closing mark
 * right after it joins its last piece, an opening mark right before it its first (避头尾).
 */
function runGroups(value: Text): RunGroup[] {
  const groups: RunGroup[] = [];
  value.forEach((run, i) => {
    const joined = value[i + 1]?.join === true;
    const last = groups.at(-1);
    if (run.join && last) {
      last.nb = true;
      last.runs.push(run);
      return;
    }
    const previous = value[i - 1];
    const afterBox = last !== undefined && (last.nb || last.runs.at(-1)?.blank !== undefined);
    const closing = isPlain(run) && afterBox ? CLOSING.exec(run.t)?.[0] : undefined;
    if (closing && last) {
      const tail = last.nb ? last : { nb: true, runs: [last.runs.pop()!] };
      if (!last.nb) {
        if (last.runs.length === 0) groups.pop();
        groups.push(tail);
      }
      tail.runs.push({ t: closing });
      if (run.t.length > closing.length) groups.push({ nb: false, runs: [{ ...run, t: run.t.slice(closing.length) }] });
      return;
    }
    // An opening mark that ends the text before a blank moves into the blank's group.
    const opening = (run.blank || joined) && isPlain(previous) && last && !last.nb ? OPENING.exec(previous.t)?.[0] : undefined;
    const lead: Run[] = [];
    if (opening && last) {
      const before = last.runs.at(-1)!;
      last.runs[last.runs.length - 1] = { ...before, t: before.t.slice(0, -opening.length) };
      if (last.runs.at(-1)!.t === '') last.runs.pop();
      if (last.runs.length === 0) groups.pop();
      lead.push({ t: opening });
    }
    if (joined) groups.push({ nb: true, runs: [...lead, run] });
    else if (run.blank && run.line && run.blank > SEGMENTED) {
      const pieces: Run[] = Array.from({ length: Math.ceil(run.blank) }, () => ({ t: '', blank: 1, line: true as const }));
      if (lead.length > 0) groups.push({ nb: true, runs: [...lead, pieces.shift()!] });
      groups.push({ nb: false, runs: pieces });
    } else groups.push({ nb: lead.length > 0, runs: [...lead, run] });
  });
  return groups.filter((g) => g.runs.length > 0);
}
