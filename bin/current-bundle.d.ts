/** See current-bundle.js. */
export function currentBundle(bundleDir: URL, root: URL): string | undefined;
