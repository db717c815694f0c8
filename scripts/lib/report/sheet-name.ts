/**
 * The ledger's sheet names, one per unit. Excel allows 31 characters (UTF-16 units), none of
 * : \ / ? * [ ], no apostrophe first or last, not "History", and no two names that differ only in
 * case; exceljs throws in English on each of these. A unit's name is made to fit, and a name
 * already taken gets （2）, （3）…; the sheet's title row keeps the unit's full name. What steers a
 * terminal or no XML may hold goes too: the one list of it is cli/printable.ts.
 */
import { unsafeCharacters } from '../cli/printable.ts';

const MAX = 31;
const FORBIDDEN = new RegExp(`[[\\]:*?/\\\\]|${unsafeCharacters().source}`, 'gu');

/** The longest start of `text` (whole characters) within `max` UTF-16 units, with no apostrophe at its end. */
function fit(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.replace(/'+$/, '');
}

/** How Excel compares sheet names: case ignored. */
const fold = (name: string) => name.normalize('NFC').toLowerCase();

/** Sheet names for the units, in their order: each valid in Excel and unique whatever the case. */
export function sheetNames(units: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const unit of units) {
    let base = unit.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim() || '单位';
    if (fold(base) === 'history') base = `${base}（单位）`;
    let name = fit(base, MAX) || '单位';
    for (let k = 2; taken.has(fold(name)); k++) name = `${fit(base, MAX - `（${k}）`.length)}（${k}）`;
    taken.add(fold(name));
    names.set(unit, name);
  }
  return names;
}
