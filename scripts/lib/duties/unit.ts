/**
 * Duties of an organ rather than of a case — standing systems, meetings, reports and studies —
 * for the periodic report (Art. 29（一）). And the provisions that give no duty a case file can
 * record, each with the reason, so the coverage page accounts for every obligation clause.
 */
import type { UnitDuty, Untracked } from './types.ts';

export const UNIT_DUTIES: readonly UnitDuty[] = [
  { code: 'unit-support', articles: ['art_4__para_1'], holder: '各级公安机关', title: '在组织机构、人员、装备、经费等方面对民警依法履职给予充分支持和保障' },
  { code: 'committee-established', articles: ['art_5__para_1'], holder: '各级公安机关', title: '成立以督察长为主任的维权委（单位设置文件记载其组成）' },
  { code: 'office-in-inspection', articles: ['art_6__para_1'], holder: '各级公安机关', title: '维权办设在警务督察部门，主任由督察部门主要领导兼任' },
  { code: 'office-guidance', articles: ['art_6__para_2'], holder: '维权办', title: '指导各单位开展维权工作，分析研究侵权规律特点，加强安全指引和预警提示' },
  { code: 'inspection-lead', articles: ['art_7__item_1'], holder: '警务督察部门', title: '组织协调各成员单位，完善运行机制，细化工作措施，落实维权制度' },
  { code: 'safety-training', articles: ['art_7__item_2'], holder: '政工部门', title: '组织开展规范执法和执法安全教育培训' },
  { code: 'publicity-work', articles: ['art_7__item_3'], holder: '新闻宣传部门', title: '加大维护执法权威工作宣传力度' },
  { code: 'emergency-plans', articles: ['art_7__item_4'], holder: '指挥中心', title: '牵头完善处突预案，及时启动处置突发性案（事）件工作机制', timing: '及时' },
  { code: 'comfort-fund', articles: ['art_7__item_6'], holder: '警务保障部门', title: '设立抚慰专项资金并制定使用规范；定期调整个人防护和处置装备的配备标准', timing: '定期' },
  { code: 'association-voice', articles: ['art_7__item_9'], holder: '警察协会', title: '收集民警关于维护执法权威的意见和诉求，及时向维权委反映', timing: '及时' },
  { code: 'lawyers-engaged', articles: ['art_26__para_2'], holder: '各级公安机关', title: '聘请律师不少于 2 人（单位设置文件记载，校验命令检查人数）' },
  { code: 'regular-report', articles: ['art_29__item_1'], holder: '维权办', title: '定期向本级公安机关党委及上级公安机关维权办报告维护执法权威工作的情况', timing: '定期' },
  { code: 'regular-meeting', articles: ['art_29__item_2'], holder: '维权委', title: '定期召开维护执法权威工作会议，听取汇报，制定措施，及时研究重大事项', timing: '定期' },
  { code: 'regular-study', articles: ['art_29__item_3'], holder: '维权办', title: '定期调查分析民警执法权威受到侵害的情况', timing: '定期' },
  { code: 'liaison', articles: ['art_29__item_7'], holder: '各级公安机关', title: '与检察机关、审判机关建立协调联动机制，加强沟通与协调' },
];

export const UNTRACKED: readonly Untracked[] = [
  { articles: ['art_2__para_1'], reason: '要求民警严格依法履职，是对执法行为本身的要求，不是维权办办理个案的职责' },
  { articles: ['art_7__item_5'], reason: '法制部门“视情”提前介入，是否介入由其判断；介入后的指导不形成需要跟踪的记录' },
  { articles: ['art_7__item_10'], reason: '其他部门“积极配合”，没有可以记录、可以跟踪的具体事项' },
  { articles: ['art_8__para_1'], reason: '维权办“积极督导”各案的开展，由台账（第二十九条第（六）项）逐案跟踪' },
  { articles: ['art_10__para_1'], reason: '回避是禁止性规定：受害民警及其近亲属办理本案即为错误（校验规则 handler-must-recuse），没有需要履行的事项' },
  { articles: ['art_14__para_1'], reason: '能够自行处置的，“视情”采取措施、控制并移送，由现场民警判断；立即报告指挥中心的一句已跟踪（on-scene-report）' },
  { articles: ['art_18__para_1'], reason: '民警合法履职造成损害的，由所属公安机关“按照国家有关规定”补偿；补偿对象是受损害的公民、组织，不在维权案件中记录' },
  { articles: ['art_26__para_1'], reason: '“根据需要”聘用法律专业人士专业审查，由维权办判断是否需要；记录了审查的，清单列为已履行，不记录也不列为待履行' },
  { articles: ['art_27__para_1'], reason: '“不得因民警提出申诉而对其加重处分、处理”是禁止性规定，由校验规则 sanction-heavier-after-appeal 检查' },
  { articles: ['art_30__para_1'], reason: '追究相关领导和责任人的责任由有关规定另行处理；清单中逾期、待履行的报告、善后、处理即是第三十条所列情形的线索' },
];
