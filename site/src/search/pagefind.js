// The handbook's pagefind.js: Pagefind's own API (its bundle is renamed to pagefind-engine.js
// beside this file by the build), with the handbook's search in front (handbook-search.js,
// transpiled from handbook-search.ts by integration.ts): questions reduced to their content
// words, results ranked by the words they hold and landing on the provision that holds them.
// The search dialog and the tests load this module exactly as they would load Pagefind's.
// Where Pagefind's WebAssembly cannot run (Chromium before 96, capabilities.ts), the engine under
// the handbook's search is plain-engine.js over the pages' text, not Pagefind: same API, same ranking.
// No top-level await: Chromium 83 runs this module too.
import { hasPagefindWasm } from './capabilities.js';
import { fetchVocabulary, handbookSearch } from './handbook-search.js';

// Pagefind finds its index from its own file name; renamed, it is told where it is.
const basePath = new URL('./', import.meta.url).pathname;
/** The handbook's base: this bundle is <base>pagefind/. */
const base = new URL('../', import.meta.url).pathname;
/** Pagefind, or the plain engine with the same calls (options, init, filters… do nothing there). */
const engineLoaded = hasPagefindWasm()
  ? import('./pagefind-engine.js')
  : import('./plain-engine.js').then(({ plainEngine, fetchPages }) => plainEngine(fetchPages(new URL('./handbook-pages.json', import.meta.url))));
/** @param {string} name @returns {(...args: unknown[]) => Promise<any>} */
const call = (name) => async (...args) => {
  const engine = /** @type {Record<string, (...a: unknown[]) => unknown>} */ (await engineLoaded);
  return typeof engine[name] === 'function' ? engine[name](...args) : name === 'filters' ? {} : undefined;
};
const engine = { search: call('search'), preload: call('preload'), options: call('options'), init: call('init'), filters: call('filters'), mergeIndex: call('mergeIndex'), destroy: call('destroy') };
const handbook = handbookSearch(engine, fetchVocabulary(new URL('./handbook-words.json', import.meta.url)), base);
let configured = false;

/** @param {Record<string, unknown>} [opts] */
export async function options(opts = {}) {
  const first = !configured;
  configured = true;
  return engine.options(first ? { basePath, ...opts } : opts);
}

async function ready() {
  if (!configured) await options({});
}

export async function init() {
  await ready();
  void handbook.vocabulary();
  return engine.init();
}

/** @param {string} term @param {object} [opts] */
export async function search(term, opts) {
  await ready();
  return handbook.search(term, opts);
}

let pending = 0;
/** Like Pagefind's: null when a newer call came within `ms`. @param {string} term @param {object} [opts] @param {number} [ms] */
export async function debouncedSearch(term, opts, ms = 300) {
  const mine = ++pending;
  await new Promise((resolve) => setTimeout(resolve, ms));
  if (mine !== pending) return null;
  return search(term, opts);
}

/** @param {string} term @param {object} [opts] */
export async function preload(term, opts) {
  await ready();
  return handbook.preload(term, opts);
}

export async function filters() {
  await ready();
  return engine.filters();
}

/** @param {string} indexPath @param {object} [opts] */
export async function mergeIndex(indexPath, opts) {
  await ready();
  return engine.mergeIndex(indexPath, opts);
}

export async function destroy() {
  configured = false;
  return engine.destroy();
}

/** Pagefind's own, where it runs. @param {object} [opts] */
export async function createInstance(opts) {
  const loaded = /** @type {{ createInstance?: (o?: object) => unknown }} */ (await engineLoaded);
  if (!loaded.createInstance) throw new Error('本浏览器不支持 Pagefind 的 WebAssembly，不能创建独立的检索实例');
  return loaded.createInstance(opts);
}
