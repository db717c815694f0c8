/**
 * What the validator reads a case record to mean: who is protected and on what basis, which Art. 8
 * items and Art. 17 items the acts fall under, which duties the facts set off, and the moments
 * the timing of those duties runs from. Derived once per case (facts/index.ts) from what the
 * record says happened; rules, duties, documents and the report read this and never re-derive.
 */
/** An eId of a provision of the Measures (art_17__item_3). */
type EId = string;

import type { Person } from '../schema-types.ts';

/** The categories of person a case records: the schema's list, generated from policy/editorial/persons.yaml. */
export type Category = Person['category'];
export type Link = '在履职中' | '因履职' | '非工作时间先期处置' | '协助民警' | '与履职无关';

/** A moment a record gives: a date, and the time of day when it gives one. */
export interface Moment {
  date: string;
  time?: string;
}

/** Why the Measures cover — or do not cover — one person for one act. */
export type CoverageReason =
  /** 民警 during or because of lawful duty (Art. 8 ¶1). */
  | 'duty'
  /** 民警 off duty, in an emergency within duty, identified, acting first (Art. 31). */
  | 'off-duty'
  /** Off duty without all of Art. 31's facts. */
  | 'off-duty-unmet'
  /** 警务辅助人员, 学员 or other staff while assisting an officer (Art. 33). */
  | 'assisting'
  /** One of them not assisting an officer (alone, off duty, retaliation afterwards). */
  | 'not-assisting'
  /** Harm with no link to lawful duty. */
  | 'unlinked'
  /** A near relative of an officer, harmed because of the officer's duty (Arts. 3, 8, 11, 32). */
  | 'near-relative'
  /** A relative outside Art. 32's closed list. */
  | 'not-near-relative'
  /** A relative of someone the Measures do not protect as an officer. */
  | 'relative-of-non-officer';

export interface Coverage {
  covered: boolean;
  reason: CoverageReason;
  /** The provision the reading rests on. */
  article: EId;
  /** 适用 (an officer, a near relative), 遵照 or 参照 (Art. 33). */
  basis?: '适用' | '遵照' | '参照';
}

/** A person of the record, read. */
export interface PersonFacts {
  id: string;
  index: number;
  name: string;
  category: Category;
  /** 亲属 only: the relation, whose person, and the Art. 32 word it counts as (undefined: no near relative). */
  relation?: string;
  of?: string;
  near?: string;
  /** Whether any act covered them. */
  covered: boolean;
  /** The first basis they are covered on (遵照 / 参照 for Art. 33), when covered. */
  basis?: '适用' | '遵照' | '参照';
}

export interface TargetFacts {
  person: string;
  link: Link;
  coverage: Coverage;
}

/** An act of the record, read. */
export interface ActFacts {
  index: number;
  id: string;
  kind: string;
  at: Moment;
  online: boolean;
  /** The provisions the kind engages (policy/editorial/acts.yaml). */
  engages: ReadonlySet<EId>;
  targets: TargetFacts[];
  /** Some target is covered. */
  covered: boolean;
  /** The Art. 8 items this act falls under, for its covered targets. */
  items: EId[];
}

export type Degree = '轻微伤' | '轻伤二级' | '轻伤一级' | '重伤二级' | '重伤一级' | '尚未鉴定';

export interface Harm {
  person: string;
  kind: '受伤' | '死亡' | '财产损失';
  degree?: Degree;
  amount?: number;
  date?: string;
  /** The consequence's index in the record. */
  index: number;
}

/** The case-level circumstances the record states as consequences. */
export interface Circumstances {
  adverseImpact: boolean;
  publicOpinion: boolean;
  massIncident: boolean;
  suddenSensitive: boolean;
  crossRegion: boolean;
}

export interface CaseFacts {
  people: PersonFacts[];
  /** People by id (the first of a repeated id). */
  byId: ReadonlyMap<string, PersonFacts>;
  acts: ActFacts[];
  /** Some act covers someone: the Measures apply to the case. */
  applies: boolean;
  /** Protected persons (not relatives) that some act covers, in record order. */
  protectedCovered: PersonFacts[];
  /** Art. 8 items of the case: those of its covered acts, and (九) from the discipline records. */
  art8: EId[];
  /** The date each of those items was first shown by the record (an act's date; for (九) the verification or review). */
  art8Since: ReadonlyMap<EId, string>;
  /** Each covered person's first covered act: the moment duties owed to them arise. */
  firstHarmed: ReadonlyMap<string, Moment>;
  /** Injuries, deaths and property losses of covered persons. */
  harms: Harm[];
  circumstances: Circumstances;
  /** Art. 17's items the case falls under (whether its office must report up depends on the office's level). */
  art17: EId[];
  /** Art. 33 extends Art. 17（一） (民警伤亡) to the person: its basis, when that is the only ground. */
  art17Basis?: '遵照' | '参照';
  /** Art. 29（一） 重大案事件: a death, a 重伤, or Art. 17（二）. */
  major: boolean;
  /** When it became one: the first death, 重伤 or attack on a police organ (its 第一时间 runs from then, or from when the office knew, if later). */
  majorSince?: Moment;
  /** The first moment of the incident: its earliest act (or the incident's date). */
  incidentAt: Moment;
  /** When the office first knew of it (opened.learnedOn), when recorded. */
  learnedAt?: Moment;
  /** The 处理 stage of the ledger, when reached (the case is closed). */
  closedOn?: string;
  /** The duties' triggers, each the persons or acts that set it off. */
  triggers: Triggers;
}

export interface Triggers {
  /** Art. 7（一）: protected persons covered. */
  comfortVisit: string[];
  /** Art. 7（二）: persons with an injury of 轻伤 or worse, or not yet assessed. */
  medicalCare: string[];
  /** Art. 7（二）: of those, the ones alive (crisis intervention is for the living). */
  crisisSupport: string[];
  /** Art. 7（二）: injured or killed in work (在履职中, 先期处置, 协助民警). */
  injuryInsurance: string[];
  /** Art. 7（三）: public opinion: media hype, online spread, 负面舆情. */
  opinion: boolean;
  /** Art. 7（四）: a sudden or sensitive incident. */
  sudden: boolean;
  /** Art. 7（七）, Art. 10: an offence (a criminal or public-order case). */
  offence: boolean;
  /** Art. 7（八）: online infringement. */
  online: boolean;
  /** Art. 9: protected persons with a personal or property loss (for one who died, their family is helped). */
  litigation: string[];
  /** Art. 11: the living persons threatened, harassed, stalked or harmed in person or property (protection is for the living). */
  protection: string[];
  /** Art. 11: someone was threatened, harassed, stalked or harmed, living or dead: the offender answers for it. */
  offenderAccountable: boolean;
  /** Art. 12: a news medium's malicious hype or false report. */
  media: boolean;
  /** Art. 13: calumny, defamation or insult with a grave effect. */
  defamation: boolean;
  /** Art. 14: the officer could not handle it on the scene. */
  sceneReport: boolean;
}
