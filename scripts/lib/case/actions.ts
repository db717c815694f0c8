/**
 * The kinds of work a case records in `actions` (what the office, the departments and the
 * people on the scene did), each with the provision it serves. The duties read them by kind;
 * the case schema's list of kinds is generated from this table (build:validate --write), so a
 * kind a duty reads is always one a clerk can record.
 */
import type { EId } from '../rules/issues.ts';

export interface ActionKind {
  /** The provision the work serves (the one cited beside it in the form). */
  article: EId;
  /** What it is, for the form and the handbook. */
  description: string;
}

export const ACTION_KINDS = {
  抚助慰问: { article: 'art_7__item_1', description: '警务督察部门对执法权威受侵犯的人员进行抚助慰问（写明对象）' },
  医疗救治: { article: 'art_7__item_2', description: '协调紧急就医绿色通道，做好医疗救治（写明对象）' },
  心理危机干预: { article: 'art_7__item_2', description: '做好心理危机干预（写明对象）' },
  工伤保险: { article: 'art_7__item_2', description: '开展工伤保险等服务保障工作（写明对象）' },
  表彰奖励: { article: 'art_7__item_2', description: '根据依法执行职务的事迹开展表彰奖励（写明对象）' },
  发放抚慰金: { article: 'art_7__item_6', description: '从抚慰专项资金中发放抚慰金（写明对象和金额）' },
  舆情引导: { article: 'art_7__item_3', description: '新闻宣传部门依托舆情引导机制做好舆情引导' },
  先期指挥处置: { article: 'art_7__item_4', description: '指挥中心先期指挥处置突发、敏感案（事）件' },
  法制提前介入: { article: 'art_7__item_5', description: '法制部门提前介入，对定性、取证、处理进行指导' },
  办理案件: { article: 'art_7__item_7', description: '刑侦、治安等办案部门受理、办理侵犯执法权威的案件（写明办案部门）' },
  反馈处理结果: { article: 'art_7__item_7', description: '办案部门将处理结果反馈维权办' },
  网上处置: { article: 'art_7__item_8', description: '网安部门处置网上侵权、负面舆情、造谣中伤等信息' },
  帮助诉讼: { article: 'art_9__para_1', description: '帮助通过刑事附带民事诉讼、民事诉讼等法律途径维护合法权益（写明对象和途径）' },
  保护措施: { article: 'art_11__para_1', description: '采取保护措施（写明对象）' },
  澄清事实: { article: 'art_12__para_1', description: '协调新闻宣传主管部门，澄清事实，消除负面影响' },
  消除影响恢复名誉: { article: 'art_13__para_1', description: '维权办消除影响、恢复名誉' },
  现场控制移送: { article: 'art_14__para_1', description: '现场民警控制违法行为人，移送有关部门' },
  报告指挥中心: { article: 'art_14__para_1', description: '在现场向指挥中心报告、请求援助（写明时刻和报告人）' },
  收集固定证据: { article: 'art_14__para_1', description: '收集、固定证据' },
  决定上报: { article: 'art_17__item_4', description: '盟市、旗县维权办认为需要向公安厅维权办上报处理' },
  逐级报告: { article: 'art_17__para_1', description: '向上一级维权办报告（写明报告对象、首报或续报，时刻）' },
  专业审查: { article: 'art_26__para_1', description: '聘用法律专业人士对是否依法履职进行专业审查' },
  提供论证意见: { article: 'art_26__para_1', description: '纪检监察机关、检察机关介入调查时提供论证意见' },
  法律配合: { article: 'art_26__para_2', description: '法制部门、法律顾问、专职律师为调查处理提供法律配合' },
  专题研究: { article: 'art_29__item_3', description: '对严重侵害执法权威的案（事）件进行专题研究，提出建议和对策' },
} as const satisfies Record<string, ActionKind>;

export type ActionKindName = keyof typeof ACTION_KINDS;
