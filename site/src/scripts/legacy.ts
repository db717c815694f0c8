// What browsers older than the handbook's styles and scripts need (Chromium 83–98: domestic office
// browsers), in one classic script that Head.astro's loader writes into the head of such a browser
// only, before Starlight's own scripts and stylesheets: the polyfills, and the switch to the
// flattened stylesheets. Built into <base>legacy.js by scripts/lib/site/legacy-script.ts.
import './legacy-polyfills.ts';
import './legacy-styles.ts';
