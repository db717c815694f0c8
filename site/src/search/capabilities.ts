// What this browser can do that the handbook depends on, tested rather than read from its name
// (domestic office browsers report all sorts of versions):
// - Pagefind's WebAssembly uses multi-value returns (Chrome 85) and reference types (Chrome 96);
//   a browser without them searches with the handbook's own engine (plain-engine.ts) instead;
// - Starlight's styles are in CSS cascade layers (Chrome 99); a browser without them gets the
//   same styles with the layers flattened (scripts/lib/site/legacy-css.ts).
// The WebAssembly features Pagefind's module declares are checked against PAGEFIND_WASM_FEATURES
// when the site is built (integration.ts), so a Pagefind that needs more fails the build.

/**
 * The WebAssembly features a Pagefind module may declare for this probe to be enough: four that
 * every Chromium since 75 has, and the two the probe tests. A Pagefind declaring another fails the
 * build (integration.ts), until the probe tests that one too.
 */
export const PAGEFIND_WASM_FEATURES = ['mutable-globals', 'nontrapping-fptoint', 'bulk-memory', 'sign-ext', 'multivalue', 'reference-types'];

// A module with two function types: () → (i32, i32) (multi-value) and (externref) → () (reference types).
const PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 10, 2, 0x60, 0, 2, 0x7f, 0x7f, 0x60, 1, 0x6f, 0]);

let wasm: boolean | undefined;

/** Whether Pagefind's WebAssembly can run here. */
export function hasPagefindWasm(): boolean {
  if (wasm === undefined) {
    try {
      wasm = typeof WebAssembly === 'object' && WebAssembly.validate(PROBE);
    } catch {
      wasm = false;
    }
  }
  return wasm;
}

/** Whether the browser knows CSS cascade layers (@layer). */
export function hasCascadeLayers(): boolean {
  return typeof window !== 'undefined' && 'CSSLayerBlockRule' in window;
}
