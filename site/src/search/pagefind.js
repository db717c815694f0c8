// The handbook's pagefind.js: Pagefind's own API (its bundle is renamed to
// pagefind-engine.js beside this file by the build), with search results re-ranked so
// the page holding the whole phrase comes first (phrase-rank.js). The search dialog and
// the tests load this module exactly as they would load Pagefind's.
import * as engine from './pagefind-engine.js';
import { rerankByPhrase } from './phrase-rank.js';

// Pagefind finds its index from its own file name; renamed, it is told where it is.
const basePath = new URL('./', import.meta.url).pathname;
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
  return engine.init();
}

/** @param {string} term @param {object} [opts] */
export async function search(term, opts) {
  await ready();
  return rerankByPhrase(term, await engine.search(term, opts));
}

/** @param {string} term @param {object} [opts] @param {number} [ms] */
export async function debouncedSearch(term, opts, ms) {
  await ready();
  return rerankByPhrase(term, await engine.debouncedSearch(term, opts, ms));
}

/** @param {string} term @param {object} [opts] */
export async function preload(term, opts) {
  await ready();
  return engine.preload(term, opts);
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

export const createInstance = engine.createInstance;
