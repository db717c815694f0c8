// Small enhancements over plain HTML; the pages work without them.
// 1. A permalink click also copies the provision's full address, and says so.
// 2. The terms' pop-ups stay inside the screen, open on a tap, close on Escape (term-tips.ts).
import './term-tips.ts';

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
