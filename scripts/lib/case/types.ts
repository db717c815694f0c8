/**
 * The shape of a case file and a unit set-up file, as TypeScript types for the code that
 * reads them (rules, forms). schemas/case.schema.json and schemas/unit.schema.json are the
 * authority: they carry the Chinese titles, descriptions and article citations; keep these
 * names in step with them (and with briefs/case-contract.md, which the forms build against).
 */

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;
/** An eId of a provision of the Measures, e.g. "art_8__item_6". */
export type EId = string;

export type UnitLevel = '自治区' | '盟市' | '旗县';
export type OfficerRole = '民警' | '警务辅助人员' | '公安院校学员' | '其他公安机关工作人员';
export type NearRelation = '夫' | '妻' | '父' | '母' | '子' | '女' | '同胞兄弟姊妹';
export type LedgerStage = '立案' | '调查' | '处理';
export type Fault = '故意或严重' | '轻微过失' | '执法瑕疵' | '紧急情形误判' | '主动纠正';
export type Treatment = '从严' | '从轻' | '减轻' | '免除' | '不予减免';
export type SanctionMeasure = '警告' | '记过' | '记大过' | '降级' | '撤职' | '开除' | '辞退';
export type ConditionArticle = 'art_21' | 'art_22' | 'art_23' | 'art_24';

export interface Case {
  $schema?: string;
  id: string;
  unit: { name: string; level: UnitLevel };
  opened: { by: '申请' | '主动启动'; date: IsoDate; lead?: string };
  applicant?: { kind: '本人' | '近亲属' | '所在单位'; name: string; relation?: NearRelation; unitName?: string; phone?: string };
  officer: Officer;
  incident: { date: IsoDate; place: string; summary: string; online?: boolean; media?: boolean };
  circumstances: { item: EId; description?: string }[];
  victims: { name: string; kind: '民警本人' | '近亲属'; relation?: NearRelation }[];
  handlers: { name: string; role: string; isVictim?: boolean; relationToVictim?: string }[];
  harm?: { injured: boolean; killed: boolean; injuries?: string; propertyLoss?: number };
  escalation?: {
    facts: { casualties: boolean; organAttackedOrMassIncident: boolean; crossRegion: boolean; officeDecided: boolean };
    reports?: { date: IsoDate; from: string; to: string; summary?: string }[];
  };
  ledger: { stage: LedgerStage; date: IsoDate; note?: string }[];
  misconductTransfer?: { date: IsoDate; to: string; summary: string };
  exemptionClaims?: ExemptionClaim[];
  liabilityDecisions?: LiabilityDecision[];
  sanctions?: Sanction[];
  corrections?: Correction[];
  nameClearing?: NameClearing;
}

export interface Officer {
  name: string;
  policeNumber?: string;
  role: OfficerRole;
  unit: string;
  position?: string;
  onDuty: boolean;
  offDuty?: { emergencyWithinDuty: boolean; identifiedSelf: boolean; harmDuringFirstResponse: boolean };
}

export type ExemptionClaim =
  | { article: ConditionArticle; scenario?: string; conditions: { item: EId; met: boolean | null; fact?: string }[] }
  | { article: 'art_25'; grounds: { item: EId; fact: string }[] };

export interface LiabilityDecision {
  id: string;
  date: IsoDate;
  decidedBy: string;
  grounds: string[];
  fault: Fault;
  treatment: Treatment;
}

export interface Sanction {
  id: string;
  date: IsoDate;
  decidedBy: string;
  measure: SanctionMeasure;
  appeal?: { date: IsoDate; reviewedOn?: IsoDate; outcome?: '维持' | '不当'; revisedMeasure?: SanctionMeasure; opinion?: string };
}

export interface Correction {
  id: string;
  orderedOn: IsoDate;
  deadline: IsoDate;
  department: string;
  matter: string;
  correctedOn?: IsoDate;
}

export interface NameClearing {
  complaintReceivedOn: IsoDate;
  provedOn?: IsoDate;
  finding: '诬告' | '陷害' | '诽谤';
  scope?: string;
  noticeIssuedOn?: IsoDate;
  infringerTransferredTo?: string;
}

export interface Unit {
  $schema?: string;
  name: string;
  level: UnitLevel;
  shortName?: string;
  documentPrefix: string;
  /** 签发人 of upward documents (the escalation report). */
  signer?: string;
  sealText: string;
  issuerMark: string;
  committee: {
    director: { name: string; post: string };
    deputies: { name: string; post: string }[];
    members: { name: string; department: string }[];
  };
  office: { director: string; department: string };
  lawyers: { name: string; firm?: string }[];
  address?: string;
  phone?: string;
}
