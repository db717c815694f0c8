/**
 * What a document calls a measure (case/sanctions.ts, the one home of the sanctions' order): the
 * six disciplinary sanctions are 处分; 辞退, the organisational and the inspection measures are 处理.
 */
import { describe, expect, it } from 'vitest';
import { opensReview, treatmentOf } from '../../scripts/lib/case/sanctions.ts';

describe('treatmentOf', () => {
  it('calls the six disciplinary sanctions 处分', () => {
    for (const m of ['警告', '记过', '记大过', '降级', '撤职', '开除']) expect(treatmentOf(m), m).toBe('处分');
  });

  it('calls 辞退 a 处理, though it opens the committee\'s review like 记大过 and above', () => {
    expect(treatmentOf('辞退')).toBe('处理');
    expect(opensReview('辞退')).toBe(true);
  });

  it('calls the organisational and inspection measures 处理', () => {
    for (const m of ['诫勉', '通报批评', '调离岗位', '停止执行职务', '禁闭']) expect(treatmentOf(m), m).toBe('处理');
  });
});
