// What the validator's and the documents' code use that Chromium 83–92 (the domestic office
// browsers) lack, added before any of it runs: main.ts imports this module first. Four methods, a
// few lines each, rather than core-js's modules with their shared internals. esbuild lowers the
// syntax for Chromium 83; the methods are the bundle's to bring.

interface WithHasOwn {
  hasOwn?: (o: object, key: PropertyKey) => boolean;
}
const objects = Object as unknown as WithHasOwn;
// Object.hasOwn: Chrome 93.
if (typeof objects.hasOwn !== 'function') objects.hasOwn = (o, key) => Object.prototype.hasOwnProperty.call(o, key);

/** Array.prototype.at and String.prototype.at (Chrome 92): the item counted from the end when negative. */
function at(this: ArrayLike<unknown>, index: number): unknown {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  return i < 0 || i >= this.length ? undefined : this[i];
}
for (const proto of [Array.prototype, String.prototype] as { at?: unknown }[]) {
  if (typeof proto.at !== 'function') Object.defineProperty(proto, 'at', { value: at, writable: true, configurable: true });
}

// String.prototype.replaceAll (Chrome 85): a string searched for is made a global pattern, so that
// "$&" and replacement functions behave as in replace; a pattern must already be global.
const strings = String.prototype as { replaceAll?: unknown };
if (typeof strings.replaceAll !== 'function') {
  Object.defineProperty(String.prototype, 'replaceAll', {
    value(this: string, search: string | RegExp, replacement: string | ((match: string, ...rest: unknown[]) => string)) {
      if (search instanceof RegExp && !search.global) throw new TypeError('replaceAll 需要带 g 标志的正则表达式');
      const pattern = search instanceof RegExp ? search : new RegExp(String(search).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
      return this.replace(pattern, replacement as string);
    },
    writable: true,
    configurable: true,
  });
}

export {};
