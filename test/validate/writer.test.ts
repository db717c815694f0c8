import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ReportWriter } from '../../scripts/lib/validate/format/writer.ts';

function sink() {
  const writes: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(Buffer.from(chunk));
      done();
    },
  });
  return { out, writes, text: () => Buffer.concat(writes).toString('utf8') };
}

describe('the report goes out whole, in order, in few writes', () => {
  const piece = (i: number) => `案件-${i}.json  有效\n  提示  受保护人员为民警，适用本办法（依据：第三条）\n`;
  const pieces = Array.from({ length: 30_000 }, (_, i) => piece(i));

  it('writes every piece, byte for byte, across many buffers', () => {
    const s = sink();
    const writer = new ReportWriter(s.out);
    for (const p of pieces) writer.write(p);
    writer.flush();
    expect(s.text()).toBe(pieces.join(''));
    expect(s.writes.length).toBeGreaterThan(1);
    expect(s.writes.length).toBeLessThan(pieces.length / 1000);
  });

  it('takes a piece larger than a buffer in one write of its own', () => {
    const s = sink();
    const writer = new ReportWriter(s.out);
    const huge = '很长的报告'.repeat(300_000);
    writer.write('前');
    writer.write(huge);
    writer.write('后');
    writer.flush();
    expect(s.text()).toBe(`前${huge}后`);
  });

  it('holds everything back until flush while a progress bar draws', () => {
    const s = sink();
    const writer = new ReportWriter(s.out, true);
    for (const p of pieces) writer.write(p);
    expect(s.writes).toEqual([]);
    writer.flush();
    expect(s.text()).toBe(pieces.join(''));
  });
});
