/**
 * --format html: the report as one self-contained file. It opens from a USB stick or an
 * intranet share with no network and no script: styles and charts are inside it, and nothing
 * it shows needs JavaScript. It renders the same document model as the PDF (the forms'
 * model/types.ts), block by block, so the two say the same words; it is a reading copy, not a
 * facsimile, so the 版头 is one line and the page is as wide as the screen allows.
 */
import { barChartSvg } from '../gbt9704/bar-chart.ts';
import { plain } from '../gbt9704/model/text.ts';
import type { Block, Cell, DocumentModel, Text } from '../gbt9704/model/types.ts';

const esc = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const words = (value: Text) => esc(plain(value));

const STYLE = `
body { font-family: "FangSong", "仿宋", "STFangsong", serif; font-size: 16pt; line-height: 1.75; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 1.5em 0 1em; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 0; text-indent: 2em; }
p { text-indent: 2em; margin: 0; }
p.addressees { text-indent: 0; margin-bottom: 0.5em; }
p.note { margin-top: 1em; }
p.docno { text-indent: 0; display: flex; justify-content: space-between; padding: 0 1em; border-bottom: 2px solid #c00; }
.signoff { text-align: right; margin-top: 2em; padding-right: 4em; }
p.cc { font-size: 14pt; text-indent: 0; margin-top: 2em; padding: 0 1em; border-top: 2px solid #000; }
.banji { font-size: 14pt; border-top: 2px solid #000; border-bottom: 2px solid #000; margin-top: 2em; display: flex; justify-content: space-between; padding: 0 1em; }
table { border-collapse: collapse; width: 100%; margin: 0.75em 0; font-size: 12pt; line-height: 1.5; }
caption { font-size: 12pt; text-align: center; margin-bottom: 0.25em; }
th, td { border: 1px solid #000; padding: 0.2em 0.5em; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; }
figure { margin: 0.75em 0; break-inside: avoid; }
figcaption { font-size: 12pt; text-align: center; }
.privacy { font-size: 10.5pt; color: #333; border-top: 1px solid #000; margin-top: 2em; padding-top: 0.5em; text-indent: 0; }
@media print { body { margin: 0; max-width: none; } table, figure { break-inside: avoid; } }
`;

function cell(tag: 'th' | 'td', c: Cell): string {
  const attrs = [c.colspan ? ` colspan="${c.colspan}"` : '', c.rowspan ? ` rowspan="${c.rowspan}"` : '', c.align === 'right' ? ' class="n"' : '', tag === 'th' ? ' scope="col"' : ''].join('');
  return `<${tag}${attrs}>${c.lines.map(words).join('<br>')}</${tag}>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'banner':
      return `<p class="docno"><span>${words(b.number)}</span>${b.signer ? `<span>签发人：${words(b.signer)}</span>` : ''}</p>`;
    case 'title':
      return `<h1>${esc(b.lines.join(''))}</h1>`;
    case 'addressee':
      return `<p class="addressees">${words(b.text)}</p>`;
    case 'paragraph':
      return `<p>${words(b.text)}</p>`;
    case 'heading':
      return `<h2>${words(b.text)}</h2>`;
    case 'table': {
      const head = (b.header ?? []).map((r) => `<tr>${r.cells.map((c) => cell('th', c)).join('')}</tr>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.cells.map((c) => cell('td', c)).join('')}</tr>`).join('');
      return `<table>${b.caption ? `<caption>${esc(b.caption)}</caption>` : ''}<thead>${head}</thead><tbody>${rows}</tbody></table>`;
    }
    case 'figure':
      return `<figure>${barChartSvg(b.chart)}<figcaption>${esc(b.caption)}</figcaption></figure>`;
    case 'attachments':
      return `<p>附件：${b.items.map((item, i) => `${i + 1}.${words(item)}`).join('<br>')}</p>`;
    case 'signoff':
      return `<div class="signoff">${b.issuer.map((line) => `<div>${esc(line)}</div>`).join('')}<div>${words(b.date)}</div></div>`;
    case 'note':
      return `<p class="note">${words(b.text)}</p>`;
    case 'banji': {
      // 版记: 抄送 above the 印发机关 and date, as the PDF prints them (GB/T 9704 §7.4).
      const cc = b.cc ? `<p class="cc">抄送：${words(b.cc)}。</p>` : '';
      const printed = b.printer && b.printDate ? `<div class="banji"><span>${esc(b.printer)}</span><span>${words(b.printDate)}印发</span></div>` : '';
      return cc || printed ? `${cc}${printed}` : '';
    }
    case 'form-meta':
      return `<p>${b.items.map(words).join('　')}</p>`;
  }
}

export function reportHtml(doc: DocumentModel): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${doc.blocks.map(block).filter(Boolean).join('\n')}
<p class="privacy">本报告只含统计数字，不含任何人员的姓名和案件经过。</p>
</body>
</html>
`;
}
