/**
 * Stylesheets for browsers without CSS cascade layers (Chrome < 99: the domestic office browsers on
 * Chromium 83–98). Starlight puts all its styles in @layer blocks, which such a browser drops whole:
 * the pages come out unstyled. After the build, each stylesheet x.css gets a copy x.legacy.css
 * (the page switches to it: site/src/scripts/legacy-styles.ts) in which
 *   0. :not() takes one simple selector, as before Chrome 88: :not(a, b) becomes :not(a):not(b),
 *      and Starlight's "not inside .not-content" (:not(:where(.not-content *))) goes — the
 *      handbook puts nothing in .not-content (a test checks), and no old engine could say it;
 *   1. :where(…) is written as :is(…), then every :is(…) spelled out as plain selectors
 *      (@csstools/postcss-is-pseudo-class; neither exists before Chrome 88);
 *   2. the layers are flattened, their order kept by added specificity
 *      (@csstools/postcss-cascade-layers) — over the stylesheets the pages load together, in one
 *      pass, since the plugin must see the whole bundle;
 *   3. what else Chromium 83 lacks is lowered by Lightning CSS (logical shorthands such as
 *      margin-inline and inset, nesting, media query ranges, newer colour syntax), and the
 *      :not(:-webkit-any(…)) it writes for left-to-right text made one selector per :not again;
 *   4. the search dialog is fixed to the viewport, as later engines place a modal dialog.
 * The originals are left as they are: modern browsers keep Starlight's styles untouched.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cascadeLayers from '@csstools/postcss-cascade-layers';
import isPseudoClass from '@csstools/postcss-is-pseudo-class';
import { browserslistToTargets, transform } from 'lightningcss';
import postcss, { type Plugin } from 'postcss';
import selectorParser from 'postcss-selector-parser';

/** The oldest engine the handbook is held to. */
const TARGETS = browserslistToTargets(['chrome 83']);

/** Marks where one stylesheet ends in the joined bundle (a comment the plugins keep). */
const MARK = (name: string) => `/*! wq-legacy-css ${name} */`;

/**
 * Chromium before 98 places a modal <dialog> with position: absolute at the height it was scrolled
 * to when opened (the search dialog then opens below the fold); later ones fix it to the viewport.
 */
const OLD_DIALOG = 'site-search dialog[open]{position:fixed;top:0;bottom:0}';

/** The selector Starlight adds to keep its Markdown styles off .not-content: never matched in the handbook. */
const NOT_CONTENT = ':where(.not-content *)';

const simpleNot = selectorParser((root) => {
  root.walkPseudos((pseudo) => {
    if (pseudo.value !== ':not') return;
    for (const alternative of [...pseudo.nodes]) {
      if (String(alternative).trim() === NOT_CONTENT) alternative.remove();
      // :not(:where(a, b)) is :not(a, b).
      const only = alternative.nodes.length === 1 ? alternative.nodes[0] : undefined;
      if (only?.type === 'pseudo' && (only.value === ':where' || only.value === ':is' || only.value === ':-webkit-any')) alternative.replaceWith(...only.nodes.map((n) => n.clone()));
    }
    if (pseudo.nodes.length === 0) return void pseudo.remove();
    if (pseudo.nodes.length > 1 && pseudo.nodes.every((alternative) => alternative.nodes.every((n) => n.type !== 'combinator'))) {
      pseudo.replaceWith(...pseudo.nodes.map((alternative) => selectorParser.pseudo({ value: ':not', nodes: [alternative.clone()] })));
    }
  });
});

const oneSelectorNot: Plugin = {
  postcssPlugin: 'handbook-one-selector-not',
  Rule(rule) {
    if (rule.selector.includes(':not(')) rule.selector = simpleNot.processSync(rule.selector);
  },
};

const whereAsIs: Plugin = {
  postcssPlugin: 'handbook-where-as-is',
  Rule(rule) {
    if (rule.selector.includes(':where(')) rule.selector = rule.selector.replaceAll(':where(', ':is(');
  },
};

export interface LegacyCss {
  files: string[];
  bytes: number;
  /** What the plugins could not lower (they leave such a rule as it was). */
  warnings: string[];
}

/** Writes x.legacy.css beside every stylesheet under _astro/ of the built site. */
export async function writeLegacyCss(siteDir: string): Promise<LegacyCss> {
  const dir = path.join(siteDir, '_astro');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.css') && !n.endsWith('.legacy.css')).sort();
  // All together, the print styles too (unlayered: they stay above every layer, as in the originals).
  const joined = (await Promise.all(names.map(async (n) => `${MARK(n)}\n${await readFile(path.join(dir, n), 'utf8')}\n`))).join('');
  const warnings: string[] = [];
  const spelled = await postcss([oneSelectorNot, whereAsIs, isPseudoClass({ preserve: false, onComplexSelector: 'warning' })]).process(joined, { from: undefined });
  const flattened = await postcss([cascadeLayers()]).process(spelled.css, { from: undefined });
  for (const w of [...spelled.warnings(), ...flattened.warnings()]) warnings.push(w.text);

  const files: string[] = [];
  let bytes = 0;
  const pieces = flattened.css.split(/\/\*! wq-legacy-css (\S+) \*\/\n?/);
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i]!;
    const { code, warnings: lowered } = transform({ filename: name, code: Buffer.from(pieces[i + 1] ?? ''), targets: TARGETS, minify: true, errorRecovery: true });
    for (const w of lowered) warnings.push(`${name}：${w.message}`);
    // Lightning CSS writes "not right-to-left" as :not(:-webkit-any(:lang(ar), …)): one selector per :not, again.
    const css = (await postcss([oneSelectorNot]).process(Buffer.from(code).toString('utf8'), { from: undefined })).css + OLD_DIALOG;
    const legacy = name.replace(/\.css$/, '.legacy.css');
    await writeFile(path.join(dir, legacy), css);
    files.push(`_astro/${legacy}`);
    bytes += Buffer.byteLength(css);
  }
  return { files, bytes, warnings };
}
