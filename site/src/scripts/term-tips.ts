// The defined terms' pop-ups (Segments.astro): shown by the stylesheet on hover and on keyboard
// focus; here they are kept inside the viewport — shifted left from the right edge, and opened
// above the term when there is no room below — and a tap on a phone shows the definition first
// (a second tap follows the link to the defining provision; a tap elsewhere closes it). Escape
// hides a pop-up (WCAG 1.4.13: content on hover or focus must be dismissible without moving the
// pointer or the focus).

/** Space kept between a pop-up and the viewport's edges, in CSS pixels. */
const MARGIN = 8;

/** Moves a shown pop-up inside the viewport. */
function placeTip(term: Element): void {
  const tip = term.querySelector<HTMLElement>(':scope > .term-tip');
  if (!tip || getComputedStyle(tip).display === 'none') return;
  tip.style.setProperty('--tip-shift', '0px');
  term.classList.remove('tip-above');
  const width = document.documentElement.clientWidth;
  const height = window.innerHeight;
  const box = tip.getBoundingClientRect();
  let shift = 0;
  if (box.right > width - MARGIN) shift = width - MARGIN - box.right;
  if (box.left + shift < MARGIN) shift = MARGIN - box.left;
  tip.style.setProperty('--tip-shift', `${Math.round(shift)}px`);
  const anchor = term.getBoundingClientRect();
  if (box.bottom > height - MARGIN && anchor.top - box.height - MARGIN > 0) term.classList.add('tip-above');
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
    if (term) requestAnimationFrame(() => placeTip(term));
  });
}

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
