/**
 * --format html: the report as one self-contained file. It opens from a USB stick or an
 * intranet share with no network and no script: styles and charts are inside it, and nothing
 * it shows needs JavaScript. The same document model as the PDF, so the same words.
 */
import type { ReportDocument } from './document.ts';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
body { font-family: "FangSong", "仿宋", "STFangsong", serif; font-size: 16pt; line-height: 1.75; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 1.5em 0 1em; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 0; }
p { text-indent: 2em; margin: 0; }
p.addressees { text-indent: 0; margin-bottom: 0.5em; }
p.note { margin-top: 1em; }
p.docno { text-indent: 0; display: flex; justify-content: space-between; padding: 0 1em; border-bottom: 2px solid #c00; }
.signoff { text-align: right; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; margin: 0.75em 0; font-size: 12pt; line-height: 1.5; }
caption { font-size: 12pt; text-align: center; margin-bottom: 0.25em; }
th, td { border: 1px solid #000; padding: 0.2em 0.5em; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; }
figure { margin: 0.75em 0; break-inside: avoid; }
figcaption { font-size: 12pt; text-align: center; }
.privacy { font-size: 10.5pt; color: #333; border-top: 1px solid #000; margin-top: 2em; padding-top: 0.5em; text-indent: 0; }
@media print { body { margin: 0; max-width: none; } table, figure { break-inside: avoid; } }
`;

export function reportHtml(doc: ReportDocument): string {
  const body = doc.blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h2>${esc(b.text)}</h2>`;
        case 'p':
          return `<p>${esc(b.text)}</p>`;
        case 'table': {
          const numeric = (i: number) => b.rows.every((r) => /^\d+$/.test(r[i] ?? ''));
          const cls = (i: number) => (numeric(i) ? ' class="n"' : '');
          const head = b.head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('');
          const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join('')}</tr>`).join('');
          return `<table><caption>${esc(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
        }
        case 'chart':
          return `<figure>${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
      }
    })
    .join('\n');
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
<p class="docno"><span>${esc(doc.docNumber)}</span><span>签发人：${esc(doc.signer || '\u3000'.repeat(4))}</span></p>
<h1>${esc(doc.title)}</h1>
<p class="addressees">${esc(doc.addressees.join('、'))}：</p>
${body}
<div class="signoff"><div>${esc(doc.issuer || '（发文机关）')}</div><div>${esc(doc.date)}</div></div>
<p class="note">（${esc(doc.note)}）</p>
<p class="privacy">本报告只含统计数字，不含任何人员的姓名和案件经过。</p>
</body>
</html>
`;
}
