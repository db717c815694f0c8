/**
 * Bar charts as SVG made when the report is made: no script is needed to see them, and they
 * read in print and in black and white. Each row is a category with two bars, this period
 * (solid) and the previous one (hatched), each with its number written beside it; the legend
 * says which is which in words, not only by colour.
 */
export interface ChartRow {
  label: string;
  value: number;
  previous: number;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WIDTH = 580;
const LABEL = 150;
const BAR = 11;
const ROW = 2 * BAR + 12;
const TOP = 28;

/** A horizontal bar chart of `rows`, titled, sized to the width of the type area; `id` keeps its pattern's id unique on the page. */
export function barChart(id: string, title: string, rows: readonly ChartRow[], legend: { current: string; previous: string }): string {
  const hatch = `${id}-hatch`;
  const max = Math.max(1, ...rows.flatMap((r) => [r.value, r.previous]));
  const span = WIDTH - LABEL - 40;
  const height = TOP + rows.length * ROW + 8;
  const bar = (y: number, value: number, fill: string) => {
    const w = Math.max(value > 0 ? 2 : 0, Math.round((value / max) * span));
    return `<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" fill="${fill}" stroke="#000" stroke-width="0.6"/><text x="${LABEL + w + 4}" y="${y + BAR - 2}" font-size="10">${value}</text>`;
  };
  const body = rows
    .map((r, i) => {
      const y = TOP + i * ROW;
      return `<text x="${LABEL - 6}" y="${y + BAR + 3}" font-size="11" text-anchor="end">${esc(r.label)}</text>${bar(y, r.value, '#333')}${bar(y + BAR + 1, r.previous, `url(#${hatch})`)}`;
    })
    .join('');
  const key = `<rect x="${LABEL}" y="6" width="14" height="9" fill="#333"/><text x="${LABEL + 18}" y="14" font-size="10">${esc(legend.current)}</text><rect x="${LABEL + 120}" y="6" width="14" height="9" fill="url(#${hatch})" stroke="#000" stroke-width="0.6"/><text x="${LABEL + 138}" y="14" font-size="10">${esc(legend.previous)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${esc(title)}" font-family="serif">`,
    `<title>${esc(title)}</title>`,
    `<defs><pattern id="${hatch}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#000" stroke-width="1.2"/></pattern></defs>`,
    key,
    body,
    '</svg>',
  ].join('');
}
