// On a browser without CSS cascade layers (@layer: Chrome 99; domestic office browsers run
// Chromium 83–110), Starlight's styles, all inside layers, would be dropped whole and the page left
// unstyled. The build writes a copy of each stylesheet with the layers flattened
// (scripts/lib/site/legacy-css.ts: x.css → x.legacy.css); this script (part of legacy.js, written
// into the head before Astro's stylesheet links) points each of them at its copy as the parser inserts it (stylesheets
// block the first paint, so nothing is drawn with the other). The search dialog's stylesheet,
// linked later, is switched by lazy-ui.ts the same way.
if (!('CSSLayerBlockRule' in window)) {
  const swap = (node: Node) => {
    if (!(node instanceof HTMLLinkElement) || node.rel !== 'stylesheet') return;
    const href = node.getAttribute('href') ?? '';
    if (/\.css$/.test(href) && !/\.legacy\.css$/.test(href)) node.setAttribute('href', href.replace(/\.css$/, '.legacy.css'));
  };
  document.querySelectorAll('link').forEach(swap);
  const watcher = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(swap)));
  watcher.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => watcher.disconnect());
}
