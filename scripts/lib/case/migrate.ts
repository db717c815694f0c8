/**
 * Version 1 case files (conclusions: an Art. 8 item number, onDuty, booleans such as
 * escalation.facts.casualties, one officer) rewritten as version 2 records of facts (people, acts,
 * consequences, actions). Every v1 fact is kept: what v1 stated as a conclusion is kept as the
 * clerk's classification (classification.art8) for the validator to check against the facts.
 * Where v1 does not say what v2 asks (which verb of Art. 8 （六）, whether a harm came during duty
 * or because of it), the most likely reading is written and a note says so, for the clerk to check.
 */
import { entries, isoDate, record, text, type Obj } from './read.ts';

interface MigrationNote {
  /** Where in the v2 record the guess or the gap is (a JSON pointer). */
  path: string;
  /** What was inferred or left, in Chinese. */
  message: string;
}

export interface Migrated {
  data: Obj;
  notes: MigrationNote[];
}

/** A file that is a version 1 case: no schemaVersion, and v1's own fields. */
export function isVersion1(data: unknown): boolean {
  const d = record(data);
  return d.schemaVersion === undefined && (d.officer !== undefined || d.circumstances !== undefined || d.victims !== undefined);
}

/** v1's relation words and v2's relations (relations.yaml); v1 accepted Art. 32's seven words only, its fixtures a few more. */
const RELATIONS: Record<string, string> = {
  夫: '夫', 妻: '妻', 父: '父', 母: '母', 子: '子', 女: '女', 同胞兄弟姊妹: '同胞兄弟姊妹',
  祖父: '祖父母或外祖父母', 祖母: '祖父母或外祖父母', 外祖父: '祖父母或外祖父母', 外祖母: '祖父母或外祖父母',
  岳父: '岳父母或公婆', 岳母: '岳父母或公婆', 公公: '岳父母或公婆', 婆婆: '岳父母或公婆',
  孙子: '孙子女或外孙子女', 孙女: '孙子女或外孙子女', 儿媳: '儿媳或女婿', 女婿: '儿媳或女婿',
  养父: '养父', 养母: '养母', 养子: '养子', 养女: '养女',
};

const ITEM_KIND: Record<number, string> = { 1: '暴力袭击', 2: '车辆冲撞碾轧拖拽剐蹭', 3: '聚众哄闹围堵冲击阻碍', 4: '扣押撕咬拉扯推搡', 8: '侵犯隐私', 9: '错误追责', 10: '其他' };

/** Art. 8（五）（六）（七） each name several verbs: the one the incident's words point to. */
function kindOfItem(item: number, words: string, media: boolean): { kind: string; guessed: boolean } {
  const pick = (table: [RegExp, string][], fallback: string) => {
    const hit = table.find(([re]) => re.test(words));
    return { kind: hit ? hit[1] : fallback, guessed: true };
  };
  if (item === 5) return media ? { kind: '新闻媒体恶意炒作或失实报道', guessed: true } : pick([[/炒作|传播|剪辑|网上|网络/u, '恶意炒作']], '恶意投诉');
  if (item === 6) return pick([[/威胁|恐吓/u, '威胁恐吓'], [/侮辱|谩骂|辱骂|骂/u, '侮辱谩骂'], [/诽谤|造谣|谣言/u, '诽谤'], [/骚扰/u, '骚扰']], '威胁恐吓');
  if (item === 7) return pick([[/诬告|陷害|举报|控告/u, '诬告陷害']], '打击报复');
  return { kind: ITEM_KIND[item] ?? '其他', guessed: false };
}

/** Art. 8 items that happen on the scene while the officer acts. */
const ON_SCENE = new Set([1, 2, 3, 4, 10]);
/** Items that name the officer's near relatives. */
const WITH_RELATIVES = new Set([6, 7, 8]);

const DEGREES: [RegExp, string][] = [
  [/重伤一级/u, '重伤一级'], [/重伤二级/u, '重伤二级'], [/重伤/u, '重伤二级'],
  [/轻伤一级/u, '轻伤一级'], [/轻伤二级/u, '轻伤二级'], [/轻微伤/u, '轻微伤'], [/轻伤/u, '轻伤二级'],
];

const defined = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function migrateV1(v1: Obj): Migrated {
  const notes: MigrationNote[] = [];
  const note = (path: string, message: string) => notes.push({ path, message });
  const officer = record(v1.officer);
  const incident = record(v1.incident);
  const harm = record(v1.harm);
  const escalation = record(v1.escalation);
  const facts = record(escalation.facts);
  const publicity = record(v1.publicity);
  const onScene = record(v1.onScene);
  const aftercare = record(v1.aftercare);
  const role = text(officer.role) ?? '民警';
  const words = `${text(incident.summary) ?? ''}${text(incident.place) ?? ''}`;

  // People: the officer, then each relative once (victims, and an applicant who is one).
  const people: Obj[] = [defined({ id: 'p1', name: officer.name, category: role, policeNumber: officer.policeNumber, unit: officer.unit, position: officer.position })];
  const relativeIds = new Map<string, string>();
  const addRelative = (name: unknown, relation: unknown, from: string) => {
    const key = String(name);
    if (relativeIds.has(key)) return relativeIds.get(key)!;
    const id = `p${people.length + 1}`;
    const word = typeof relation === 'string' ? RELATIONS[relation] : undefined;
    if (typeof relation === 'string' && !word) note(`/people/${people.length}/relation`, `第 1 版的关系“${relation}”无法对应，已写为“其他亲属”，请改为实际关系（${from}）`);
    if (relation === undefined) note(`/people/${people.length}/relation`, `第 1 版没有写明与民警的关系，已写为“其他亲属”，请改为实际关系（${from}）`);
    people.push({ id, name, category: '亲属', relation: word ?? '其他亲属', of: 'p1' });
    relativeIds.set(key, id);
    return id;
  };
  for (const [i, v] of entries(v1.victims)) {
    if (v.kind === '近亲属') addRelative(v.name, v.relation, `受害人第${i + 1}人`);
    else if (text(v.name) !== text(officer.name)) note('/people/0', `第 1 版受害人第${i + 1}人“民警本人”的姓名与受保护人员不同，已按受保护人员记录，请核对`);
  }
  const applicantV1 = record(v1.applicant);
  let applicant: Obj | undefined;
  if (v1.applicant !== undefined) {
    if (applicantV1.kind === '所在单位') applicant = defined({ kind: '所在单位', name: applicantV1.name, unitName: applicantV1.unitName, phone: applicantV1.phone });
    else if (applicantV1.kind === '近亲属') applicant = defined({ kind: '近亲属', person: addRelative(applicantV1.name, applicantV1.relation, '申请人'), phone: applicantV1.phone });
    else applicant = defined({ kind: '本人', person: 'p1', phone: applicantV1.phone });
  }
  const relatives = [...relativeIds.values()].filter((id) => entries(v1.victims).some(([, v]) => v.kind === '近亲属' && relativeIds.get(String(v.name)) === id));

  // The link of the harm to duty, from onDuty and the Art. 31 facts.
  const offDuty = record(officer.offDuty);
  const linkFor = (item: number): Obj => {
    if (officer.onDuty === false) {
      if (offDuty.harmDuringFirstResponse === false) return { link: '与履职无关' };
      return { link: '非工作时间先期处置', emergencyWithinDuty: offDuty.emergencyWithinDuty === true, identifiedSelf: offDuty.identifiedSelf === true };
    }
    if (role !== '民警') return { link: '协助民警' };
    return { link: ON_SCENE.has(item) || (item === 6 && relatives.length === 0) ? '在履职中' : '因履职' };
  };
  if (officer.onDuty === false && offDuty.harmDuringFirstResponse === false) note('/acts', '第 1 版记录侵害不是在先期处置中发生，已写为“与履职无关”，请核对');
  if (role !== '民警' && officer.onDuty !== false) note('/acts', `受保护人员是${role}，已按“协助民警”记录与履职的关系；如果当时不是在协助民警执法，请改正（第三十三条）`);

  // Acts: one per v1 circumstance, the clerk's item kept as their classification.
  const acts: Obj[] = [];
  const items: string[] = [];
  for (const [i, c] of entries(v1.circumstances)) {
    const eId = text(c.item) ?? '';
    const item = Number(/__item_(\d+)$/.exec(eId)?.[1]);
    if (!item) continue;
    items.push(eId);
    const { kind, guessed } = kindOfItem(item, words, v1.incident !== undefined && incident.media === true);
    const path = `/acts/${acts.length}`;
    if (guessed) note(`${path}/kind`, `第 1 版记录为第八条第${'〇一二三四五六七八九十'[item]}项，已按经过推断为“${kind}”，请核对`);
    const link = linkFor(item);
    const targets = [{ person: 'p1', ...link }, ...(WITH_RELATIVES.has(item) ? relatives.map((person) => ({ person, link: link.link === '在履职中' ? '因履职' : link.link })) : [])];
    if (link.link === '在履职中' || link.link === '因履职') note(`${path}/targets/0/link`, `已按第 1 版的“在工作时间”推断与履职的关系为“${link.link}”，请核对`);
    const online = incident.online === true && !ON_SCENE.has(item);
    acts.push(defined({ id: `a${acts.length + 1}`, kind, date: incident.date, place: incident.place, ...(online ? { online: true } : {}), description: item === 10 ? (text(c.description) ?? text(incident.summary)) : undefined, targets }));
    void i;
  }
  if (incident.media === true && !acts.some((a) => a.kind === '新闻媒体恶意炒作或失实报道')) {
    note(`/acts/${acts.length}`, '第 1 版记录有媒体炒作，已补记一项“新闻媒体恶意炒作或失实报道”，请核对日期和对象');
    acts.push({ id: `a${acts.length + 1}`, kind: '新闻媒体恶意炒作或失实报道', date: incident.date, targets: [{ person: 'p1', link: '因履职' }] });
  }
  if (incident.online === true && !acts.some((a) => a.online === true)) {
    note('/acts', '第 1 版记录有网上侵害，但没有一项可在网上发生的情形，已把第一项行为记为发生在网上，请核对');
    if (acts[0]) acts[0].online = true;
  }

  // Consequences.
  const consequences: Obj[] = [];
  const injuries = text(harm.injuries);
  if (harm.injured === true) {
    const degree = DEGREES.find(([re]) => re.test(injuries ?? ''))?.[1];
    if (!degree) note(`/consequences/${consequences.length}/degree`, '第 1 版没有写明伤情鉴定结论，已写为“尚未鉴定”，请按鉴定结论填写');
    else if (!/(轻|重)伤[一二]级|轻微伤/u.test(injuries ?? '')) note(`/consequences/${consequences.length}/degree`, `第 1 版的伤情“${injuries}”没有写明级别，已写为“${degree}”，请按鉴定结论核对`);
    consequences.push(defined({ kind: '受伤', person: 'p1', act: acts[0]?.id, degree: degree ?? '尚未鉴定', description: injuries }));
  }
  if (harm.killed === true) consequences.push(defined({ kind: '死亡', person: 'p1', act: acts[0]?.id, description: harm.injured === true ? undefined : injuries }));
  if (typeof harm.propertyLoss === 'number' && harm.propertyLoss > 0) consequences.push({ kind: '财产损失', person: 'p1', amount: harm.propertyLoss });
  if (facts.casualties === true && harm.injured !== true && harm.killed !== true) {
    note(`/consequences/${consequences.length}`, '第 1 版记录“造成民警伤亡”，但没有伤亡的记录，已补记“受伤（尚未鉴定）”，请核对');
    consequences.push({ kind: '受伤', person: 'p1', degree: '尚未鉴定' });
  }
  const stated = (kind: string, flag: string) => {
    note(`/consequences/${consequences.length}/description`, `第 1 版记录为“${flag}”，已记为后果“${kind}”，请写明具体情况`);
    consequences.push({ kind, description: `（由第 1 版的“${flag}”迁移，待写明具体情况）` });
  };
  if (publicity.seriousImpact === true) stated('恶劣影响', '造成恶劣影响');
  if (facts.organAttackedOrMassIncident === true) stated('群体性事件', '公安机关被打砸冲击或形成群体性事件');
  if (facts.crossRegion === true) stated('跨区域', '跨区域');

  // Actions: the work v1 kept in aftercare, protection, publicity, onScene, investigation, escalation …
  const actions: Obj[] = [];
  const act = (kind: string, r: unknown, extra: Obj = {}) => {
    const o = record(r);
    if (!isoDate(o.date) && !extra.date) return;
    actions.push(defined({ kind, date: o.date, time: o.time, by: o.by, document: o.document, note: o.note, ...extra }));
  };
  for (const [, v] of entries(aftercare.visits)) act('抚助慰问', v, { person: 'p1' });
  act('医疗救治', aftercare.medicalCare, { person: 'p1' });
  act('心理危机干预', aftercare.psychologicalSupport, { person: 'p1' });
  act('工伤保险', aftercare.injuryInsurance, { person: 'p1' });
  act('表彰奖励', aftercare.commendation, { person: 'p1' });
  act('发放抚慰金', aftercare.comfortFund, { person: 'p1', amount: record(aftercare.comfortFund).amount });
  act('帮助诉讼', aftercare.litigationSupport, { person: 'p1', route: record(aftercare.litigationSupport).route });
  for (const [, m] of entries(record(v1.protection).measures)) act('保护措施', m, { person: 'p1' });
  if (relatives.length && record(v1.protection).measures !== undefined) note('/actions', '第 1 版的保护措施没有写明对象，已记为对受保护人员本人采取；对近亲属采取的，请改写对象');
  act('舆情引导', publicity.opinionGuided);
  act('网上处置', publicity.onlineHandled);
  act('澄清事实', publicity.mediaClarified);
  act('消除影响恢复名誉', publicity.reputationRestored);
  act('报告指挥中心', onScene.reportedToCommandCentre);
  if (onScene.evidenceCollected === true) {
    actions.push({ kind: '收集固定证据', date: incident.date, note: '（由第 1 版迁移，日期取事发日期）' });
    note(`/actions/${actions.length - 1}/date`, '第 1 版只记录了“收集固定证据”，没有日期，已取事发日期，请核对');
  }
  act('先期指挥处置', onScene.commandResponse);
  const investigation = record(v1.investigation);
  if (text(investigation.department)) {
    actions.push({ kind: '办理案件', date: v1.opened !== undefined ? record(v1.opened).date : incident.date, by: investigation.department });
    note(`/actions/${actions.length - 1}/date`, '第 1 版没有记录办案部门受理的日期，已取本办启动的日期，请核对');
  }
  act('反馈处理结果', investigation.resultFedBack, { by: record(investigation.resultFedBack).by ?? investigation.department });
  const reports = entries(escalation.reports);
  if (facts.officeDecided === true) {
    const date = text(reports[0]?.[1].date) ?? text(record(v1.opened).date);
    actions.push({ kind: '决定上报', date });
    note(`/actions/${actions.length - 1}/date`, '第 1 版记录“维权办认为需要上报”，没有决定日期，已取首次报告的日期，请核对');
  }
  for (const [, r] of reports) actions.push(defined({ kind: '逐级报告', date: r.date, time: r.time, from: r.from, to: r.to, toLevel: r.toLevel, reportKind: r.kind, summary: r.summary }));
  const legalReview = record(v1.legalReview);
  if (v1.legalReview !== undefined) act('专业审查', legalReview);
  const inquiry = record(v1.externalInquiry);
  const events: Obj[] = entries(v1.events).map(([, e]) => ({ ...e }));
  if (v1.externalInquiry !== undefined) {
    events.push(defined({ date: inquiry.date, kind: inquiry.by === '检察机关' ? '检察机关介入调查' : '纪检监察机关介入调查', subject: 'p1', by: inquiry.by }));
    act('提供论证意见', inquiry.opinionProvided);
    act('法律配合', inquiry.legalSupport);
  }
  if (v1.specialStudy !== undefined) act('专题研究', v1.specialStudy);

  // Handlers: isVictim and relationToVictim as relations to the people of the case.
  const handlers = entries(v1.handlers).map(([i, h]) => {
    const relations: Obj[] = [];
    if (h.isVictim === true) relations.push({ person: 'p1', relation: '本人' });
    const said = text(h.relationToVictim);
    if (said) {
      const word = RELATIONS[said];
      relations.push(defined({ person: 'p1', relation: word ?? '其他关系', note: word ? undefined : said }));
      if (!word) note(`/handlers/${i}/relations`, `第 1 版的“与受害人的关系”写作“${said}”，已记为“其他关系”，请核对`);
    }
    return defined({ name: h.name, role: h.role, relations: relations.length ? relations : undefined });
  });

  const withPerson = (list: unknown) => (Array.isArray(list) ? entries(list).map(([, e]) => ({ person: 'p1', ...e })) : undefined);
  const sanctions = Array.isArray(v1.sanctions)
    ? entries(v1.sanctions).map(([, s]) => {
        const appeal = record(s.appeal);
        const { reviewRequested: _dropped, ...kept } = appeal;
        return { person: 'p1', ...s, ...(s.appeal !== undefined ? { appeal: kept } : {}) };
      })
    : undefined;
  const single = (value: unknown) => (value === undefined ? undefined : { person: 'p1', ...record(value) });
  if (v1.nameClearing !== undefined) note('/nameClearing/complaintReceivedBy', '第 1 版没有记录受理检举控告的部门，请补写（正名通知书和移送材料的职责用它）');

  const v2: Obj = defined({
    $schema: v1.$schema,
    schemaVersion: 2,
    id: v1.id,
    unit: v1.unit,
    opened: v1.opened,
    applicant,
    people,
    incident: defined({ date: incident.date, place: incident.place, summary: incident.summary }),
    acts,
    consequences: consequences.length ? consequences : undefined,
    classification: items.length ? { art8: items } : undefined,
    scene: onScene.selfHandled === undefined ? undefined : defined({ selfHandled: onScene.selfHandled, handedOverTo: onScene.handedOverTo }),
    handlers,
    actions: actions.length ? actions : undefined,
    events: events.length ? events : undefined,
    ledger: v1.ledger,
    misconductTransfer: single(v1.misconductTransfer),
    exemptionClaims: withPerson(v1.exemptionClaims),
    liabilityDecisions: withPerson(v1.liabilityDecisions),
    sanctions,
    corrections: withPerson(v1.corrections),
    nameClearing: single(v1.nameClearing),
  });
  return { data: v2, notes };
}
