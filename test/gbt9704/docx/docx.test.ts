/**
 * The DOCX a clerk opens in Word or WPS: GB/T 9704-2012 in Word's terms, read back from its XML
 * (page, margins, grid, fonts, footers with PAGE fields, header rows, the blanks to fill, the
 * provenance), then laid out by a real word processor (LibreOffice) and measured as the PDF is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../scripts/lib/gbt9704/docx/render.ts';
import { BODY_TRACKING, LINE, typeArea } from '../../../scripts/lib/gbt9704/docx/page.ts';
import { eighths, twips } from '../../../scripts/lib/gbt9704/docx/units.ts';
import { GRID, LANDSCAPE, PLACEMENT, PORTRAIT } from '../../../scripts/lib/gbt9704/geometry.ts';
import { plain } from '../../../scripts/lib/gbt9704/model/text.ts';
import type { DocumentModel } from '../../../scripts/lib/gbt9704/model/types.ts';
import { formModel, ledgerModel, letterFormatModel, letterModel, longNumberModel } from '../../fixtures/gbt9704/docx/models.ts';
import type { Element } from '@xmldom/xmldom';
import { W, all, attr, convertToPdf, first, openDocx, pageCount, paragraphText, wordsOf, type Docx } from './read.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODELS = { letter: letterModel(3), form: formModel(), ledger: ledgerModel(), letterhead: letterFormatModel(), longNumber: longNumberModel() } satisfies Record<
  string,
  DocumentModel
>;
const TRACE = '溯源：条文版本 sha256:06767a71760179d9；案件数据 SHA-256 3f1a0c9e5b7d2468；依据 第十七条第（一）项、第二十九条第（一）项；wq-forms';
type Name = keyof typeof MODELS;
const bytes = {} as Record<Name, Uint8Array>;
const docx = {} as Record<Name, Docx>;
const file = (name: Name) => path.join(dir, `${name}.docx`);

beforeAll(async () => {
  for (const name of Object.keys(MODELS) as Name[]) {
    bytes[name] = await renderDocx(MODELS[name], { subject: '第十七条第（一）项', trace: TRACE });
    docx[name] = openDocx(bytes[name]);
    writeFileSync(file(name), bytes[name]);
  }
});

const body = (name: Name) => docx[name].xml('word/document.xml');
const sectPr = (name: Name) => first(body(name), 'sectPr')!;
const paragraphs = (name: Name) => all(first(body(name), 'body')!, 'p');
const runsOf = (p: Element) => all(p, 'r');
const fontOf = (run: Element) => attr(first(run, 'rFonts'), 'eastAsia');
const sizeOf = (run: Element) => Number(attr(first(run, 'sz'), 'val')) / 2;
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const findParagraph = (name: Name, text: string) => paragraphs(name).find((p) => paragraphText(p).includes(text))!;

describe('a 公文 in Word’s terms (GB/T 9704-2012)', () => {
  it('is A4 with margins of 37, 26, 35 and 28 mm and a grid of 22 lines', () => {
    const s = sectPr('letter');
    expect([attr(first(s, 'pgSz'), 'w'), attr(first(s, 'pgSz'), 'h')]).toEqual(['11906', '16838']);
    const m = first(s, 'pgMar')!;
    expect(['top', 'right', 'bottom', 'left'].map((k) => Number(attr(m, k)))).toEqual([twips(37), twips(26), twips(35), twips(28)]);
    const grid = first(s, 'docGrid')!;
    expect(attr(grid, 'type')).toBe('lines');
    expect(Number(attr(grid, 'linePitch'))).toBe(LINE);
    expect(Math.floor(typeArea('portrait').height / LINE)).toBe(22);
  });

  it('sets 28 characters of 3号 to a line of the 版心, and no more', () => {
    const run = runsOf(findParagraph('letter', '现将有关情况'))[0]!;
    expect(sizeOf(run)).toBe(16);
    expect(Number(attr(first(run, 'spacing'), 'val'))).toBe(BODY_TRACKING);
    const advance = GRID.bodySize * 20 + BODY_TRACKING;
    expect(28 * advance).toBeLessThanOrEqual(typeArea('portrait').width);
    expect(29 * advance).toBeGreaterThan(typeArea('portrait').width);
  });

  it('names the fonts as office PCs have them: 仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312', () => {
    const styles = docx.letter.xml('word/styles.xml');
    expect(attr(first(first(styles, 'docDefaults')!, 'rFonts'), 'eastAsia')).toBe('仿宋_GB2312');
    const title = runsOf(findParagraph('letter', '关于土默特左旗'))[0]!;
    expect([fontOf(title), sizeOf(title)]).toEqual(['方正小标宋简体', 22]);
    expect(fontOf(runsOf(findParagraph('letter', '一、基本情况'))[0]!)).toBe('黑体');
    expect(fontOf(runsOf(findParagraph('letter', '（一）已开展'))[0]!)).toBe('楷体_GB2312');
    expect(fontOf(runsOf(findParagraph('letter', '1.医疗救治'))[0]!)).toBe('仿宋_GB2312');
    const mark = runsOf(paragraphs('letter')[0]!)[0]!;
    expect([fontOf(mark), attr(first(mark, 'color'), 'val'), attr(first(mark, 'w'), 'val')]).toEqual(['方正小标宋简体', 'E60012', '76']);
  });

  it('lists every face it uses in its font table, with the names Word and WPS may find it by and its class', () => {
    const table = docx.letter.xml('word/fontTable.xml');
    const entries = new Map(all(table, 'font').map((f) => [attr(f, 'name'), f]));
    const used = new Set(
      ['word/document.xml', 'word/styles.xml', 'word/footer1.xml', 'word/footer2.xml'].flatMap((part) => all(docx.letter.xml(part), 'rFonts').flatMap((f) => ['ascii', 'hAnsi', 'eastAsia', 'cs'].map((k) => attr(f, k)))),
    );
    used.delete(null);
    expect([...used].sort()).toEqual(['仿宋_GB2312', '宋体', '方正小标宋简体', '楷体_GB2312', '黑体']);
    for (const name of used) {
      const font = entries.get(name)!;
      expect(font, name!).toBeDefined();
      expect(attr(first(font, 'charset'), 'val')).toBe('86'); // GB2312
      expect(attr(first(font, 'family'), 'val')).toMatch(/^(auto|roman|modern)$/);
    }
    const alternates = (name: string) => attr(first(entries.get(name)!, 'altName'), 'val')!.split(',');
    // Windows has 仿宋 and 楷体 (FangSong, KaiTi), not the _GB2312 faces.
    expect(alternates('仿宋_GB2312')).toEqual(expect.arrayContaining(['FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋']));
    expect(alternates('楷体_GB2312')).toEqual(expect.arrayContaining(['楷体', 'KaiTi']));
    expect(alternates('黑体')[0]).toBe('SimHei');
    expect(alternates('宋体')[0]).toBe('SimSun');
    expect(alternates('方正小标宋简体').slice(-2)).toEqual(['宋体', 'SimSun']);
    expect(attr(first(entries.get('宋体')!, 'panose1'), 'val')).toBe('02010600030101010101');
    expect(attr(first(entries.get('仿宋_GB2312')!, 'panose1'), 'val')).toBe('02010609030101010101');
  });

  it('numbers pages with PAGE fields, “— 1 —” in 4号 宋体, odd pages on the right and even on the left, the trace line under them', () => {
    expect(first(docx.letter.xml('word/settings.xml'), 'evenAndOddHeaders')).toBeDefined();
    const refs = all(sectPr('letter'), 'footerReference').map((r) => attr(r, 'type'));
    expect(refs.sort()).toEqual(['default', 'even']);
    const footers = docx.letter.parts.filter((p) => /^word\/footer\d+\.xml$/.test(p)).map((p) => docx.letter.xml(p));
    expect(footers).toHaveLength(2);
    const shown = footers.map((f) => {
      const [p, trace] = all(f, 'p');
      const instructions = all(p!, 'instrText').map((i) => i.textContent?.trim());
      return {
        align: attr(first(p!, 'jc'), 'val'),
        text: paragraphText(p!),
        instructions,
        font: fontOf(runsOf(p!)[0]!),
        size: sizeOf(runsOf(p!)[0]!),
        trace: paragraphText(trace!),
      };
    });
    expect(shown.map((s) => s.align).sort()).toEqual(['left', 'right']);
    for (const s of shown) expect(s).toMatchObject({ text: '—  —', instructions: ['PAGE'], font: '宋体', size: 14, trace: TRACE });
    expect(Number(attr(first(sectPr('letter'), 'pgMar'), 'footer'))).toBe(twips(6));
  });

  it('draws the 版记 rules thick first and last and thin between, in a text box anchored to the foot of the 版心', () => {
    const box = first(body('letter'), 'txbxContent')!;
    const rows = all(box, 'p');
    expect(rows.map(paragraphText)).toEqual(['抄送：内蒙古自治区公安厅维护公安民警执法权威工作委员会办公室。', '土默特左旗公安局维权办\t2026年3月5日印发']);
    const anchor = body('letter').getElementsByTagNameNS(WP, 'anchor')[0]!;
    const vertical = anchor.getElementsByTagNameNS(WP, 'positionV')[0]!;
    expect([vertical.getAttribute('relativeFrom'), vertical.getElementsByTagNameNS(WP, 'align')[0]?.textContent]).toEqual(['margin', 'bottom']);
    // Its anchor paragraph holds the 版记's lines free in the flow, and nothing more; the box wraps nothing.
    expect(anchor.getElementsByTagNameNS(WP, 'wrapNone')).toHaveLength(1);
    const holder = first(anchor.parentNode!.parentNode!.parentNode as Element, 'spacing')!;
    const boxHeight = Number(anchor.getElementsByTagNameNS(WP, 'extent')[0]!.getAttribute('cy')) / 635; // EMU → twips
    expect(Number(attr(holder, 'before')) + Number(attr(holder, 'line'))).toBe(boxHeight);
    expect(boxHeight % LINE).toBe(0);
    const border = (p: Element, side: string) => Number(attr(first(first(p, 'pBdr')!, side), 'sz'));
    expect([border(rows[0]!, 'top'), border(rows[0]!, 'bottom'), border(rows[1]!, 'bottom')]).toEqual([
      eighths(PLACEMENT.banjiThick),
      eighths(PLACEMENT.banjiThin),
      eighths(PLACEMENT.banjiThick),
    ]);
  });

  it('makes each blank the clerk fills (serial, 签发人, 联系人) a place to type into: a content control showing its space', () => {
    const controls = all(body('letter'), 'sdt');
    expect(controls).toHaveLength(3);
    for (const c of controls) {
      // Rich text, not plain text (w:text): LibreOffice reads a plain-text control as a wider input field.
      expect(first(c, 'text')).toBeUndefined();
      expect(first(c, 'showingPlcHdr')).toBeDefined();
      expect(paragraphText(c)).toMatch(/^\u3000+$/u);
    }
    const serial = findParagraph('letter', '土左公维字');
    expect(paragraphText(serial)).toBe('土左公维字〔2026〕\u3000\u3000号\t签发人：\u3000\u3000\u3000\u3000');
    expect(first(all(serial, 'sdt')[1]!, 'u')).toBeDefined(); // the 签发人 is a line to write on
  });

  it('makes each box of a form a check box Word and WPS tick with a click, showing ☑ or ☐ as the PDF does', () => {
    const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
    const boxes = all(body('form'), 'sdt').filter((c) => c.getElementsByTagNameNS(W14, 'checkbox').length > 0);
    expect(boxes.map((c) => paragraphText(c))).toEqual(['☑', '☐']);
    const state = (c: Element, name: string) => (c.getElementsByTagNameNS(W14, name)[0] as Element).getAttributeNS(W14, 'val');
    expect(boxes.map((c) => state(c, 'checked'))).toEqual(['1', '0']);
    for (const c of boxes) expect([state(c, 'checkedState'), state(c, 'uncheckedState')]).toEqual(['2611', '2610']);
    const cell = findParagraph('form', '警务辅助人员');
    expect(paragraphText(cell)).toBe('☑民警　☐警务辅助人员');
  });

  it('carries the PDF’s provenance in its properties', () => {
    const custom = docx.letter.xml('docProps/custom.xml');
    const props = Object.fromEntries(Array.from(custom.getElementsByTagName('property')).map((p) => [p.getAttribute('name'), p.textContent]));
    expect(props).toEqual({
      WqForm: 'escalation-report',
      WqRegulationVersion: 'sha256:06767a71760179d9',
      WqCaseSha256: MODELS.letter.provenance.caseHash,
      WqArticles: 'art_17__item_1 art_29__item_1',
    });
    const core = docx.letter.xml('docProps/core.xml');
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe(MODELS.letter.title);
    expect(core.getElementsByTagName('cp:keywords')[0]?.textContent).toBe('escalation-report art_17__item_1 art_29__item_1');
  });

  it('says every word of the model, in its order', () => {
    const expected = MODELS.letter.blocks.flatMap((b) => {
      switch (b.kind) {
        case 'banner':
          return [b.mark.lines.join('\n'), `${plain(b.number)}\t签发人：${plain(b.signer!)}`];
        case 'title':
          return [b.lines.join('\n')];
        case 'attachments':
          return b.items.map((item, i) => (i === 0 ? `附件：${plain(item)}` : plain(item)));
        case 'signoff':
          return [...b.issuer, plain(b.date)];
        case 'banji':
          return [];
        case 'addressee':
        case 'paragraph':
        case 'heading':
        case 'note':
          return [plain(b.text)];
        default:
          return [];
      }
    });
    const shown = paragraphs('letter')
      .map(paragraphText)
      .filter((t) => t !== '' && !t.startsWith('溯源') && !t.startsWith('抄送') && !t.includes('印发'));
    expect(shown).toEqual(expected);
  });

  it('repeats a table’s header rows on every page and keeps a row whole unless it may run on', () => {
    const rows = all(body('ledger'), 'tr');
    expect(first(rows[0]!, 'tblHeader')).toBeDefined();
    expect(first(rows[0]!, 'tblHeader')?.hasAttributeNS(W, 'val')).toBe(false);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.slice(1).every((r) => !first(r, 'tblHeader') && first(r, 'cantSplit'))).toBe(true);
    const formRows = all(body('form'), 'tr');
    const spanned = formRows.find((r) => paragraphText(r).includes('事件经过'))!;
    expect(first(spanned, 'cantSplit')).toBeUndefined();
    expect(all(body('form'), 'vMerge')).toHaveLength(2);
    const box = formRows.find((r) => paragraphText(r).includes('受理意见'))!;
    expect([attr(first(box, 'trHeight'), 'val'), attr(first(box, 'trHeight'), 'hRule')]).toEqual([String(twips(30)), 'atLeast']);
  });

  it('turns the 工作台账 landscape with the same 版心 a quarter turned', () => {
    const s = sectPr('ledger');
    expect([attr(first(s, 'pgSz'), 'w'), attr(first(s, 'pgSz'), 'h'), attr(first(s, 'pgSz'), 'orient')]).toEqual(['16838', '11906', 'landscape']);
    const m = first(s, 'pgMar')!;
    expect(['top', 'right', 'bottom', 'left'].map((k) => Number(attr(m, k)))).toEqual([
      twips(LANDSCAPE.top),
      twips(LANDSCAPE.right),
      twips(LANDSCAPE.bottom),
      twips(LANDSCAPE.left),
    ]);
  });

  it('escapes whatever a case file says: markup and ampersands stay text', async () => {
    const model = letterModel();
    model.blocks.push({ kind: 'paragraph', text: [{ t: '<w:p>&amp; "引号" </w:t>' }] });
    const opened = openDocx(await renderDocx(model, { subject: '<script>' }));
    const texts = all(opened.xml('word/document.xml'), 'p').map(paragraphText);
    expect(texts).toContain('<w:p>&amp; "引号" </w:t>');
    expect(opened.xml('docProps/core.xml').getElementsByTagName('dc:subject')[0]?.textContent).toBe('<script>');
  });
});

describe('laid out by a word processor (LibreOffice), measured as the PDF is', () => {
  let pdf: Record<Name, string>;
  beforeAll(() => {
    const names = Object.keys(MODELS) as Name[];
    const made = convertToPdf(names.map(file));
    pdf = Object.fromEntries(names.map((n, i) => [n, made[i]!])) as Record<Name, string>;
  }, 240_000);

  const TOP = PORTRAIT.top;
  const BOTTOM = PORTRAIT.height - PORTRAIT.bottom;

  it('keeps every word inside the 版心, the page numbers 7 mm below it (odd on the right, even on the left), the trace in the margin', () => {
    const all = wordsOf(pdf.letter);
    const pages = pageCount(pdf.letter);
    expect(pages).toBeGreaterThanOrEqual(3);
    const trace = all.filter((w) => w.y0 > BOTTOM + 12);
    expect(new Set(trace.map((w) => w.page)).size).toBe(pages);
    for (const w of trace) expect(PORTRAIT.height - w.y1).toBeGreaterThan(5);
    const words = all.filter((w) => !trace.includes(w));
    const numbers = words.filter((w) => /^\d+$/.test(w.text) && w.y0 > BOTTOM);
    expect(numbers.map((w) => Number(w.text))).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    for (const n of numbers) {
      expect(n.y0 - BOTTOM).toBeGreaterThan(PLACEMENT.pageNumberGap - 1);
      expect(n.y0 - BOTTOM).toBeLessThan(PLACEMENT.pageNumberGap + 3);
      if (n.page % 2 === 1) expect(n.x1).toBeGreaterThan(PORTRAIT.width / 2);
      else expect(n.x0).toBeLessThan(PORTRAIT.width / 2);
    }
    const inside = words.filter((w) => !numbers.includes(w) && w.text !== '—');
    for (const w of inside) {
      expect(w.x0, w.text).toBeGreaterThanOrEqual(PORTRAIT.left - 0.5);
      expect(w.x1, w.text).toBeLessThanOrEqual(PORTRAIT.width - PORTRAIT.right + 0.5);
      expect(w.y0, w.text).toBeGreaterThanOrEqual(TOP - 0.5);
      expect(w.y1, w.text).toBeLessThanOrEqual(BOTTOM + 0.5);
    }
  });

  it('sets its lines on the 22-line grid of the 版心, 28 characters to a full line', () => {
    const words = wordsOf(pdf.letter).filter((w) => w.page === 2 && w.y1 <= BOTTOM);
    const lines = [...new Set(words.map((w) => Math.round(w.y0 * 2) / 2))];
    // Each line's place on the grid: a whole number of pitches (Word's, in whole twips) from the
    // first. Widows and orphans of one line are not allowed, so a page may hold 21.
    const tops = lines.map((y) => words.find((w) => Math.round(w.y0 * 2) / 2 === y)!.y0);
    const pitch = (LINE * 25.4) / 1440;
    const grid = tops.map((y) => (y - tops[0]!) / pitch);
    for (const k of grid) expect(Math.abs(k - Math.round(k))).toBeLessThan(0.03);
    expect(lines.length).toBeGreaterThanOrEqual(21);
    expect(Math.round(grid.at(-1)!)).toBeLessThanOrEqual(21);
    const text = (y: number) => words.filter((w) => Math.round(w.y0 * 2) / 2 === y).map((w) => w.text).join('');
    const full = lines.map(text).filter((t) => !/。$/.test(t) && !/^\d/.test(t));
    expect(full.length).toBeGreaterThan(5);
    for (const t of full) expect([...t].filter((c) => !/[0-9]/.test(c)).length + Math.ceil([...t].filter((c) => /[0-9]/.test(c)).length / 2)).toBeLessThanOrEqual(28);
    expect(full.some((t) => [...t].length === 28)).toBe(true);
  });

  it('puts the 发文字号 on the eighth line and the title two blank lines under the nine lines of the 版头', () => {
    const words = wordsOf(pdf.letter).filter((w) => w.page === 1);
    const line = (w: { y0: number; y1: number }) => ((w.y0 + w.y1) / 2 - TOP) / GRID.linePitch;
    const number = words.find((w) => w.text.startsWith('土左公维字'))!;
    const title = words.find((w) => w.text.startsWith('关于'))!;
    expect(line(number)).toBeGreaterThan(7);
    expect(line(number)).toBeLessThan(8);
    expect(line(title)).toBeGreaterThan(11);
    expect(line(title)).toBeLessThan(12);
  });

  it('sets the 版记 at the foot of the last page’s 版心', () => {
    const words = wordsOf(pdf.letter);
    const last = Math.max(...words.map((w) => w.page));
    const printed = words.find((w) => w.page === last && w.text.endsWith('印发'))!;
    expect(BOTTOM - printed.y1).toBeLessThan(GRID.linePitch);
  });

  it('sets a 信函格式 mark above the 版心, 30 mm from the edge, and its number flush right under it', () => {
    const words = wordsOf(pdf.letterhead).filter((w) => w.page === 1);
    const mark = words.find((w) => w.text.startsWith('土默特左旗'))!;
    // The glyphs' box starts a little above the type's (the face's ascent).
    expect(mark.y0).toBeGreaterThan(28);
    expect(mark.y0).toBeLessThan(PORTRAIT.top);
    const number = words.find((w) => w.text.startsWith('土左公维字'))!;
    const numberLine = words.filter((w) => Math.abs(w.y0 - number.y0) < 1);
    expect(PORTRAIT.width - PORTRAIT.right - Math.max(...numberLine.map((w) => w.x1))).toBeLessThan(1);
    expect(number.y0).toBeGreaterThan(mark.y1);
    const title = words.find((w) => w.text.startsWith('关于移送'))!;
    expect(title.y0).toBeGreaterThan(number.y1 + GRID.linePitch);
  });

  it('moves the 签发人 up a line when a long 发文字号 needs its line, and nothing prints over anything', () => {
    const words = wordsOf(pdf.longNumber).filter((w) => w.page === 1 && w.y1 < 120);
    const signer = words.find((w) => w.text.includes('签发人'))!;
    const number = words.find((w) => w.text.startsWith('鄂尔多斯'))!;
    expect(number.y0 - signer.y0).toBeGreaterThan(GRID.linePitch * 0.8);
    for (const a of words)
      for (const b of words) if (a !== b && a.page === b.page) expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${a.text} / ${b.text}`).toBe(true);
  });

  it('repeats the ledger’s header row on every page', () => {
    const pages = pageCount(pdf.ledger);
    expect(pages).toBeGreaterThan(1);
    const headers = wordsOf(pdf.ledger).filter((w) => w.text === '案件编号');
    expect(headers.map((w) => w.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
  });
});
