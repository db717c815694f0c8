// Case files in and out: opened with the file picker or dropped on the page; saved back into the
// same file where the browser lets a page write one (File System Access: Chromium 86 and later, on
// HTTPS or this computer), downloaded as a new file everywhere else.

/** What the File System Access API gives; typed here (the DOM library of this TypeScript has not all of it). */
interface WritableFile {
  write(data: Blob | BufferSource): Promise<void>;
  close(): Promise<void>;
}
export interface FileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}
interface SaveOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}
type Picker = (options?: SaveOptions) => Promise<FileHandle>;

const JSON_TYPE = [{ description: '案件文件（JSON）', accept: { 'application/json': ['.json'] } }];

/** Whether the page can write a file back where it came from (File System Access). */
export const canWriteFiles = (): boolean => typeof (window as unknown as { showSaveFilePicker?: Picker }).showSaveFilePicker === 'function';

/** The bytes of a file the clerk chose or dropped. */
export async function bytesOf(file: Blob): Promise<Uint8Array> {
  // Blob.arrayBuffer is Chromium 76; FileReader for anything older.
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** A dropped file's handle, where the browser gives one (Chromium 86), so that 保存 writes back into it. */
export async function droppedHandle(item: DataTransferItem): Promise<FileHandle | undefined> {
  const get = (item as DataTransferItem & { getAsFileSystemHandle?: () => Promise<{ kind: string } | null> }).getAsFileSystemHandle;
  if (typeof get !== 'function') return undefined;
  try {
    const handle = await get.call(item);
    return handle?.kind === 'file' ? (handle as FileHandle) : undefined;
  } catch {
    return undefined;
  }
}

export type SaveOutcome = { kind: 'written'; handle: FileHandle } | { kind: 'downloaded'; name: string } | { kind: 'cancelled' };

/** The bytes as DOM's file APIs take them (over a plain ArrayBuffer, never a shared one). */
const plain = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => (bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes));

/** Writes into a file handle, asking once for permission to write where the browser asks. */
async function writeInto(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  const ask = (handle as FileHandle & { requestPermission?: (o: { mode: string }) => Promise<string> }).requestPermission;
  if (typeof ask === 'function' && (await ask.call(handle, { mode: 'readwrite' })) !== 'granted') throw new Error('没有写入这个文件的权限');
  const out = await handle.createWritable();
  await out.write(plain(bytes));
  await out.close();
}

/** Downloads the bytes as a file (where no file can be written back). */
export function download(bytes: Uint8Array, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([plain(bytes)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves the case: into the file it came from when there is a handle; else into a file the clerk
 * picks (File System Access); else as a download. `asNew` always asks where.
 */
export async function saveCase(bytes: Uint8Array, name: string, handle: FileHandle | undefined, asNew: boolean): Promise<SaveOutcome> {
  if (handle && !asNew) {
    await writeInto(handle, bytes);
    return { kind: 'written', handle };
  }
  const picker = (window as unknown as { showSaveFilePicker?: Picker }).showSaveFilePicker;
  if (typeof picker === 'function') {
    let chosen: FileHandle;
    try {
      chosen = await picker({ suggestedName: name, types: JSON_TYPE });
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return { kind: 'cancelled' };
      throw error;
    }
    await writeInto(chosen, bytes);
    return { kind: 'written', handle: chosen };
  }
  download(bytes, name);
  return { kind: 'downloaded', name };
}
