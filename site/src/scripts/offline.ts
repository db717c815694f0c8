// Keeps the handbook on this device for use without a network, and says truthfully how far that
// has got. On every page: registers the service worker (<base>sw.js, scoped to the base), then —
// once the page has loaded — fills the offline copy (offline-copy.ts) with its progress shown in a
// small bar, and the footer line says where things stand. "已保存在本机" only once every file of
// the copy is kept; a plain-HTTP intranet address (no secure context: browsers allow neither a
// service worker nor lasting storage there) and a page opened from a file are told so instead.
import { fillCopy, readCopyState, type CopyOutcome, type CopyProgress } from './offline-copy.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const scope = new URL(base, window.location.href).href;
/** Once the copy was found complete in this tab's session, later pages do not ask the server again. */
const CHECKED = `wq-offline-checked ${scope}`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function footer(text: string, link?: { href: string; text: string }): void {
  const line = document.querySelector<HTMLElement>('.offline-status');
  if (!line) return;
  line.textContent = text;
  if (link) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    line.append(a, '。');
  }
  line.hidden = false;
}

/** The copy's state, on the footer line and the root element (styles, tests and the benchmark read it). */
function setState(state: 'unavailable' | 'copying' | 'partial' | 'ready' | 'offline' | 'package'): void {
  const line = document.querySelector<HTMLElement>('.offline-status');
  if (line) line.dataset['state'] = state;
  document.documentElement.dataset['offline'] = state;
}

/** The bar at the foot of the screen while the copy is being filled (in a page's slot for it, if it has one). */
function progressBar(): { show(p: CopyProgress): void; done(text: string): void } {
  let bar: HTMLElement | undefined;
  let meter: HTMLProgressElement | undefined;
  let label: HTMLElement | undefined;
  const ensure = () => {
    if (bar) return;
    bar = document.createElement('div');
    bar.className = 'offline-progress no-print';
    bar.setAttribute('role', 'status');
    bar.setAttribute('data-pagefind-ignore', 'all');
    label = document.createElement('span');
    meter = document.createElement('progress');
    meter.max = 1;
    bar.append(label, meter);
    // A page with a bar of its own at the foot of the screen (the case workbench's check results)
    // gives the progress a place just above that bar: fixed over it, it would hide the bar.
    (document.querySelector('.offline-progress-slot') ?? document.body).append(bar);
  };
  return {
    show(p) {
      ensure();
      const share = p.totalBytes ? p.bytes / p.totalBytes : 1;
      meter!.value = share;
      label!.textContent = `正在保存离线副本：${Math.floor(share * 100)}%（${mb(p.bytes)} / ${mb(p.totalBytes)}）`;
    },
    done(text) {
      ensure();
      meter!.remove();
      label!.textContent = text;
      window.setTimeout(() => bar?.remove(), 6000);
    },
  };
}

function report(outcome: CopyOutcome, bar: ReturnType<typeof progressBar>, showedProgress: boolean): void {
  if (outcome.kind === 'complete') {
    setState('ready');
    sessionStorage.setItem(CHECKED, outcome.state.version);
    footer(`本手册已保存在本机（${outcome.state.files} 个文件，${mb(outcome.state.bytes)}）：没有网络时也能打开条文、情形指引并检索。文书的 PDF 和未保存的页面在打开过一次后也会保留。`);
    if (outcome.changed) bar.done('手册已更新为新版本，刷新页面即显示更新后的内容。');
    else if (showedProgress) bar.done('离线副本已保存：没有网络时也能打开条文、情形指引并检索。');
    return;
  }
  if (outcome.kind === 'partial') {
    setState('partial');
    const text = `离线副本尚未保存完整（已保存 ${outcome.progress.files} / ${outcome.progress.totalFiles} 个文件，${mb(outcome.progress.bytes)} / ${mb(outcome.progress.totalBytes)}），下次联网打开手册时继续。`;
    footer(text);
    if (showedProgress) bar.done(text);
    return;
  }
  // The list of files could not be fetched: no network now.
  setState(outcome.state?.complete ? 'ready' : 'offline');
  footer(
    outcome.state?.complete
      ? `现在没有网络：正在使用保存在本机的离线副本（${outcome.state.files} 个文件）。`
      : '现在没有网络，本机的离线副本还不完整：已保存的页面可以打开，联网后继续保存。',
  );
}

async function keepOffline(): Promise<void> {
  await navigator.serviceWorker.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
  // Storage the browser may not clear when space runs short (a secure context only).
  void navigator.storage?.persist?.().catch(() => false);
  const state = await readCopyState(scope);
  if (state?.complete && sessionStorage.getItem(CHECKED) === state.version) {
    report({ kind: 'complete', state, fetched: 0, changed: false }, progressBar(), false);
    return;
  }
  const bar = progressBar();
  let showed = false;
  setState('copying');
  if (state?.complete) footer(`本手册已保存在本机（${state.files} 个文件）；正在检查有没有新版本。`);
  else footer('正在保存离线副本，完成后没有网络时也能查阅；可以照常阅读。');
  const outcome = await fillCopy(scope, (p) => {
    // A copy already complete and current shows no bar; one with files to fetch does.
    if (p.files < p.totalFiles || showed) {
      showed = true;
      bar.show(p);
    }
  });
  report(outcome, bar, showed);
}

if (window.location.protocol === 'file:') {
  // The offline package opened from disk: it is its own offline copy.
  setState('package');
  footer('这是手册的离线包，从本机文件打开，不需要网络。');
} else if (!window.isSecureContext || !('serviceWorker' in navigator) || !('caches' in window)) {
  setState('unavailable');
  footer('当前不是 HTTPS 连接（也不是本机地址），浏览器不允许保存离线副本，本手册只能在线使用。需要离线使用时，请下载', {
    href: `${base}guide/deploy/#offline-package`,
    text: '离线包',
  });
} else {
  const start = () => window.setTimeout(() => void keepOffline().catch(() => {
    setState('unavailable');
    footer('浏览器没有保存本手册供离线使用（可能已关闭此功能或存储空间不足），联网时可正常查阅。');
  }), 1000);
  // After the page and its first requests: the copy never competes with what the reader opened.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
