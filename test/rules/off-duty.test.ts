import { describe, expect, it } from 'vitest';
import { offDutyWithoutArt31Facts } from '../../scripts/lib/rules/off-duty.ts';
import { baseCase, check } from './cases.ts';

const offDuty = (facts?: Record<string, boolean>) => {
  const data = baseCase();
  data.officer.onDuty = false;
  if (facts) data.officer.offDuty = facts;
  return data;
};

describe('Art. 31: off duty, an officer is covered only in an emergency, identified, during the first response', () => {
  it('an on-duty case needs none of Art. 31’s facts', async () => {
    expect(await check(offDutyWithoutArt31Facts, baseCase())).toEqual([]);
  });

  it('an off-duty case with all three facts is covered', async () => {
    expect(await check(offDutyWithoutArt31Facts, offDuty({ emergencyWithinDuty: true, identifiedSelf: true, harmDuringFirstResponse: true }))).toEqual([]);
  });

  it('an off-duty officer who did not identify themself is not covered', async () => {
    expect(await check(offDutyWithoutArt31Facts, offDuty({ emergencyWithinDuty: true, identifiedSelf: false, harmDuringFirstResponse: true }))).toEqual([
      {
        code: 'off-duty-without-art-31-facts',
        severity: 'error',
        articles: ['art_31__para_1'],
        path: '/officer/offDuty',
        args: { missing: ['identifiedSelf'], recorded: true },
      },
    ]);
  });

  it('an off-duty case that records none of the facts is not covered', async () => {
    expect(await check(offDutyWithoutArt31Facts, offDuty())).toEqual([
      {
        code: 'off-duty-without-art-31-facts',
        severity: 'error',
        articles: ['art_31__para_1'],
        path: '/officer',
        args: { missing: ['emergencyWithinDuty', 'identifiedSelf', 'harmDuringFirstResponse'], recorded: false },
      },
    ]);
  });
});
