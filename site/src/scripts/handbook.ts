// Small enhancements over plain HTML; the pages work without them.
// 1. A permalink click also copies the provision's full address, and says so.
// 2. Escape hides a term's pop-up (WCAG 1.4.13: content on hover or focus must be
//    dismissible without moving the pointer or the focus).

function announce(message: string): void {
  let region = document.getElementById('handbook-status');
  if (!region) {
    region = document.createElement('div');
    region.id = 'handbook-status';
    region.className = 'copy-status';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
  region.classList.add('visible');
  window.setTimeout(() => region?.classList.remove('visible'), 2500);
}

async function copy(text: string): Promise<boolean> {
  try {
    // Only in secure contexts (https, localhost); an intranet http server falls back.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-permalink]');
  if (!link) return;
  const address = new URL(link.getAttribute('href') ?? '', window.location.href).href;
  void copy(address).then((ok) => announce(ok ? `已复制链接：${address}` : `请手动复制链接：${address}`));
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll('.term')) {
    if (term.matches(':hover') || term.contains(document.activeElement)) term.classList.add('tip-dismissed');
  }
});
const reset = (event: Event) => (event.target as Element | null)?.closest?.('.term')?.classList.remove('tip-dismissed');
document.addEventListener('mouseout', reset);
document.addEventListener('focusout', reset);
