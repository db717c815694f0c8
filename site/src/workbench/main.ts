// The case workbench's page script (bundled by scripts/lib/site/workbench.ts): builds the frame,
// wires the file commands, drag and drop, the judging date, autosave and the drafts, and opens
// the documents panel's code when the clerk first opens it.
import { localToday } from './checker.ts';
import { fill, h } from './dom.ts';
import { Workbench } from './app.ts';
import { buildFrame } from './layout.ts';
import './workbench.css';

/**
 * The workbench is not in the offline copy's list (it would take a share of the copy's budget
 * whether used or not): the handbook's service worker keeps what a page fetches through it. Once
 * the worker is in charge of this page (on this visit or the next), the page fetches through it
 * its own address, the script and stylesheet already loaded, and the parts it loads later
 * (documents, DOCX, print view), so that all of it opens with no network afterwards. None of this
 * carries case data: only the workbench's own files.
 */
function keepForOffline(loadDocuments: () => Promise<typeof import('./documents.ts')>): void {
  const workers = navigator.serviceWorker;
  if (!workers) return;
  const own = new URL('.', location.href).href;
  const keep = async () => {
    const loaded = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(own));
    await Promise.all([location.href.split('#')[0]!, ...loaded].map((u) => fetch(u).catch(() => undefined)));
    await (await loadDocuments()).prefetch().catch(() => undefined);
    document.documentElement.dataset['workbenchKept'] = 'true';
  };
  const idle = (window as Window & { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1000));
  if (workers.controller) idle(() => void keep());
  else workers.addEventListener('controllerchange', () => idle(() => void keep()), { once: true });
}

function start(): void {
  const mount = document.getElementById('wb-app');
  if (!mount) return;
  const frame = buildFrame(localToday());
  const app = new Workbench(frame);
  fill(mount, frame.root);
  mount.removeAttribute('aria-busy');
  fill(frame.notes, ...app.capabilityNotes().map((n) => h('p', { class: 'wb-note' }, n)));

  frame.newButton.addEventListener('click', () => app.startNew());
  frame.openButton.addEventListener('click', () => frame.fileInput.click());
  frame.fileInput.addEventListener('change', () => {
    const file = frame.fileInput.files?.[0];
    frame.fileInput.value = '';
    if (file) void app.openFile(file);
  });
  frame.saveButton.addEventListener('click', () => void app.save(false));
  frame.saveAsButton.addEventListener('click', () => void app.save(true));
  frame.asOf.addEventListener('change', () => app.check());

  // A file dropped anywhere on the page opens it.
  document.addEventListener('dragover', (event) => {
    if (Array.from(event.dataTransfer?.types ?? []).includes('Files')) {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
  });
  document.addEventListener('drop', (event) => {
    if (!Array.from(event.dataTransfer?.types ?? []).includes('Files')) return;
    event.preventDefault();
    void app.openDropped(event);
  });

  // A summary link moves the focus to its field, with the field's label in view, and the heading
  // of the part it belongs to when that still leaves the field in the top half of the screen
  // (GOV.UK's error summary does the same with a fieldset's legend): the clerk sees where they are.
  // The page's scroll-padding-top (Starlight's) keeps what is scrolled to below the fixed header.
  frame.summary.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[data-target]');
    if (!link) return;
    const target = document.getElementById(link.getAttribute('data-target')!);
    if (!target) return;
    event.preventDefault();
    for (let el: HTMLElement | null = target; el; el = el.parentElement) if (el.tagName === 'DETAILS') (el as HTMLDetailsElement).open = true;
    const parts = '.wb-field, .wb-group, .wb-entry';
    let shown = target.closest<HTMLElement>(parts) ?? target;
    const bottom = target.getBoundingClientRect().bottom;
    for (let part = shown.parentElement?.closest<HTMLElement>(parts); part && bottom - part.getBoundingClientRect().top < window.innerHeight / 2; part = part.parentElement?.closest<HTMLElement>(parts)) shown = part;
    shown.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });

  frame.autosave.addEventListener('change', () => void app.setAutosave(frame.autosave.checked));
  frame.dropAll.addEventListener('click', () => {
    if (window.confirm('删除本浏览器中的全部案件草稿？删除后无法恢复。')) void app.dropAll();
  });
  window.addEventListener('beforeunload', (event) => {
    if (app.autosaveOn()) {
      void app.keepDraftNow();
      return;
    }
    if (app.hasUnsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // The documents' code (builders, templates, print view, DOCX) loads when the panel first opens.
  let documents: Promise<typeof import('./documents.ts')> | undefined;
  const loadDocuments = () => (documents ??= import('./documents.ts'));
  frame.documents.addEventListener('toggle', () => {
    if (!frame.documents.open) return;
    void loadDocuments().then((m) => m.attach(app, frame.documentsBody, frame.printSection));
  });

  void app.setAutosave(Workbench.autosavePreferred()).then(() => app.showDrafts());
  app.render();
  // The form drawn and the case checked: the page can be used from here (bench:workbench reads it).
  performance.mark('wq-workbench-usable');

  keepForOffline(loadDocuments);
}

start();
