import { describe, expect, it } from 'vitest';
import { handlerMustRecuse } from '../../scripts/lib/rules/recusal.ts';
import { baseCase, check } from './cases.ts';

describe('Art. 10: the victim and the victim’s near relatives may not handle the case', () => {
  it('handlers who are neither victims nor their relatives may handle the case', async () => {
    const data = baseCase();
    data.handlers.push({ name: '赵敏', role: '协办', relationToVictim: '同事' });
    expect(await check(handlerMustRecuse, data)).toEqual([]);
  });

  it('a handler marked as a victim must withdraw', async () => {
    const data = baseCase();
    data.handlers[0].isVictim = true;
    expect(await check(handlerMustRecuse, data)).toEqual([
      { code: 'handler-must-recuse', severity: 'error', articles: ['art_10__para_1'], path: '/handlers/0/isVictim', args: { index: 0, reason: 'victim' } },
    ]);
  });

  it('a handler with the same name as a victim must withdraw if it is the same person', async () => {
    const data = baseCase();
    data.handlers.push({ name: ' 王建国 ', role: '审核' });
    expect(await check(handlerMustRecuse, data)).toEqual([
      { code: 'handler-must-recuse', severity: 'error', articles: ['art_10__para_1'], path: '/handlers/1/name', args: { index: 1, reason: 'same-name', victim: 0 } },
    ]);
  });

  it('a handler who is the victim’s wife must withdraw', async () => {
    const data = baseCase();
    data.handlers.push({ name: '刘芳', role: '协办', relationToVictim: '妻' });
    expect(await check(handlerMustRecuse, data)).toEqual([
      {
        code: 'handler-must-recuse',
        severity: 'error',
        articles: ['art_10__para_1'],
        path: '/handlers/1/relationToVictim',
        args: { index: 1, reason: 'near-relative', relation: '妻' },
      },
    ]);
  });
});
