/**
 * What each act of the record falls under (Art. 8), from its kind and its targets.
 *
 *   第八条 公安民警在依法履行职责、行使职权过程中或因依法履行职责、行使职权遇到以下情形的，各级公安机关
 *   维权办应当积极督导维护公安民警执法权威工作的开展：（一）受到暴力袭击的；…（六）本人及其近亲属受到
 *   威胁、恐吓、侮辱、谩骂、诽谤、骚扰的；（七）本人及其近亲属受到诬告陷害、打击报复的；（八）本人及其
 *   近亲属个人隐私被侵犯的；…（十）执法权威受到侵犯的其他情形。
 *
 * A kind's items are the editors' reading of its words (policy/editorial/acts.yaml). Two readings
 * follow from the text itself:
 * - only items（六）（七）（八）name the officer's near relatives (their words hold 近亲属): an act
 *   against a near relative falls under those; harm to a relative's person or property because of
 *   the officer's duty is 打击报复（七）, and anything else of theirs（十）;
 * - harm to the person or property of an officer because of duty, after the fact, is retaliation:
 *   打击报复（七） besides the kind's own item (an arson attempt on an officer's home);
 * - （十） is "执法权威受到侵犯的其他情形": an act another item already names is not also（十）.
 */
import type { PolicyModel } from '../../policy/model.ts';
import { itemsOf } from '../../policy/query.ts';
import { entries, isoDate, text, type Obj } from '../read.ts';
import { coverageOf, isLink } from './people.ts';
import type { ActFacts, PersonFacts, TargetFacts } from './types.ts';

const RETALIATION = 'art_8__item_7';
const OTHER = 'art_8__item_10';
const ART_11 = 'art_11__para_1';

/** Art. 11's words for harm to the person or property (人身、财产受到侵害), as acts.yaml ties kinds to them. */
const HARM_WORDS = new Set(['人身', '财产']);

const itemNumber = (eId: string) => Number(eId.slice(eId.lastIndexOf('_') + 1));
export const byItem = (a: string, b: string) => itemNumber(a) - itemNumber(b);

/** The Art. 8 items whose words name the officer's near relatives:（六）（七）（八）. */
function relativeItems(model: PolicyModel): ReadonlySet<string> {
  let found = RELATIVE_ITEMS.get(model);
  if (!found) RELATIVE_ITEMS.set(model, (found = new Set(itemsOf(model, 'art_8').filter((i) => i.text.includes('近亲属')).map((i) => i.eId))));
  return found;
}
const RELATIVE_ITEMS = new WeakMap<PolicyModel, ReadonlySet<string>>();

/** What each kind of act engages, read once per model: its provisions, its Art. 8 items, whether it harms person or property. */
interface KindReading {
  engages: ReadonlySet<string>;
  base: readonly string[];
  harms: boolean;
}
const KINDS = new WeakMap<PolicyModel, ReadonlyMap<string, KindReading>>();

function kindsOf(model: PolicyModel): ReadonlyMap<string, KindReading> {
  let table = KINDS.get(model);
  if (!table) {
    table = new Map(
      Object.entries(model.editorial.acts ?? {}).map(([kind, { provisions }]) => {
        const engages = new Set(Object.keys(provisions));
        return [kind, { engages, base: [...engages].filter((e) => e.startsWith('art_8__item_')), harms: HARM_WORDS.has(provisions[ART_11] ?? '') }];
      }),
    );
    KINDS.set(model, table);
  }
  return table;
}

export function readActs(data: Obj, byId: ReadonlyMap<string, PersonFacts>, model: PolicyModel): ActFacts[] {
  const kinds = kindsOf(model);
  const forRelatives = relativeItems(model);
  const out: ActFacts[] = [];
  for (const [index, act] of entries(data.acts)) {
    const kind = text(act.kind);
    const date = isoDate(act.date);
    const reading = kind === undefined ? undefined : kinds.get(kind);
    if (!kind || !reading || !date) continue;
    const { engages, base, harms } = reading;
    const targets: TargetFacts[] = [];
    const items = new Set<string>();
    for (const [, t] of entries(act.targets)) {
      const id = text(t.person);
      if (!id || !isLink(t.link)) continue;
      const person = byId.get(id);
      const coverage = coverageOf(person, t.link, t, byId, model);
      targets.push({ person: id, link: t.link, coverage });
      if (!coverage.covered) continue;
      if (person?.category === '亲属') {
        const own = base.filter((e) => forRelatives.has(e));
        for (const e of own.length ? own : [harms ? RETALIATION : OTHER]) items.add(e);
      } else {
        for (const e of base) items.add(e);
        if (t.link === '因履职' && harms) items.add(RETALIATION);
      }
    }
    if (items.size > 1) items.delete(OTHER);
    const time = text(act.time);
    out.push({
      index,
      id: text(act.id) ?? '',
      kind,
      at: time ? { date, time } : { date },
      online: act.online === true,
      engages,
      targets,
      covered: targets.some((t) => t.coverage.covered),
      items: [...items].sort(byItem),
    });
  }
  return out;
}
