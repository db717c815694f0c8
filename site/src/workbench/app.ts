// The workbench at work: one case at a time, opened from a file, a draft or started new; drawn as
// a form; checked on every keystroke as wq-validate checks it; saved as the file wq-validate
// reads; kept as a draft when the clerk asks. Case data never leaves this page except into the
// file the clerk saves and the drafts the clerk keeps.
import { spec } from 'wq:data';
import type { FileResult, ValidationResult } from '../../../scripts/lib/validate/validator-core.ts';
import { safeName } from '../../../scripts/lib/documents/naming.ts';
import { checkerFor, localToday } from './checker.ts';
import { isObject, newCase, serialize, valueAt, setValue, type Json, type JsonObject, type Path } from './doc.ts';
import { fill, h } from './dom.ts';
import { askToKeep, dropAllDrafts, dropDraft, hasDrafts, keepDraft, listDrafts, newDraftId, type Draft } from './drafts.ts';
import { bytesOf, canWriteFiles, droppedHandle, saveCase, type FileHandle } from './files.ts';
import { renderForm } from './form.ts';
import type { FormHost } from './fields.ts';
import type { Frame } from './layout.ts';
import { showResult, type Shown } from './report.ts';
import type { FieldSpec, RefTarget } from './spec.ts';

/** The file a case came from: its bytes as they were, to write back unchanged when nothing changed. */
interface Origin {
  name: string;
  bytes: Uint8Array;
  /** The case as the workbench would write it: a case that serializes to this is unchanged. */
  canonical: string;
}

const encoder = new TextEncoder();
const AUTOSAVE_KEY = 'wq-workbench-autosave';
const AUTOSAVE_DELAY = 1500;

/** Every reference field of the form, with its path pattern (list positions as '*'). */
function referenceFields(fields: readonly FieldSpec[], at: (string | '*')[] = []): { path: (string | '*')[]; to: RefTarget }[] {
  const out: { path: (string | '*')[]; to: RefTarget }[] = [];
  for (const f of fields) {
    const here = [...at, f.key];
    if (f.kind === 'ref') out.push({ path: here, to: f.to });
    if (f.kind === 'object') out.push(...referenceFields(f.fields, here));
    if (f.kind === 'list') {
      const item = f.item;
      if (item.kind === 'object') out.push(...referenceFields(item.fields, [...here, '*']));
      if (item.kind === 'variants') for (const v of item.variants) out.push(...referenceFields(v.fields, [...here, '*']));
    }
  }
  return out;
}

/** The concrete paths a pattern reaches in the case. */
function expand(doc: Json, pattern: readonly (string | '*')[], at: Path = []): Path[] {
  if (pattern.length === 0) return [at];
  const [step, ...rest] = pattern;
  const here = valueAt(doc, at);
  if (step === '*') return Array.isArray(here) ? here.flatMap((_, i) => expand(doc, rest, [...at, i])) : [];
  return isObject(here) ? expand(doc, rest, [...at, step!]) : [];
}

export class Workbench implements FormHost {
  doc: JsonObject = newCase(spec);
  open = new Set<string>();
  private origin: Origin | undefined;
  /** A file that could not be read as a case: its issues are all there is to show. */
  private unreadable: FileResult | undefined;
  /** Said above the issues of a file that could not be opened as a case. */
  private notice: string | undefined;
  private handle: FileHandle | undefined;
  private fileName: string | undefined;
  private draftId: string | undefined;
  private savedText: string | undefined;
  private lastDraftText: string | undefined;
  private autosaveTimer: number | undefined;
  private renderQueued = false;
  private focusAfter: string | undefined;
  private lastShown: Shown | undefined;
  private announceTimer: number | undefined;
  /** Called after each check (the documents panel listens). */
  onChecked: ((result: ValidationResult, doc: JsonObject) => void) | undefined;
  private readonly references = referenceFields(spec.root.fields);

  constructor(private readonly frame: Frame) {
    this.savedText = this.text();
  }

  get asOf(): string {
    return this.frame.asOf.value || localToday();
  }

  /** The case as its file would be written now. */
  text(): string {
    return serialize(spec, this.doc);
  }

  private unchanged(text = this.text()): boolean {
    return this.origin !== undefined && text === this.origin.canonical;
  }

  /** Checks the case and shows what was found; the result is what wq-validate says of the same file. */
  check(): ValidationResult {
    const checker = checkerFor(this.asOf);
    const text = this.text();
    const result: ValidationResult = this.unreadable ?? (this.unchanged(text) ? checker.validateBytes(this.origin!.bytes, this.origin!.name) : checker.validateData(this.doc));
    const shown = showResult(result, this.asOf, { summary: this.frame.summary, loose: this.frame.loose, form: this.frame.form, duties: this.frame.duties, findings: this.frame.findings });
    if (this.notice) this.frame.loose.insertBefore(h('p', { class: 'wb-notice' }, this.notice), this.frame.loose.firstChild);
    this.showStatus(shown, text);
    this.scheduleAutosave(text);
    this.onChecked?.(result, this.doc);
    return result;
  }

  /** Draws the form again (a choice, an entry added or removed), keeping the focus where it was. */
  render(): void {
    const active = document.activeElement as HTMLElement | null;
    const keep = this.focusAfter ?? (active && this.frame.form.contains(active) ? active.id : undefined);
    this.focusAfter = undefined;
    if (this.unreadable) fill(this.frame.form);
    else fill(this.frame.form, renderForm(spec, this));
    this.check();
    if (keep) document.getElementById(keep)?.focus();
  }

  // FormHost
  typed(): void {
    this.check();
  }

  restructured(focus?: string): void {
    if (focus) this.focusAfter = focus;
    if (this.renderQueued) return;
    this.renderQueued = true;
    // After the event: a change made on leaving a field lets the focus reach the next field first.
    setTimeout(() => {
      this.renderQueued = false;
      this.render();
    }, 0);
  }

  renamed(target: RefTarget | 'act', from: string, to: string): void {
    const kinds: RefTarget[] = target === 'act' ? ['act'] : ['person', 'protected'];
    for (const ref of this.references.filter((r) => kinds.includes(r.to))) {
      for (const path of expand(this.doc, ref.path)) if (valueAt(this.doc, path) === from) setValue(this.doc, path, to);
    }
  }

  /** A new, empty case (after asking, when the one open has unsaved changes). */
  startNew(): void {
    if (!this.confirmDiscard()) return;
    this.doc = newCase(spec);
    this.origin = undefined;
    this.unreadable = undefined;
    this.notice = undefined;
    this.handle = undefined;
    this.fileName = undefined;
    this.draftId = undefined;
    this.savedText = this.text();
    this.open.clear();
    this.render();
    this.say('已新建案件。');
  }

  /** Opens a file's bytes: a case goes into the form; anything else is shown with what is wrong with it. */
  load(bytes: Uint8Array, name: string, handle?: FileHandle): void {
    const result = checkerFor(this.asOf).validateBytes(bytes, name);
    this.handle = handle;
    this.fileName = name;
    this.draftId = undefined;
    this.open.clear();
    if (!result.data || result.kind !== 'case' || result.issues.some((i) => i.code === 'old-schema-version')) {
      this.unreadable = result;
      this.notice = result.kind === 'unit' ? `${name} 是单位设置文件，不是案件文件：工作台只填写案件。` : `无法把 ${name} 作为案件打开：`;
      this.doc = newCase(spec);
      this.origin = undefined;
      this.render();
      this.say(`无法把 ${name} 作为案件打开，原因见上方。`);
      return;
    }
    this.unreadable = undefined;
    this.notice = undefined;
    this.doc = result.data as JsonObject;
    this.origin = { name, bytes, canonical: this.text() };
    this.savedText = this.origin.canonical;
    this.render();
    this.say(`已打开 ${name}。`);
  }

  async openFile(file: File, handle?: FileHandle): Promise<void> {
    if (!this.confirmDiscard()) return;
    this.load(await bytesOf(file), file.name, handle);
  }

  async openDropped(event: DragEvent): Promise<void> {
    const item = Array.from(event.dataTransfer?.items ?? []).find((i) => i.kind === 'file');
    const file = item?.getAsFile() ?? event.dataTransfer?.files[0];
    if (!file) return;
    const handle = item ? await droppedHandle(item) : undefined;
    await this.openFile(file, handle);
  }

  /** The bytes 保存 writes: the file as it came when nothing changed, else the case as the workbench writes it. */
  bytes(): Uint8Array {
    const text = this.text();
    return this.unchanged(text) ? this.origin!.bytes : encoder.encode(text);
  }

  private suggestedName(): string {
    if (this.fileName) return this.fileName;
    const id = this.doc.id;
    return `${typeof id === 'string' && id ? safeName(id) : '新案件'}.json`;
  }

  async save(asNew: boolean): Promise<void> {
    if (this.unreadable) {
      this.say('没有可以保存的案件：请先新建或打开一个案件文件。');
      return;
    }
    const bytes = this.bytes();
    try {
      const outcome = await saveCase(bytes, this.suggestedName(), this.handle, asNew);
      if (outcome.kind === 'cancelled') return;
      if (outcome.kind === 'written') {
        this.handle = outcome.handle;
        this.fileName = outcome.handle.name;
      } else this.fileName = outcome.name;
      this.origin = { name: this.fileName, bytes, canonical: this.text() };
      this.savedText = this.origin.canonical;
      this.check();
      this.say(outcome.kind === 'written' ? `已保存到 ${this.fileName}。` : `已下载 ${outcome.name}：浏览器把它放在“下载”文件夹中。`);
    } catch (error) {
      this.say(`没有保存：${error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '浏览器不允许写入这个文件'}。可以用“另存为”换一个位置。`);
    }
  }

  hasUnsaved(): boolean {
    return !this.unreadable && this.text() !== this.savedText && this.text() !== serialize(spec, newCase(spec));
  }

  private confirmDiscard(): boolean {
    return !this.hasUnsaved() || window.confirm('当前案件有未保存的修改，放弃这些修改吗？');
  }

  private showStatus(shown: Shown, text: string): void {
    const name = this.unreadable ? this.unreadable.file : (this.fileName ?? '新案件（尚未保存）');
    const state = this.unreadable ? '无法打开' : text === this.savedText ? '没有未保存的修改' : '有未保存的修改';
    this.frame.fileStatus.textContent = `当前：${name}　${state}`;
    const { errors, counts } = shown;
    const link = (href: string, text: string, cls: string) => h('a', { href, class: `wb-status ${cls}` }, text);
    fill(
      this.frame.statusBar,
      link('#wb-summary', errors ? `错误 ${errors}` : '没有错误', errors ? 'wb-has-errors' : 'wb-no-errors'),
      link('#wb-duties-h', `逾期 ${counts.overdue}`, 'wb-overdue'),
      link('#wb-duties-h', `需核实 ${counts.verify}`, 'wb-verify'),
      link('#wb-duties-h', `待履行 ${counts.pending}`, 'wb-pending'),
      link('#wb-duties-h', `已履行 ${counts.done}`, 'wb-done'),
    );
    // Said once the typing pauses, not at every key.
    if (this.lastShown?.errors !== errors) {
      clearTimeout(this.announceTimer);
      this.announceTimer = window.setTimeout(() => this.say(errors ? `还有 ${errors} 处需要更正。` : '没有需要更正的错误。'), 1000);
    }
    this.lastShown = shown;
  }

  say(text: string): void {
    this.frame.live.textContent = text;
  }

  // Drafts

  autosaveOn(): boolean {
    return this.frame.autosave.checked;
  }

  async setAutosave(on: boolean): Promise<void> {
    try {
      if (on) localStorage.setItem(AUTOSAVE_KEY, '1');
      else localStorage.removeItem(AUTOSAVE_KEY);
    } catch {
      // No storage for the preference (a file:// page in some browsers): it holds for this visit.
    }
    this.frame.autosave.checked = on;
    if (on) {
      const kept = await askToKeep();
      this.frame.draftNote.textContent =
        kept === 'kept'
          ? '草稿存在本浏览器中，浏览器不会自动清除。'
          : '草稿存在本浏览器中；这个浏览器在磁盘空间不足时可能清除它们（本页不是通过 HTTPS 或本机地址打开，或浏览器不提供持久存储）。重要的案件请用“保存”存成文件。';
      this.scheduleAutosave(this.text(), 0);
    } else this.frame.draftNote.textContent = '不自动保存时，本页不在浏览器中存放任何案件内容。';
  }

  private scheduleAutosave(text: string, delay = AUTOSAVE_DELAY): void {
    if (!this.autosaveOn() || this.unreadable || text === this.lastDraftText || !hasDrafts()) return;
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = window.setTimeout(() => void this.keepDraftNow(), delay);
  }

  /** Keeps the case as a draft now (the autosave's timer, or leaving the page). */
  async keepDraftNow(): Promise<void> {
    const text = this.text();
    if (!this.autosaveOn() || this.unreadable || text === this.lastDraftText || text === serialize(spec, newCase(spec))) return;
    this.draftId ??= newDraftId();
    const id = this.doc.id;
    const draft: Draft = { id: this.draftId, title: typeof id === 'string' && id ? id : (this.fileName ?? '未命名案件'), text, savedAt: new Date().toISOString(), ...(this.fileName ? { fileName: this.fileName } : {}) };
    try {
      await keepDraft(draft);
      this.lastDraftText = text;
      await this.showDrafts();
    } catch {
      this.frame.draftNote.textContent = '这个浏览器不允许本页存放草稿（如隐私窗口）：请用“保存”存成文件。';
    }
  }

  async showDrafts(): Promise<void> {
    if (!hasDrafts()) {
      fill(this.frame.draftList);
      this.frame.draftNote.textContent = '这个浏览器不允许本页存放草稿：请用“保存”存成文件。';
      this.frame.autosave.disabled = true;
      return;
    }
    let drafts: Draft[] = [];
    try {
      drafts = await listDrafts();
    } catch {
      drafts = [];
    }
    const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
    fill(
      this.frame.draftList,
      drafts.length === 0
        ? h('li', { class: 'wb-empty' }, '没有草稿。')
        : drafts.map((d) =>
            h(
              'li',
              { class: 'wb-draft', 'data-draft': d.id },
              h('span', { class: 'wb-draft-title' }, d.title),
              h('span', { class: 'wb-hint' }, `　${when(d.savedAt)}`),
              ' ',
              h('button', { type: 'button', class: 'wb-button wb-small', onclick: () => this.resume(d) }, `继续填写“${d.title}”`),
              h('button', { type: 'button', class: 'wb-button wb-small wb-remove', onclick: () => void dropDraft(d.id).then(() => this.showDrafts()) }, `删除“${d.title}”`),
            ),
          ),
    );
    this.frame.dropAll.disabled = drafts.length === 0;
  }

  private resume(draft: Draft): void {
    if (!this.confirmDiscard()) return;
    const bytes = encoder.encode(draft.text);
    this.load(bytes, draft.fileName ?? `${draft.title}.json`);
    // A draft is not the file: 保存 asks where (or downloads), and the draft goes on being kept.
    this.origin = undefined;
    this.handle = undefined;
    this.savedText = undefined;
    this.draftId = draft.id;
    this.lastDraftText = draft.text;
    this.check();
    this.say(`已恢复草稿“${draft.title}”。`);
  }

  async dropAll(): Promise<void> {
    clearTimeout(this.autosaveTimer);
    try {
      await dropAllDrafts();
      this.draftId = undefined;
      this.lastDraftText = undefined;
      this.say('已删除全部草稿。');
    } catch (error) {
      this.say(error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '无法删除草稿，请关闭本手册的其他页面后再试。');
    }
    await this.showDrafts();
  }

  static autosavePreferred(): boolean {
    try {
      return localStorage.getItem(AUTOSAVE_KEY) === '1';
    } catch {
      return false;
    }
  }

  /** What this browser cannot do here, and what the page does instead. */
  capabilityNotes(): string[] {
    const notes: string[] = [];
    if (!canWriteFiles()) {
      notes.push(
        window.isSecureContext
          ? '这个浏览器不能把修改直接写回原文件：“保存”会下载一个新的案件文件（在“下载”文件夹中），请用它替换原文件。'
          : '本页通过普通 HTTP 打开：浏览器不允许写回原文件，“保存”会下载一个新的案件文件；也不能离线使用本页。',
      );
    }
    if (!hasDrafts()) notes.push('这个浏览器不允许本页存放草稿：请随时用“保存”存成文件。');
    return notes;
  }

  /** The value at a path (for the documents panel and tests). */
  valueAt(path: Path): Json | undefined {
    return valueAt(this.doc, path);
  }
}
