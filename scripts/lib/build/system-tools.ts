/**
 * The system programs the tests use beside the browser, one home for "is it here": poppler (the
 * PDF tests read PDFs as a reader's tools do), qpdf (an independent check of a PDF's structure), LibreOffice Writer and Calc (the DOCX and XLSX
 * are opened by a real office suite), Carlito (Calibri's metrics, which Excel measures column
 * widths in: Calc prints the ledger with it) and a Chinese font (without one LibreOffice lays
 * Chinese out in boxes). `npm run setup` installs what is missing (root with apt-get) or says what to
 * install; a test that needs one calls requireTool(), which fails it in Chinese when it is not
 * there: a test that needs a tool never passes or skips without it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

export type ToolId = 'poppler' | 'qpdf' | 'libreoffice-writer' | 'libreoffice-calc' | 'carlito' | 'cjk-font';

export interface SystemTool {
  id: ToolId;
  /** What it is and what the tests use it for, in Chinese. */
  label: string;
  /** The Debian/Ubuntu packages that provide it. */
  packages: string[];
  present(): boolean;
}

const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** A program on the PATH, as the shell finds it. */
function onPath(command: string): string | undefined {
  const found = run('sh', ['-c', `command -v ${command}`]).stdout?.trim();
  return found ? found : undefined;
}

/** LibreOffice's soffice, or undefined. */
export function soffice(): string | undefined {
  return onPath('soffice') ?? onPath('libreoffice');
}

/** Whether LibreOffice has a module, by its library beside soffice (Debian splits Writer and Calc into packages). */
function officeModule(library: string): boolean {
  const program = soffice();
  if (!program) return false;
  try {
    return existsSync(path.join(path.dirname(realpathSync(program)), library));
  } catch {
    return false;
  }
}

/** Whether fontconfig (and so Chromium and LibreOffice) knows a font matching the pattern. */
function hasFont(pattern: string): boolean {
  return Boolean(onPath('fc-list') && run('fc-list', [pattern, 'family']).stdout?.trim());
}

export const SYSTEM_TOOLS: readonly SystemTool[] = [
  {
    id: 'poppler',
    label: 'poppler-utils（pdffonts、pdftotext、pdfinfo、pdftoppm：测试用它检查 PDF）',
    packages: ['poppler-utils'],
    present: () => ['pdffonts', 'pdftotext', 'pdfinfo', 'pdftoppm'].every((c) => onPath(c)),
  },
  {
    id: 'qpdf',
    label: 'qpdf（测试用它独立检查 PDF 的结构）',
    packages: ['qpdf'],
    present: () => Boolean(onPath('qpdf')),
  },
  {
    id: 'libreoffice-writer',
    label: 'LibreOffice Writer（测试用它像文字处理软件一样排版 DOCX）',
    packages: ['libreoffice-writer-nogui'],
    present: () => officeModule('libswlo.so'),
  },
  {
    id: 'libreoffice-calc',
    label: 'LibreOffice Calc（测试用它打印工作台账 XLSX）',
    packages: ['libreoffice-calc-nogui'],
    present: () => officeModule('libsclo.so'),
  },
  {
    id: 'carlito',
    label: 'Carlito 字体（与 Calibri 等宽，Excel 按它计算列宽；测试用 Calc 打印台账时需要）',
    packages: ['fonts-crosextra-carlito'],
    present: () => hasFont('Carlito'),
  },
  {
    id: 'cjk-font',
    label: '一种中文字体（LibreOffice 排版中文需要，否则显示为方框）',
    packages: ['fonts-wqy-microhei'],
    present: () => hasFont(':lang=zh'),
  },
];

/** How to install tools, in words for the reader of a message. */
export function installHint(tools: readonly SystemTool[]): string {
  return `Debian/Ubuntu：sudo apt-get install -y --no-install-recommends ${tools.flatMap((t) => t.packages).join(' ')}（或以 root 身份运行 npm run setup）`;
}

/**
 * The tools found present in this process. Asking again would spawn a shell per program each
 * time, and the PDF tests ask before every poppler call: hundreds of spawns per test file. A tool
 * found missing is asked again (it may have been installed meanwhile).
 */
const found = new Set<ToolId>();

/** Fails (throws, in Chinese) when a tool a test needs is not installed. */
export function requireTool(id: ToolId): void {
  if (found.has(id)) return;
  const tool = SYSTEM_TOOLS.find((t) => t.id === id)!;
  if (!tool.present()) throw new Error(`缺少 ${tool.label}。${installHint([tool])}`);
  found.add(id);
}
