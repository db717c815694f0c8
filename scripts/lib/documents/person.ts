/**
 * How a document names the protected person: by category, as Art. 33 does (民警, 警务辅助人员,
 * 公安院校学员, 其他公安机关工作人员), never calling an auxiliary officer or a member of staff
 * 民警; and the sentence that cites Art. 33 (遵照 / 参照) where it is the basis, or Art. 31
 * for an officer off duty, both from the validator's applicability finding.
 */
import type { Case } from '../case/index.ts';
import { cite } from '../citations/index.ts';
import { text } from '../gbt9704/model/text.ts';
import type { Run, Text } from '../gbt9704/model/types.ts';
import { findingsOf, type FormContext } from './context.ts';

type Role = Case['officer']['role'];

/** The word before a name: 民警王建国, 警务辅助人员白云飞, 工作人员宋佳 (the category itself is no job title). */
const TITLE_WORD: Record<Role, string> = {
  民警: '民警',
  警务辅助人员: '警务辅助人员',
  公安院校学员: '公安院校派遣学员',
  其他公安机关工作人员: '工作人员',
};

/**
 * The name in running text: it may break like any word of a paragraph (a name kept whole
 * would leave a short line spread wide); titles and tables keep it whole.
 */
const nameRun = (data: Case): Run => ({ t: data.officer.name });

/** 土默特左旗公安局察素齐派出所民警王建国 */
export function personPhrase(data: Case): Text {
  return text(data.officer.unit, TITLE_WORD[data.officer.role], nameRun(data));
}

/** 王建国同志 */
export function comrade(data: Case): Text {
  return text(nameRun(data), '同志');
}

/**
 * Why the Measures protect this person, when it is not simply an officer on duty: Art. 33 for
 * the other categories, Art. 31 off duty. Absent when the validator found no applicability
 * (the case then is an officer on duty, Art. 3).
 */
export function basisSentence(ctx: FormContext, measures: string): { text: Text; article: string } | undefined {
  const found = findingsOf(ctx, 'applicability')[0];
  if (!found) return undefined;
  const { role, basis, offDuty } = found.args;
  const name = nameRun(ctx.data);
  const art33 = cite('art_33__para_1', ctx.model);
  if (role === '民警') {
    if (!offDuty) return undefined;
    const sentence = text(name, `同志系在非工作时间遇到职责范围内的紧急情形，表明身份后根据现场情况进行先期处置过程中受到不法侵害，依照${measures}${cite('art_31__para_1', ctx.model)}的规定，维护其执法权威。`);
    return { text: sentence, article: 'art_31__para_1' };
  }
  const who = role === '其他公安机关工作人员' ? '其他公安机关工作人员，在协助执法时受到侵害' : `${role === '公安院校学员' ? '公安院校派遣配合公安机关执行警务活动的学员' : '警务辅助人员'}，在协助民警依法履行职责、行使职权过程中受到不法侵害`;
  return { text: text(name, `同志系${who}，依照${measures}${art33}的规定，${basis}本办法执行。`), article: 'art_33__para_1' };
}

/** The harm to the person, in words: 王建国同志受伤（伤情：…）; undefined when none was recorded. */
export function harmClause(data: Case): Text | undefined {
  const harm = data.harm;
  if (!harm || (!harm.injured && !harm.killed)) return undefined;
  const injuries = harm.injuries?.replace(/[。；]$/u, '');
  if (harm.killed) return text(nameRun(data), '同志在此次侵害中死亡', injuries ? `（伤情：${injuries}）` : '');
  return text(nameRun(data), '同志受伤', injuries ? `，伤情为${injuries}` : '');
}
