/**
 * The figures as a report may publish them: the breakdowns that place or describe people (by
 * 承办单位, level and category of person; the harms) protected against small cells
 * (disclosure.ts), the same way for the JSON, the HTML and the PDF, so no output shows a cell
 * another withholds. Every other figure is published as figures.ts counts it.
 */
import type { PolicyModel } from '../policy/model.ts';
import { RELATIVE } from './facts.ts';
import type { Figures } from './figures.ts';
import { OTHER, protect, protectCount, SMALL_CELL, type Protected } from './disclosure.ts';

type Pair = [number | null, number | null];

export interface Disclosed {
  threshold: number;
  /** Each breakdown for this period and for the same period a year earlier, each protected on its own. */
  byUnit: [Protected, Protected];
  byLevel: [Protected, Protected];
  byPerson: [Protected, Protected];
  harm: { injured: Pair; killed: Pair; propertyCases: Pair; propertyYuan: Pair };
  /** The JSON fields in which a cell was merged or withheld (byUnit, previous.byUnit, harm.injured …). */
  withheld: string[];
}

const LEVELS = ['自治区', '盟市', '旗县'];

/** The categories in the order persons.yaml gives them, a near relative as 近亲属 (facts.ts). */
const personOrder = (model: PolicyModel) => Object.keys(model.editorial.persons ?? {}).map((c) => (c === '亲属' ? RELATIVE : c));

function breakdown(record: Record<string, number>, order: readonly string[] | undefined, k: number): Protected {
  const keys = Object.keys(record).filter((key) => record[key]! > 0);
  const sorted = order ? [...order.filter((x) => keys.includes(x)), ...keys.filter((x) => !order.includes(x)).sort()] : keys.sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return protect(sorted.map((key) => [key, record[key]!]), k);
}

const both = (current: Figures, previous: Figures, pick: (f: Figures) => Record<string, number>, order: readonly string[] | undefined, k: number): [Protected, Protected] => [
  breakdown(pick(current), order, k),
  breakdown(pick(previous), order, k),
];

export function disclose(current: Figures, previous: Figures, model: PolicyModel, k = SMALL_CELL): Disclosed {
  const pair = (a: number, b: number): Pair => [protectCount(a, k), protectCount(b, k)];
  const loss = (f: Figures) => (protectCount(f.harm.propertyLoss.cases, k) === null ? null : f.harm.propertyLoss.yuan);
  const out: Disclosed = {
    threshold: k,
    byUnit: both(current, previous, (f) => f.byUnit, undefined, k),
    byLevel: both(current, previous, (f) => f.byLevel, LEVELS, k),
    byPerson: both(current, previous, (f) => f.byPerson, personOrder(model), k),
    harm: {
      injured: pair(current.harm.injured, previous.harm.injured),
      killed: pair(current.harm.killed, previous.harm.killed),
      propertyCases: pair(current.harm.propertyLoss.cases, previous.harm.propertyLoss.cases),
      propertyYuan: [loss(current), loss(previous)],
    },
    withheld: [],
  };
  const fields = { byUnit: out.byUnit, byLevel: out.byLevel, byPerson: out.byPerson, 'harm.injured': out.harm.injured, 'harm.killed': out.harm.killed, 'harm.propertyLoss': out.harm.propertyCases };
  for (const column of [0, 1] as const) {
    for (const [field, value] of Object.entries(fields)) {
      const cell = value[column];
      if (cell === null || (typeof cell === 'object' && cell.merged.length > 0)) out.withheld.push(column === 0 ? field : `previous.${field}`);
    }
  }
  return out;
}

/** A breakdown as the JSON report gives it: the named cells, and 其他 when cells were merged. */
export function breakdownJson(b: Protected): Record<string, number | null> {
  const out: Record<string, number | null> = Object.fromEntries(b.named);
  if (b.merged.length > 0) out[OTHER] = b.other;
  return out;
}
