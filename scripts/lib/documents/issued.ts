/**
 * The file a case's document is issued under, and whether it was issued already. A document is
 * its unit's case number's (two units may number cases alike, 2026-001), so the guard against
 * issuing it twice keys on unit + number, whatever else is in the batch: a document is named by
 * the case number alone (呼公维〔2026〕7号_正名通知书.pdf), or, when another unit's case of the same
 * number is in the batch or already holds that name, with its unit before it
 * (包头市公安局_2026-001_正名通知书.pdf). Before a name is chosen, both are looked for in --out:
 * a file there that is this unit's document (its metadata says so: WqUnit, kept in the PDF's
 * Info dictionary and the DOCX's custom properties) is the one issued, and keeps its name.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { documentFileName } from './naming.ts';

/** What identifies a case's document as issued, beside its form and part. */
export interface IssuedIdentity {
  unit: string;
  caseId: string;
  /** The case data's hash (a file written before units were recorded is known by it). */
  hash: string;
}

export interface Placed {
  identity?: IssuedIdentity;
  formTitle: string;
  part?: string;
  /** The PDF name chosen (the DOCX is the same name with .docx). */
  file: string;
}

/** What an issued file records of its origin: its unit and case hash (either may be missing in older files). */
interface Recorded {
  unit?: string;
  hash?: string;
}

const decode = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

async function recordedInPdf(file: string): Promise<Recorded> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false, ignoreEncryption: true });
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return {};
  const unit = decode(info.get(PDFName.of('WqUnit')));
  const hash = decode(info.get(PDFName.of('WqCaseSha256')));
  return { ...(unit ? { unit } : {}), ...(hash ? { hash } : {}) };
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function recordedInDocx(file: string): Recorded {
  const parts = unzipSync(readFileSync(file), { filter: (f) => f.name === 'docProps/custom.xml' });
  const xml = new TextDecoder().decode(parts['docProps/custom.xml'] ?? new Uint8Array());
  const property = (name: string) =>
    new RegExp(`name="${name}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`, 'u').exec(xml)?.[1]?.replace(/&(?:amp|lt|gt|quot|apos);/gu, (e) => XML_ENTITIES[e]!);
  const unit = property('WqUnit');
  const hash = property('WqCaseSha256');
  return { ...(unit ? { unit } : {}), ...(hash ? { hash } : {}) };
}

/** What the file at `base` (.pdf or .docx) records; undefined when neither exists. A file that cannot be read records nothing. */
async function recordedAt(base: string): Promise<Recorded | undefined> {
  for (const ext of ['.pdf', '.docx']) {
    const file = `${base}${ext}`;
    if (!existsSync(file)) continue;
    try {
      return ext === '.pdf' ? await recordedInPdf(file) : recordedInDocx(file);
    } catch {
      return {};
    }
  }
  return undefined;
}

const withoutExt = (file: string) => file.replace(/\.pdf$/u, '');

/**
 * Settles each case document's file name in place: the name under which this unit's document was
 * issued when one is found in the folder (so it is left alone, or rewritten there with --force),
 * else the case number alone unless another unit shares it (in the batch, or by a file already
 * issued under that name), then the unit's name before it.
 */
export async function settleNames(entries: Placed[], outDir: string): Promise<void> {
  const unitsById = new Map<string, Set<string>>();
  for (const e of entries) if (e.identity) unitsById.set(e.identity.caseId, (unitsById.get(e.identity.caseId) ?? new Set()).add(e.identity.unit));
  const seen = new Map<string, Promise<Recorded | undefined>>();
  const recorded = (base: string) => {
    if (!seen.has(base)) seen.set(base, recordedAt(base));
    return seen.get(base)!;
  };
  for (const e of entries) {
    const id = e.identity;
    if (!id) continue;
    const shared = (unitsById.get(id.caseId)?.size ?? 0) > 1;
    const plain = path.join(outDir, documentFileName(id.caseId, e.formTitle, e.part));
    const prefixed = path.join(outDir, documentFileName(`${id.unit}_${id.caseId}`, e.formTitle, e.part));
    const atPlain = await recorded(withoutExt(plain));
    // A file under the bare number is this unit's when it says so, or (written before units were
    // recorded) when it is this very case, or no other unit's case of that number is in the batch.
    const ours = atPlain !== undefined && (atPlain.unit !== undefined ? atPlain.unit === id.unit : atPlain.hash === id.hash || !shared);
    if (ours) e.file = plain;
    else if ((await recorded(withoutExt(prefixed))) !== undefined) e.file = prefixed;
    else e.file = shared || atPlain !== undefined ? prefixed : plain;
  }
}
