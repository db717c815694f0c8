/**
 * VS Code's JSON support as a library (vscode-json-languageservice, the code behind VS Code's
 * JSON editor): a case file opened with its "$schema", the schemas read from disk as the
 * editor reads them. Test helper only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import languageService, { type CompletionItem, type Diagnostic, type Hover, type TextDocument } from 'vscode-json-languageservice';

// A CommonJS (UMD) package: its names come through the default export.
const { getLanguageService, TextDocument: Documents } = languageService;

const service = getLanguageService({
  schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  clientCapabilities: { textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } },
});
service.configure({ validate: true, allowComments: false });

/** A file's text as a document at its own path, so its "$schema" resolves as in the editor. */
export function open(file: string, text = readFileSync(file, "utf8").replace(/^\uFEFF/, "")): TextDocument {
  return Documents.create(pathToFileURL(path.resolve(file)).href, 'json', 1, text);
}

/** The editor's problems, each message as plain text. */
export async function diagnostics(doc: TextDocument): Promise<(Diagnostic & { message: string })[]> {
  const found = await service.doValidation(doc, service.parseJSONDocument(doc), { schemaValidation: 'error' });
  return found.map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }));
}

/** Completion at the first place `marker` (a unique string of the text) ends. */
export async function completionsAfter(doc: TextDocument, marker: string): Promise<CompletionItem[]> {
  const at = doc.getText().indexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  const result = await service.doComplete(doc, doc.positionAt(at + marker.length), service.parseJSONDocument(doc));
  return result?.items ?? [];
}

export async function hoverAt(doc: TextDocument, marker: string): Promise<Hover | null> {
  const at = doc.getText().indexOf(marker);
  return service.doHover(doc, doc.positionAt(at + 1), service.parseJSONDocument(doc));
}

export const CJK = /[\u4e00-\u9fff]/;
