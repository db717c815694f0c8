// Drafts kept on this computer only, in this browser's IndexedDB, when the clerk turns autosave
// on: the case as its file would be written, its name and when it was kept. Nothing else is stored,
// and “删除全部草稿” deletes the whole database. Four operations over one object store: IndexedDB's
// own API with a promise around each request is all it takes.

const DB = 'wq-workbench-drafts';
const STORE = 'drafts';

export interface Draft {
  id: string;
  /** What the list shows: the case number, or the file's name, or 未命名. */
  title: string;
  /** The file the case came from, if any (its name only). */
  fileName?: string;
  /** The case as the workbench writes its file. */
  text: string;
  /** ISO time it was kept. */
  savedAt: string;
}

/** Whether this browser gives the page an IndexedDB at all (some private windows and file:// pages do not). */
export const hasDrafts = (): boolean => typeof indexedDB !== 'undefined' && indexedDB !== null;

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * The drafts' database; with `create` false, none is made where there is none (listing the drafts
 * must not leave an empty database behind, e.g. right after “删除全部草稿”, or for a clerk who never
 * turned autosave on): the upgrade that would create it is aborted, and there is nothing to read.
 */
function open(create: boolean): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    let absent = false;
    request.onupgradeneeded = () => {
      if (create) request.result.createObjectStore(STORE, { keyPath: 'id' });
      else {
        absent = true;
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (absent) {
        // The aborted creation: not an error to report.
        event.preventDefault();
        resolve(undefined);
      } else reject(request.error);
    };
    request.onblocked = () => reject(new Error('草稿库正被本手册的另一个页面使用，请关闭其他页面后再试'));
  });
}

/** One request in a transaction of its own; undefined where there is no database and `create` is false. */
async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>, create = false): Promise<T | undefined> {
  const db = await open(create);
  if (!db) return undefined;
  try {
    const tx = db.transaction(STORE, mode);
    const result = await done(use(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return result;
  } finally {
    db.close();
  }
}

export const listDrafts = async (): Promise<Draft[]> => (((await withStore('readonly', (s) => s.getAll())) ?? []) as Draft[]).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
// Only keeping a draft creates the database; reading and deleting never do.
export const keepDraft = async (draft: Draft): Promise<void> => void (await withStore('readwrite', (s) => s.put(draft), true));
export const dropDraft = async (id: string): Promise<void> => void (await withStore('readwrite', (s) => s.delete(id)));

/** Deletes every draft: the database itself goes. */
export function dropAllDrafts(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('草稿库正被本手册的另一个页面使用，请关闭其他页面后再试'));
  });
}

/** A new draft's id: the time and a random part (crypto.randomUUID is Chromium 92, and needs HTTPS). */
export const newDraftId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Asks the browser not to clear the drafts when space runs short; says whether it will keep them. */
export async function askToKeep(): Promise<'kept' | 'may-clear' | 'unavailable'> {
  const storage = (navigator as Navigator & { storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> } }).storage;
  if (!storage?.persist) return 'unavailable';
  try {
    if (storage.persisted && (await storage.persisted())) return 'kept';
    return (await storage.persist()) ? 'kept' : 'may-clear';
  } catch {
    return 'unavailable';
  }
}
