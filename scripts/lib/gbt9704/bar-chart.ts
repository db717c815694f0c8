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

/** A chart as data, in a document model; drawn by barChartSvg wherever it is shown. */
export interface BarChart {
  /** Unique on the page (its hatch pattern's id is made from it). */
  id: string;
  title: string;
  rows: ChartRow[];
  legend: { current: string; previous: string };
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Drawn 480 units wide and scaled to the 版心 (156 mm): a unit is about 0.33 mm, so 10 units print at about 9 pt. */
const WIDTH = 480;
const BAR = 9;
/** The two bars of a row stand this far apart, so that their numbers never touch (two zeros, one over the other). */
const PAIR_GAP = 6;
const ROW = 2 * BAR + PAIR_GAP + 6;
const TOP = 28;
const LABEL_SIZE = 11;
const NUMBER_SIZE = 10;

/** About how wide a text is drawn, in units of its size: a Chinese character 1, a digit or Latin letter about 0.55. */
const ems = (text: string) => [...text].reduce((w, c) => w + (/[\u0000-\u024f]/u.test(c) ? 0.55 : 1), 0);

/** A horizontal bar chart of its rows, titled, as wide as its container; every word in it is escaped. */
export function barChartSvg({ id, title, rows, legend }: BarChart): string {
  const hatch = `${id}-hatch`;
  const max = Math.max(1, ...rows.flatMap((r) => [r.value, r.previous]));
  // The bars start where the longest label ends; the room for each bar's number is kept at its end.
  const label = Math.ceil(Math.max(2, ...rows.map((r) => ems(r.label))) * LABEL_SIZE) + 10;
  const span = WIDTH - label - 6 - Math.ceil(ems(String(max)) * NUMBER_SIZE);
  const height = TOP + rows.length * ROW + 8;
  const bar = (y: number, value: number, fill: string) => {
    const w = Math.max(value > 0 ? 2 : 0, Math.round((value / max) * span));
    return `<rect x="${label}" y="${y}" width="${w}" height="${BAR}" fill="${fill}" stroke="#000" stroke-width="0.6"/><text x="${label + w + 4}" y="${y + BAR - 2}" font-size="${NUMBER_SIZE}">${value}</text>`;
  };
  const body = rows
    .map((r, i) => {
      const y = TOP + i * ROW;
      return `<text x="${label - 6}" y="${y + BAR + PAIR_GAP / 2 + 4}" font-size="${LABEL_SIZE}" text-anchor="end">${esc(r.label)}</text>${bar(y, r.value, '#333')}${bar(y + BAR + PAIR_GAP, r.previous, `url(#${hatch})`)}`;
    })
    .join('');
  // The legend: each swatch followed by its words, the second after the first's words end.
  const second = label + 18 + Math.ceil(ems(legend.current) * 10) + 16;
  const key = `<rect x="${label}" y="6" width="14" height="9" fill="#333"/><text x="${label + 18}" y="14" font-size="10">${esc(legend.current)}</text><rect x="${second}" y="6" width="14" height="9" fill="url(#${hatch})" stroke="#000" stroke-width="0.6"/><text x="${second + 18}" y="14" font-size="10">${esc(legend.previous)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${esc(title)}" font-family="serif">`,
    `<title>${esc(title)}</title>`,
    `<defs><pattern id="${hatch}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#000" stroke-width="1.2"/></pattern></defs>`,
    key,
    body,
    '</svg>',
  ].join('');
}
