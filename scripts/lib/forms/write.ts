/**
 * Writing a PDF: atomically (a reader never sees half a file), and never over an existing
 * file unless the user said --force. Without --force the file is written to a temporary
 * name and hard-linked into place, which fails if the name exists, so even two runs at
 * once cannot overwrite each other's notice.
 */
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export type WriteOutcome = 'written' | 'exists';

export async function writePdf(file: string, bytes: Uint8Array, force: boolean): Promise<WriteOutcome> {
  await mkdir(path.dirname(file), { recursive: true });
  if (force) {
    await writeFileAtomic(file, Buffer.from(bytes));
    return 'written';
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync(); // on disk before it gets its name, as write-file-atomic does
    } finally {
      await handle.close();
    }
    await link(temp, file);
    return 'written';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
