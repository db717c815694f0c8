// Registers the handbook's service worker (<base>sw.js, scoped to the base) so that after this
// visit the browser keeps the whole handbook, and says so in the footer. Browsers allow service
// workers only over HTTPS or on this computer (localhost): on a plain-http intranet server the
// handbook works as before, online only, and the footer says why.

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function status(text: string): void {
  const line = document.querySelector<HTMLElement>('.offline-status');
  if (!line) return;
  line.textContent = text;
  line.hidden = false;
}

function announce(text: string): void {
  const region = document.createElement('div');
  region.className = 'copy-status visible';
  region.setAttribute('role', 'status');
  region.textContent = text;
  document.body.append(region);
  window.setTimeout(() => region.remove(), 6000);
}

if (!('serviceWorker' in navigator)) {
  // Nothing to say: the browser cannot keep the handbook.
} else if (!window.isSecureContext) {
  status('通过 HTTPS 打开本手册时，浏览器会把整本手册保存在本机，没有网络也能查阅；当前是 HTTP 连接，只能在线使用。');
} else {
  const updating = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) announce('手册已更新为新版本，刷新页面即显示更新后的内容。');
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then(() => navigator.serviceWorker.ready)
      .then(() => status('本手册已保存在本机：没有网络时也能打开各页和搜索。'))
      .catch(() => status('浏览器没有保存本手册供离线使用（可能已关闭此功能），联网时可正常查阅。'));
  });
}
