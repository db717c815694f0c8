/**
 * Case files for the benchmark: the samples in schemas/examples/ (records of facts, schema v2:
 * people, acts, consequences, actions), varied (ids, names) so no two files are the same, with
 * every `invalidEvery`-th file broken in a way the schema and the rules both see (a grandfather,
 * a relation outside Art. 32 and outside the schema's list, applying as a near relative), as a
 * real batch would have a few.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../root.ts';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林'];
const GIVEN = ['建国', '志强', '海燕', '立新', '丽', '军', '敏', '伟', '芳', '静', '磊', '洋', '勇', '艳', '杰', '娟'];

type Json = Record<string, unknown>;

function sampleCases(dir = path.join(ROOT_DIR, 'schemas/examples')): Json[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(path.join(dir, n), 'utf8')) as Json);
}

/** Gives each person a fresh name, keeping who is who: the same old name gets the same new one. */
function rename(value: unknown, names: Map<string, string>, next: () => string): unknown {
  if (Array.isArray(value)) return value.map((v) => rename(v, names, next));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (k !== 'name' || typeof v !== 'string' || v.length > 4) return [k, rename(v, names, next)];
        if (!names.has(v)) names.set(v, next());
        return [k, names.get(v)];
      }),
    );
  }
  return value;
}

/** Writes `count` case files into `dir`; returns how many are invalid by construction. */
export function writeBenchCases(dir: string, count: number, invalidEvery = 20): { invalid: number } {
  const samples = sampleCases();
  let invalid = 0;
  for (let i = 0; i < count; i++) {
    let k = i;
    const next = () => `${SURNAMES[k % SURNAMES.length]}${GIVEN[Math.floor(k++ / SURNAMES.length) % GIVEN.length]}`;
    const data = rename(samples[i % samples.length], new Map(), next) as Json;
    data.id = `BENCH-2026-${String(i + 1).padStart(5, '0')}`;
    delete data.$schema;
    if (i % invalidEvery === invalidEvery - 1) {
      const people = data.people as Json[];
      const officer = people.find((p) => p.category !== '亲属')!;
      people.push({ id: 'bench-grandfather', name: '某某', category: '亲属', relation: '祖父', of: officer.id });
      data.opened = { ...(data.opened as Json), by: '申请' };
      data.applicant = { kind: '近亲属', person: 'bench-grandfather' };
      invalid++;
    }
    writeFileSync(path.join(dir, `case-${String(i + 1).padStart(5, '0')}.json`), `${JSON.stringify(data, null, 2)}\n`);
  }
  return { invalid };
}
