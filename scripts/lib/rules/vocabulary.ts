/**
 * The words the rules' conclusions are said in, once for every face: the messages, the forms
 * and the case schema's value lists (generated from here by build:validate) all use them.
 */

/** Arts. 21–24: how the review found one condition. */
export type ConditionStatus = 'met' | 'not-met' | 'unknown';

export const CONDITION_STATUS: Record<ConditionStatus, { word: string; recorded: boolean | null; description: string }> = {
  met: { word: '具备', recorded: true, description: '经审查，该条件具备。' },
  'not-met': { word: '不具备', recorded: false, description: '经审查，该条件不具备。' },
  unknown: { word: '尚未查明', recorded: null, description: '尚未查明该条件是否具备。' },
};

/** The status of a condition as the case file records it (met: true / false / null or absent). */
export function conditionStatus(recorded: unknown): ConditionStatus {
  return recorded === true ? 'met' : recorded === false ? 'not-met' : 'unknown';
}

/**
 * Arts. 21–24 say 应当免责 once every condition holds: the review's outcome is 免责 then,
 * 不予免责 as soon as one condition fails, and 待定 while any is still unknown.
 */
export type ExemptionOutcome = '免责' | '不予免责' | '待定';
