/**
 * Which cases a unit's report covers: its own and those of the units under it. The 公安厅 covers
 * every organ of the region; a 盟市 公安局 itself and its 旗县区 (their 公安局 and the 分局 named after
 * them); a 旗县区 organ, and 呼铁, 大林 or 树林, only itself (with its own stations and departments).
 * A case of any other organ is left out, and so is one whose unit cannot be placed: counted under
 * a guess it could swell another office's figures. Both are listed, so a clerk can correct a name.
 */
import { placeOf, type Place } from './organs.ts';

type Decision =
  /** Counted, under the organ's full name (the same organ however the file spells it). */
  | { counted: true; organ: string }
  | { counted: false; reason: 'other-unit' | 'unknown-unit' };

export interface Scope {
  /** The reporting unit as named in its set-up file; undefined when none was given (every case counts). */
  unit?: string;
  /** Where the reporting unit stands; undefined when its name places it nowhere (only that exact name counts). */
  place?: Place;
  decide(caseUnit: string): Decision;
}

function covers(reporting: Place, organ: Place): boolean {
  switch (reporting.kind) {
    case 'region':
      return true;
    case 'league':
      return (organ.kind === 'league' || organ.kind === 'county') && organ.league === reporting.league;
    case 'county':
      return organ.kind === 'county' && organ.county === reporting.county && organ.league === reporting.league;
    case 'direct':
      return organ.kind === 'direct' && organ.unit === reporting.unit;
  }
}

/** The scope of a report by `unit` (its set-up file's name), or of a report of every case given. */
export function scopeOf(unit: string | undefined): Scope {
  const memo = new Map<string, Decision>();
  const place = unit === undefined ? undefined : placeOf(unit);
  const judge = (caseUnit: string): Decision => {
    const organ = placeOf(caseUnit);
    if (unit === undefined) return { counted: true, organ: organ?.name ?? caseUnit };
    if (!place) return caseUnit.trim() === unit.trim() ? { counted: true, organ: unit } : { counted: false, reason: organ ? 'other-unit' : 'unknown-unit' };
    if (!organ) return { counted: false, reason: 'unknown-unit' };
    return covers(place, organ) ? { counted: true, organ: organ.name } : { counted: false, reason: 'other-unit' };
  };
  return {
    ...(unit !== undefined ? { unit } : {}),
    ...(place ? { place } : {}),
    decide(caseUnit) {
      let decision = memo.get(caseUnit);
      if (!decision) memo.set(caseUnit, (decision = judge(caseUnit)));
      return decision;
    },
  };
}
