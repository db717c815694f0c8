// The workbench's frame: the file commands, what this browser can and cannot do here, the date
// deadlines are judged on, the error summary, the form, and beside it the checklist, the findings,
// the documents and the drafts. Built once; the parts that change are filled by app.ts.
import { h } from './dom.ts';

export interface Frame {
  root: HTMLElement;
  fileInput: HTMLInputElement;
  newButton: HTMLButtonElement;
  openButton: HTMLButtonElement;
  saveButton: HTMLButtonElement;
  saveAsButton: HTMLButtonElement;
  fileStatus: HTMLElement;
  notes: HTMLElement;
  asOf: HTMLInputElement;
  summary: HTMLElement;
  loose: HTMLElement;
  form: HTMLElement;
  duties: HTMLElement;
  findings: HTMLElement;
  documents: HTMLDetailsElement;
  documentsBody: HTMLElement;
  autosave: HTMLInputElement;
  draftNote: HTMLElement;
  draftList: HTMLElement;
  dropAll: HTMLButtonElement;
  /** Where the print view opens: the whole width of the page, under the form and the lists. */
  printSection: HTMLElement;
  statusBar: HTMLElement;
  live: HTMLElement;
}

export function buildFrame(today: string): Frame {
  const fileInput = h('input', { type: 'file', accept: '.json,application/json', class: 'wb-visually-hidden', id: 'wb-file', tabindex: -1, 'aria-hidden': 'true' });
  const button = (id: string, text: string, extra: Record<string, string> = {}) => h('button', { type: 'button', class: 'wb-button', id, ...extra }, text);
  const newButton = button('wb-new', '新建案件');
  const openButton = button('wb-open', '打开案件文件…');
  const saveButton = button('wb-save', '保存');
  const saveAsButton = button('wb-save-as', '另存为…');
  const fileStatus = h('p', { class: 'wb-file-status', id: 'wb-file-status', 'aria-live': 'polite' });
  const notes = h('div', { class: 'wb-notes', id: 'wb-notes' });
  const asOf = h('input', { type: 'date', id: 'wb-as-of', value: today, class: 'wb-input wb-date', 'aria-describedby': 'wb-as-of-hint' });
  const summary = h('div', { class: 'wb-summary', id: 'wb-summary', tabindex: -1, hidden: true });
  const loose = h('div', { class: 'wb-loose', id: 'wb-loose' });
  const form = h('div', { class: 'wb-form-root', id: 'wb-form' });
  const duties = h('div', { id: 'wb-duties', class: 'wb-duty-list' });
  const findings = h('div', { id: 'wb-findings' });
  const documentsBody = h('div', { id: 'wb-documents-body' });
  const documents = h('details', { class: 'wb-documents', id: 'wb-documents' }, h('summary', {}, h('span', { class: 'wb-h2-like' }, '公文：打印与导出')), documentsBody);
  const autosave = h('input', { type: 'checkbox', id: 'wb-autosave', class: 'wb-check' });
  const draftNote = h('p', { class: 'wb-hint', id: 'wb-draft-note' });
  const draftList = h('ul', { class: 'wb-drafts', id: 'wb-draft-list' });
  const dropAll = button('wb-drop-all', '删除全部草稿', { class: 'wb-button wb-remove' });
  const printSection = h('section', { class: 'wb-print-section', id: 'wb-print-section', 'aria-label': '公文打印预览' });
  const statusBar = h('nav', { class: 'wb-status-bar', id: 'wb-status-bar', 'aria-label': '检查结果' });
  const live = h('p', { class: 'wb-visually-hidden', 'aria-live': 'polite', id: 'wb-live' });

  const root = h(
    'div',
    { class: 'wb-frame' },
    h('div', { class: 'wb-toolbar', role: 'group', 'aria-label': '案件文件' }, newButton, openButton, saveButton, saveAsButton, fileInput),
    fileStatus,
    h('p', { class: 'wb-drop-hint' }, '也可以把案件文件（.json）拖到本页。'),
    notes,
    h('div', { class: 'wb-as-of' }, h('label', { for: 'wb-as-of' }, '判断期限所用的日期'), asOf, h('span', { class: 'wb-hint', id: 'wb-as-of-hint' }, '默认今天；改为其他日期，可以看当天哪些职责已逾期。')),
    summary,
    h(
      'div',
      { class: 'wb-columns' },
      h('div', { class: 'wb-main' }, loose, form),
      h(
        'div',
        { class: 'wb-side' },
        h('section', { class: 'wb-panel', 'aria-labelledby': 'wb-duties-h' }, h('h2', { id: 'wb-duties-h' }, '职责清单'), duties),
        h('section', { class: 'wb-panel', 'aria-labelledby': 'wb-findings-h' }, h('h2', { id: 'wb-findings-h' }, '提示'), findings),
        h('section', { class: 'wb-panel' }, documents),
        h(
          'section',
          { class: 'wb-panel', 'aria-labelledby': 'wb-drafts-h' },
          h('h2', { id: 'wb-drafts-h' }, '本机草稿'),
          h('div', { class: 'wb-option' }, autosave, h('label', { for: 'wb-autosave' }, '自动保存草稿（只存在本浏览器中）')),
          draftNote,
          draftList,
          dropAll,
        ),
      ),
    ),
    printSection,
    // The foot of the screen: the check results, and above them the slot where the handbook shows
    // its offline copy's progress (site/src/scripts/offline.ts), so that neither covers the other.
    h('div', { class: 'wb-foot' }, h('div', { class: 'offline-progress-slot' }), statusBar),
    live,
  );
  return { root, fileInput, newButton, openButton, saveButton, saveAsButton, fileStatus, notes, asOf, summary, loose, form, duties, findings, documents, documentsBody, autosave, draftNote, draftList, dropAll, printSection, statusBar, live };
}
