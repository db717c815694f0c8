// The defined terms' pop-ups (Segments.astro): shown by the stylesheet on hover and on keyboard
// focus; here they are kept inside the viewport — shifted left from the right edge, and opened
// above the term when there is no room below — and a tap on a phone shows the definition first
// (a second tap follows the link to the defining provision; a tap elsewhere closes it). Escape
// hides a pop-up (WCAG 1.4.13: content on hover or focus must be dismissible without moving the
// pointer or the focus).

/** Space kept between a pop-up and the viewport's edges, in CSS pixels. */
const MARGIN = 8;
/** Space between a pop-up and its term. */
const GAP = 4;

/**
 * Puts a shown pop-up beside its term, inside the viewport: below the term, or above it when there
 * is no room below; moved left from the right edge. The pop-up is fixed (handbook.css), so it never
 * widens the page; this runs in the event that shows it, before the browser paints.
 */
function placeTip(term: Element): void {
  const tip = term.querySelector<HTMLElement>(':scope > .term-tip');
  if (!tip || getComputedStyle(tip).display === 'none') return;
  const link = term.querySelector(':scope > .term-link') ?? term;
  const anchor = link.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const height = window.visualViewport?.height ?? window.innerHeight;
  const box = tip.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(anchor.left, width - MARGIN - box.width));
  const above = anchor.bottom + GAP + box.height > height - MARGIN && anchor.top - GAP - box.height >= MARGIN;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(above ? anchor.top - GAP - box.height : anchor.bottom + GAP)}px`;
  term.classList.toggle('tip-above', above);
}

const closeOpen = (except?: Element) => {
  for (const open of document.querySelectorAll('.term.tip-open')) if (open !== except) open.classList.remove('tip-open');
};

let lastPointer = 'mouse';
document.addEventListener('pointerdown', (event) => {
  lastPointer = event.pointerType;
  if (!(event.target as Element | null)?.closest?.('.term')) closeOpen();
}, { capture: true });

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('.term-link');
  const term = link?.closest('.term');
  if (!link || !term || lastPointer === 'mouse') return;
  // A tap: the definition first, the link on a second tap.
  if (term.classList.contains('tip-open')) return;
  event.preventDefault();
  closeOpen(term);
  term.classList.remove('tip-dismissed');
  term.classList.add('tip-open');
  placeTip(term);
});

for (const type of ['mouseover', 'focusin'] as const) {
  document.addEventListener(type, (event) => {
    const term = (event.target as Element | null)?.closest?.('.term');
    if (term) placeTip(term);
  });
}

// A pop-up opened by a tap follows its term when the page scrolls.
window.addEventListener('scroll', () => document.querySelectorAll('.term.tip-open, .term:focus-within').forEach(placeTip), { passive: true });

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll('.term')) {
    if (term.matches(':hover') || term.contains(document.activeElement) || term.classList.contains('tip-open')) {
      term.classList.add('tip-dismissed');
      term.classList.remove('tip-open');
    }
  }
});
const reset = (event: Event) => (event.target as Element | null)?.closest?.('.term')?.classList.remove('tip-dismissed');
document.addEventListener('mouseout', reset);
document.addEventListener('focusout', reset);
